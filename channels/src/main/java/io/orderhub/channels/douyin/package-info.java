/**
 * Douyin shop (抖店): the order adapter for {@code order.orderDetail}, the open-platform request
 * signature and the push {@code event-sign} check.
 */
@NullMarked
package io.orderhub.channels.douyin;

import org.jspecify.annotations.NullMarked;
