/** WooCommerce: the order adapter (REST v3 and webhook order JSON) and the {@code X-WC-Webhook-Signature} check. */
@NullMarked
package io.orderhub.channels.woocommerce;

import org.jspecify.annotations.NullMarked;
