package io.orderhub.channels.signing;

import io.orderhub.core.InvalidValueException;
import java.util.Locale;

/** How a sorted-parameter request signature is computed ({@code sign_method} on the wire). */
public enum SignMethod {
  /** Upper-case hex {@code MD5(secret + s + secret)}. */
  MD5("md5"),
  /** Upper-case hex {@code HmacMD5(secret, s)} (TOP's {@code hmac}). */
  HMAC_MD5("hmac"),
  /** Upper-case hex {@code HmacSHA256(secret, s)}. */
  HMAC_SHA256("hmac-sha256");

  private final String wireName;

  SignMethod(String wireName) {
    this.wireName = wireName;
  }

  /** The value of the {@code sign_method} parameter. */
  public String wireName() {
    return wireName;
  }

  /**
   * The method with this {@code sign_method} value (case-insensitive).
   *
   * @throws InvalidValueException when none has it
   */
  public static SignMethod fromWire(String value) {
    for (SignMethod m : values()) {
      if (m.wireName.equals(value.strip().toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw new InvalidValueException("sign_method", value, "is not md5, hmac or hmac-sha256");
  }
}
