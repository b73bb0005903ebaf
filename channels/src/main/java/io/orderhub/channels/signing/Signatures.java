package io.orderhub.channels.signing;

import io.orderhub.core.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Digest, HMAC, encoding and constant-time comparison primitives used by the platform signatures. */
public final class Signatures {
  private static final HexFormat HEX = HexFormat.of();

  private Signatures() {}

  /** MD5 of {@code data}. */
  public static byte[] md5(byte[] data) {
    try {
      return MessageDigest.getInstance("MD5").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("MD5 is missing from this JVM", e);
    }
  }

  /** HMAC-SHA256 of {@code data} under {@code key}. */
  public static byte[] hmacSha256(byte[] key, byte[] data) {
    return hmac("HmacSHA256", key, data);
  }

  /** HMAC-MD5 of {@code data} under {@code key}. */
  public static byte[] hmacMd5(byte[] key, byte[] data) {
    return hmac("HmacMD5", key, data);
  }

  /**
   * HMAC of {@code data} under {@code key} with a JCA algorithm name ({@code HmacSHA256}, {@code
   * HmacSHA1}, {@code HmacMD5}).
   *
   * @throws io.orderhub.core.InvalidValueException when the JVM has no such algorithm
   */
  public static byte[] hmac(String algorithm, byte[] key, byte[] data) {
    Checks.requireNonNull(key, "key");
    try {
      Mac mac = Mac.getInstance(algorithm);
      // an empty key is legal for HMAC but not for SecretKeySpec: use one zero byte, which HMAC pads identically
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new io.orderhub.core.InvalidValueException("algorithm", algorithm, "is not an HMAC algorithm of this JVM");
    }
  }

  /** UTF-8 bytes of {@code text}. */
  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Lower-case hex. */
  public static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  /** Upper-case hex, as TOP, JOS and Pinduoduo expect. */
  public static String hexUpper(byte[] bytes) {
    return HEX.formatHex(bytes).toUpperCase(Locale.ROOT);
  }

  /** Standard base64 with padding. */
  public static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /**
   * Whether two signatures are equal, in time that depends only on their lengths (never on where
   * they first differ).
   */
  public static boolean constantTimeEquals(String expected, String actual) {
    return MessageDigest.isEqual(utf8(expected), utf8(actual));
  }

  /** Constant-time comparison of two hex strings, ignoring letter case. */
  public static boolean constantTimeEqualsHex(String expected, String actual) {
    return constantTimeEquals(expected.toLowerCase(Locale.ROOT), actual.toLowerCase(Locale.ROOT));
  }

  /** The value of header {@code name}, matched case-insensitively. */
  public static Optional<String> header(Map<String, String> headers, String name) {
    Checks.requireNonNull(headers, "headers");
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && e.getValue() != null) {
        return Optional.of(e.getValue().strip());
      }
    }
    return Optional.empty();
  }
}
