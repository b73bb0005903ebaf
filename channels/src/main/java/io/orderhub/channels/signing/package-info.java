/**
 * Signatures of platform calls and pushes: webhook checks over the raw body ({@link
 * io.orderhub.channels.signing.HmacWebhookVerifier} for Shopify and WooCommerce), the
 * sorted-parameter request signatures of Taobao, JD and Pinduoduo ({@link
 * io.orderhub.channels.signing.ParameterSigner}), and the primitives they share ({@link
 * io.orderhub.channels.signing.Signatures}). Every comparison is constant-time.
 */
@NullMarked
package io.orderhub.channels.signing;

import org.jspecify.annotations.NullMarked;
