package io.orderhub.channels.signing;

import static io.orderhub.channels.signing.SignatureVectors.BODY;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.channels.douyin.DouyinAdapter;
import io.orderhub.channels.douyin.DouyinPushVerifier;
import io.orderhub.channels.shopify.ShopifyAdapter;
import io.orderhub.channels.spi.WebhookVerifier;
import io.orderhub.channels.woocommerce.WooCommerceAdapter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {
  private static final String SHOPIFY_SIG = "3sSpY/WwI5db/98C4k40CcANRNuLcELg1M4aIVN2ls4=";
  private static final String WOO_SIG = "1StsVQUwheIhD5H6erEkvn9HoAopblzeCxYM2wAzXTI=";
  private static final String DOUYIN_SIG = "cad3510c031b562d48a4a6ec17971dcc";

  private final WebhookVerifier shopify = new ShopifyAdapter().webhookVerifier().orElseThrow();

  @Test
  void shopifySignatureIsBase64HmacSha256OfTheRawBody() {
    assertThat(HmacWebhookVerifier.shopify().sign(BODY, "hush-new")).isEqualTo(SHOPIFY_SIG);
    assertThat(shopify.verify(BODY, Map.of("x-shopify-hmac-sha256", SHOPIFY_SIG), "hush-new")).isTrue();
  }

  @Test
  void shopifyAcceptsTheOldAndTheNewSecretWhileTheSecretRotates() {
    Map<String, String> headers = Map.of("X-Shopify-Hmac-SHA256", SHOPIFY_SIG);

    assertThat(shopify.verifyAny(BODY, headers, List.of("hush-old", "hush-new"))).isTrue();
    assertThat(shopify.verifyAny(BODY, headers, List.of("hush-new", "hush-old"))).isTrue();
    assertThat(shopify.verifyAny(BODY, headers, List.of("hush-old", "other"))).isFalse();
    assertThat(shopify.verifyAny(BODY, headers, List.of())).isFalse();
  }

  @Test
  void reSerialisedJsonDoesNotVerify() {
    byte[] reserialised = "{\"id\": 820982911946154508, \"email\": \"jon@example.com\", \"note\": \"请快发\"}"
        .getBytes(StandardCharsets.UTF_8);

    assertThat(shopify.verify(reserialised, Map.of("X-Shopify-Hmac-SHA256", SHOPIFY_SIG), "hush-new")).isFalse();
  }

  @Test
  void aTamperedBodyAMissingHeaderOrAWrongSecretFails() {
    byte[] tampered = BODY.clone();
    tampered[10] ^= 1;

    assertThat(shopify.verify(tampered, Map.of("X-Shopify-Hmac-SHA256", SHOPIFY_SIG), "hush-new")).isFalse();
    assertThat(shopify.verify(BODY, Map.of(), "hush-new")).isFalse();
    assertThat(shopify.verify(BODY, Map.of("X-Shopify-Hmac-SHA256", SHOPIFY_SIG), "hush-old")).isFalse();
    assertThat(shopify.verify(BODY, Map.of("X-Shopify-Hmac-SHA256", "not base64 at all"), "hush-new")).isFalse();
  }

  @Test
  void wooCommerceSignatureIsBase64HmacSha256UnderItsOwnHeader() {
    WebhookVerifier woo = new WooCommerceAdapter().webhookVerifier().orElseThrow();

    assertThat(woo.verify(BODY, Map.of("X-WC-Webhook-Signature", WOO_SIG), "wc-secret")).isTrue();
    assertThat(woo.verify(BODY, Map.of("X-Shopify-Hmac-SHA256", WOO_SIG), "wc-secret")).isFalse();
    assertThat(woo.verify(BODY, Map.of("X-WC-Webhook-Signature", WOO_SIG), "wc-secret-2")).isFalse();
  }

  @Test
  void douyinEventSignIsMd5OfAppKeyBodyAndSecretInEitherHexCase() {
    DouyinPushVerifier douyin = new DouyinPushVerifier("7012345678901234567");

    assertThat(douyin.sign(BODY, "dy-secret")).isEqualTo(DOUYIN_SIG);
    assertThat(douyin.verify(BODY, Map.of("event-sign", DOUYIN_SIG), "dy-secret")).isTrue();
    assertThat(douyin.verify(BODY, Map.of("Event-Sign", DOUYIN_SIG.toUpperCase()), "dy-secret")).isTrue();
    assertThat(douyin.verify(BODY, Map.of("event-sign", DOUYIN_SIG), "other")).isFalse();
    assertThat(new DouyinAdapter("7012345678901234567").webhookVerifier()).isPresent();
    assertThat(new DouyinAdapter().webhookVerifier()).isEmpty();
  }

  @Test
  void primitivesMatchPublishedTestVectors() {
    // RFC 4231 test case 2, RFC 2202 test case 2, RFC 1321 empty string
    byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
    byte[] key = "Jefe".getBytes(StandardCharsets.US_ASCII);

    assertThat(Signatures.hex(Signatures.hmacSha256(key, data)))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    assertThat(Signatures.hex(Signatures.hmacMd5(key, data))).isEqualTo("750c783e6ab0b503eaa86e310a5db738");
    assertThat(Signatures.hex(Signatures.md5(new byte[0]))).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
  }

  @Test
  void constantTimeComparisonComparesWholeValues() {
    assertThat(Signatures.constantTimeEquals("abc", "abc")).isTrue();
    assertThat(Signatures.constantTimeEquals("abc", "abd")).isFalse();
    assertThat(Signatures.constantTimeEquals("abc", "abcd")).isFalse();
    assertThat(Signatures.constantTimeEqualsHex("ABCDEF", "abcdef")).isTrue();
  }
}
