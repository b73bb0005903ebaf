/** Pinduoduo: the order adapter for {@code pdd.order.information.get} and the request signature (md5). */
@NullMarked
package io.orderhub.channels.pinduoduo;

import org.jspecify.annotations.NullMarked;
