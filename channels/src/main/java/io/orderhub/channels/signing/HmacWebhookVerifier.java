package io.orderhub.channels.signing;

import io.orderhub.channels.spi.WebhookVerifier;
import io.orderhub.core.internal.Checks;
import java.util.Map;
import java.util.Optional;

/**
 * A webhook whose header holds {@code base64(HMAC(secret, raw body))}: Shopify ({@code
 * X-Shopify-Hmac-SHA256}, HMAC-SHA256) and WooCommerce ({@code X-WC-Webhook-Signature}, HMAC-SHA256
 * by default). The HMAC is computed over the bytes exactly as received; re-serialised JSON would
 * differ in spacing, key order or escaping and never match. Immutable and thread-safe.
 */
public final class HmacWebhookVerifier implements WebhookVerifier {
  /** Shopify's signature header. */
  public static final String SHOPIFY_HEADER = "X-Shopify-Hmac-SHA256";
  /** WooCommerce's signature header. */
  public static final String WOOCOMMERCE_HEADER = "X-WC-Webhook-Signature";

  private final String header;
  private final String algorithm;

  /**
   * @param header the header holding the signature (matched case-insensitively)
   * @param algorithm the JCA HMAC name, e.g. {@code HmacSHA256}
   */
  public HmacWebhookVerifier(String header, String algorithm) {
    this.header = Checks.requireText(header, "header");
    this.algorithm = Checks.requireText(algorithm, "algorithm");
    Signatures.hmac(algorithm, new byte[] {1}, new byte[0]); // fails now on an unknown algorithm
  }

  /** Shopify webhooks: {@code X-Shopify-Hmac-SHA256 = base64(HmacSHA256(client secret, raw body))}. */
  public static HmacWebhookVerifier shopify() {
    return new HmacWebhookVerifier(SHOPIFY_HEADER, "HmacSHA256");
  }

  /** WooCommerce webhooks: {@code X-WC-Webhook-Signature = base64(HmacSHA256(secret, raw body))}. */
  public static HmacWebhookVerifier wooCommerce() {
    return new HmacWebhookVerifier(WOOCOMMERCE_HEADER, "HmacSHA256");
  }

  /** The signature header value for {@code rawBody}, for hosts that send such webhooks (and for tests). */
  public String sign(byte[] rawBody, String secret) {
    Checks.requireNonNull(rawBody, "rawBody");
    Checks.requireNonNull(secret, "secret");
    return Signatures.base64(Signatures.hmac(algorithm, Signatures.utf8(secret), rawBody));
  }

  @Override
  public boolean verify(byte[] rawBody, Map<String, String> headers, String secret) {
    Optional<String> given = Signatures.header(headers, header);
    return given.isPresent() && Signatures.constantTimeEquals(sign(rawBody, secret), given.get());
  }

  @Override
  public String toString() {
    return "HmacWebhookVerifier[" + header + ", " + algorithm + "]";
  }
}
