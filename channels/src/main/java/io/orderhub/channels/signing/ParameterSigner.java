package io.orderhub.channels.signing;

import io.orderhub.core.ChannelId;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.internal.Checks;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The sorted-parameter request signature of Taobao (TOP), JD (JOS) and Pinduoduo: drop the {@code
 * sign} parameter and every empty key or value, sort the rest by key, concatenate key + value into
 * {@code s}, then MD5 ({@code secret + s + secret}) or HMAC ({@code secret} as key), upper-case hex.
 *
 * <p>Every parameter travels into the signature, including {@code session} (leaving it out is a
 * known integration bug) and JD's {@code 360buy_param_json}. Immutable and thread-safe.
 */
public final class ParameterSigner {
  /** The parameter carrying the signature. */
  public static final String SIGN = "sign";
  /** The parameter naming the method. */
  public static final String SIGN_METHOD = "sign_method";

  private final ChannelId channel;
  private final Set<SignMethod> methods;

  private ParameterSigner(ChannelId channel, Set<SignMethod> methods) {
    this.channel = channel;
    this.methods = methods;
  }

  /** Taobao / Tmall TOP: md5, hmac and hmac-sha256. */
  public static ParameterSigner taobao() {
    return new ParameterSigner(ChannelId.TAOBAO, EnumSet.allOf(SignMethod.class));
  }

  /** JD JOS: md5. */
  public static ParameterSigner jd() {
    return new ParameterSigner(ChannelId.JD, EnumSet.of(SignMethod.MD5));
  }

  /** Pinduoduo: md5 over {@code client_secret}. */
  public static ParameterSigner pinduoduo() {
    return new ParameterSigner(ChannelId.PINDUODUO, EnumSet.of(SignMethod.MD5));
  }

  public ChannelId channel() {
    return channel;
  }

  /**
   * The signature of {@code parameters} (a {@code sign} entry among them is ignored).
   *
   * @throws InvalidValueException when this platform does not use {@code method}
   */
  public String sign(Map<String, String> parameters, String secret, SignMethod method) {
    Checks.requireNonNull(parameters, "parameters");
    Checks.requireNonNull(secret, "secret");
    Checks.requireNonNull(method, "method");
    Checks.requireArgument(methods.contains(method), "method", method.wireName(),
        "is not a signature method of " + channel + " (" + methods + ")");
    String s = canonical(parameters);
    byte[] digest = switch (method) {
      case MD5 -> Signatures.md5(Signatures.utf8(secret + s + secret));
      case HMAC_MD5 -> Signatures.hmacMd5(Signatures.utf8(secret), Signatures.utf8(s));
      case HMAC_SHA256 -> Signatures.hmacSha256(Signatures.utf8(secret), Signatures.utf8(s));
    };
    return Signatures.hexUpper(digest);
  }

  /** A copy of {@code parameters} with {@code sign_method} and {@code sign} added, ready to send. */
  public Map<String, String> signed(Map<String, String> parameters, String secret, SignMethod method) {
    Checks.requireNonNull(parameters, "parameters");
    Map<String, String> out = present(parameters);
    if (channel.equals(ChannelId.TAOBAO)) {
      out.put(SIGN_METHOD, method.wireName());
    }
    out.remove(SIGN);
    out.put(SIGN, sign(out, secret, method));
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * Whether {@code parameters} carry a valid {@code sign} for {@code secret}, e.g. a callback from
   * the platform. The method is read from {@code sign_method} (md5 when absent); comparison is
   * constant-time and ignores hex letter case.
   */
  public boolean verify(Map<String, String> parameters, String secret) {
    Checks.requireNonNull(parameters, "parameters");
    Optional<String> given = Optional.ofNullable(parameters.get(SIGN));
    if (given.isEmpty()) {
      return false;
    }
    SignMethod method;
    try {
      method = SignMethod.fromWire(parameters.getOrDefault(SIGN_METHOD, "md5"));
    } catch (InvalidValueException e) {
      return false;
    }
    if (!methods.contains(method)) {
      return false;
    }
    return Signatures.constantTimeEqualsHex(sign(parameters, secret, method), given.get());
  }

  /** {@code s}: the non-empty parameters except {@code sign}, sorted by key, as key + value. */
  static String canonical(Map<String, String> parameters) {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, String> e : present(parameters).entrySet()) {
      if (!e.getKey().equals(SIGN)) {
        s.append(e.getKey()).append(e.getValue());
      }
    }
    return s.toString();
  }

  /** The entries with a non-empty key and value, sorted by key. */
  private static TreeMap<String, String> present(Map<String, String> parameters) {
    TreeMap<String, String> out = new TreeMap<>();
    for (Map.Entry<String, String> e : parameters.entrySet()) {
      if (e.getKey() != null && !e.getKey().isEmpty() && e.getValue() != null && !e.getValue().isEmpty()) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "ParameterSigner[" + channel + " " + methods + "]";
  }
}
