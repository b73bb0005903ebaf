package io.orderhub.channels.douyin;

import io.orderhub.channels.signing.Signatures;
import io.orderhub.channels.spi.WebhookVerifier;
import io.orderhub.core.internal.Checks;
import java.util.Map;
import java.util.Optional;

/**
 * Douyin shop push messages: header {@code event-sign} = hex {@code MD5(app_key + raw body +
 * app_secret)}, compared in constant time (hex letter case ignored) over the bytes as received.
 * Immutable and thread-safe.
 */
public final class DouyinPushVerifier implements WebhookVerifier {
  /** The signature header. */
  public static final String HEADER = "event-sign";

  private final byte[] appKey;

  /** @param appKey the app's key, which every push signature starts with */
  public DouyinPushVerifier(String appKey) {
    this.appKey = Signatures.utf8(Checks.requireText(appKey, "appKey"));
  }

  /** The {@code event-sign} value of {@code rawBody} for {@code appSecret}. */
  public String sign(byte[] rawBody, String appSecret) {
    Checks.requireNonNull(rawBody, "rawBody");
    byte[] secret = Signatures.utf8(Checks.requireNonNull(appSecret, "appSecret"));
    byte[] all = new byte[appKey.length + rawBody.length + secret.length];
    System.arraycopy(appKey, 0, all, 0, appKey.length);
    System.arraycopy(rawBody, 0, all, appKey.length, rawBody.length);
    System.arraycopy(secret, 0, all, appKey.length + rawBody.length, secret.length);
    return Signatures.hex(Signatures.md5(all));
  }

  @Override
  public boolean verify(byte[] rawBody, Map<String, String> headers, String secret) {
    Optional<String> given = Signatures.header(headers, HEADER);
    return given.isPresent() && Signatures.constantTimeEqualsHex(sign(rawBody, secret), given.get());
  }

  @Override
  public String toString() {
    return "DouyinPushVerifier[event-sign]";
  }
}
