/** Shopify: the order adapter (REST and webhook order JSON) and the {@code X-Shopify-Hmac-SHA256} webhook check. */
@NullMarked
package io.orderhub.channels.shopify;

import org.jspecify.annotations.NullMarked;
