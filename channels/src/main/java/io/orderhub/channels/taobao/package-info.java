/**
 * Taobao and Tmall (TOP API): the order adapter for {@code taobao.trade.fullinfo.get} trades and
 * the TOP request signature (md5, hmac, hmac-sha256).
 */
@NullMarked
package io.orderhub.channels.taobao;

import org.jspecify.annotations.NullMarked;
