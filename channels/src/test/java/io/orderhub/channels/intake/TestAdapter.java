package io.orderhub.channels.intake;

import io.orderhub.channels.spi.ChannelAdapter;
import io.orderhub.channels.spi.WebhookVerifier;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Order;
import io.orderhub.core.json.OrderJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A channel adapter for tests: payloads are canonical order JSON, pushes are signed with a base64
 * HMAC-SHA256 of the body in {@value #SIGNATURE_HEADER}. Counts how often it normalises.
 */
final class TestAdapter implements ChannelAdapter {
  static final String SIGNATURE_HEADER = "X-Test-Signature";
  private static final OrderJson JSON = OrderJson.standard();

  private final ChannelId channel;
  private final boolean signed;
  final AtomicInteger normalized = new AtomicInteger();

  TestAdapter(ChannelId channel, boolean signed) {
    this.channel = channel;
    this.signed = signed;
  }

  static TestAdapter of(ChannelId channel) {
    return new TestAdapter(channel, true);
  }

  @Override
  public ChannelId channel() {
    return channel;
  }

  @Override
  public Order normalize(byte[] payload) {
    normalized.incrementAndGet();
    return JSON.read(payload);
  }

  @Override
  public Optional<WebhookVerifier> webhookVerifier() {
    if (!signed) {
      return Optional.empty();
    }
    return Optional.of((body, headers, secret) -> {
      String given = headers.get(SIGNATURE_HEADER);
      return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
          sign(body, secret).getBytes(StandardCharsets.US_ASCII));
    });
  }

  static String sign(byte[] body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> signedHeaders(byte[] body, String secret, String deliveryId) {
    return Map.of(SIGNATURE_HEADER, sign(body, secret), "X-Delivery-Id", deliveryId);
  }
}
