/** JD (JOS API): the order adapter for {@code jingdong.pop.order.get} and the JOS request signature (md5). */
@NullMarked
package io.orderhub.channels.jd;

import org.jspecify.annotations.NullMarked;
