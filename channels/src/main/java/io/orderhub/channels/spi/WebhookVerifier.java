package io.orderhub.channels.spi;

import java.util.List;
import java.util.Map;

/**
 * Checks a platform push's signature against the raw bytes as received (never re-serialised JSON).
 * Implementations compare in constant time.
 */
public interface WebhookVerifier {

  /**
   * Whether the delivery is signed with {@code secret}.
   *
   * @param rawBody the body exactly as received
   * @param headers the delivery's headers; names are matched case-insensitively
   * @param secret one of the channel's secrets (callers try each while secrets rotate)
   */
  boolean verify(byte[] rawBody, Map<String, String> headers, String secret);

  /**
   * Whether the delivery is signed with any of {@code secrets}: the current and the previous secret
   * while a secret rotates. Every secret is tried, so the time taken does not reveal which matched.
   */
  default boolean verifyAny(byte[] rawBody, Map<String, String> headers, List<String> secrets) {
    boolean ok = false;
    for (String secret : secrets) {
      ok |= verify(rawBody, headers, secret);
    }
    return ok;
  }
}
