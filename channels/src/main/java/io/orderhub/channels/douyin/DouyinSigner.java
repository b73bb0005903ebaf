package io.orderhub.channels.douyin;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.orderhub.channels.signing.Signatures;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.internal.Checks;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The Douyin shop open-platform request signature: {@code s = secret + "app_key" + appKey +
 * "method" + method + "param_json" + paramJson + "timestamp" + timestamp + "v" + version +
 * secret}; {@code hmac-sha256} signs with lower-case hex {@code HmacSHA256(secret, s)}, the legacy
 * {@code md5} with lower-case hex {@code MD5(s)}. {@code param_json} must be canonical: {@link
 * #canonicalJson(JsonNode)}. Immutable and thread-safe.
 */
public final class DouyinSigner {
  private final String appKey;

  /** @param appKey the app's key */
  public DouyinSigner(String appKey) {
    this.appKey = Checks.requireText(appKey, "appKey");
  }

  /**
   * The request signature.
   *
   * @param method the API method, e.g. {@code order.orderDetail}
   * @param paramJson the canonical business parameters, see {@link #canonicalJson(JsonNode)}
   * @param timestamp the {@code timestamp} parameter as sent
   * @param version the {@code v} parameter, {@code 2}
   * @param signMethod {@code hmac-sha256} or {@code md5}
   */
  public String sign(String method, String paramJson, String timestamp, String version, String signMethod,
      String secret) {
    Checks.requireNonNull(secret, "secret");
    String s = secret + "app_key" + appKey + "method" + Checks.requireText(method, "method")
        + "param_json" + Checks.requireNonNull(paramJson, "paramJson")
        + "timestamp" + Checks.requireText(timestamp, "timestamp")
        + "v" + Checks.requireText(version, "version") + secret;
    switch (signMethod) {
      case "hmac-sha256":
        return Signatures.hex(Signatures.hmacSha256(Signatures.utf8(secret), Signatures.utf8(s)));
      case "md5":
        return Signatures.hex(Signatures.md5(Signatures.utf8(s)));
      default:
        throw new InvalidValueException("sign_method", signMethod, "is not hmac-sha256 or md5");
    }
  }

  /** Whether {@code given} is the signature of the call, compared in constant time. */
  public boolean verify(String method, String paramJson, String timestamp, String version, String signMethod,
      String secret, String given) {
    return Signatures.constantTimeEqualsHex(sign(method, paramJson, timestamp, version, signMethod, secret),
        Checks.requireNonNull(given, "sign"));
  }

  /**
   * {@code param_json} as Douyin signs it: object keys sorted at every level, no white space, no
   * HTML escaping, numbers as written.
   */
  public static String canonicalJson(JsonNode params) {
    Checks.requireNonNull(params, "params");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      write(g, params);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, JsonNode n) throws IOException {
    if (n.isObject()) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      Collections.sort(names);
      g.writeStartObject();
      for (String name : names) {
        g.writeFieldName(name);
        write(g, n.get(name));
      }
      g.writeEndObject();
    } else if (n.isArray()) {
      g.writeStartArray();
      for (JsonNode e : n) {
        write(g, e);
      }
      g.writeEndArray();
    } else if (n.isTextual()) {
      g.writeString(n.textValue());
    } else if (n.isNumber()) {
      g.writeNumber(n.asText());
    } else if (n.isBoolean()) {
      g.writeBoolean(n.booleanValue());
    } else {
      g.writeNull();
    }
  }

  @Override
  public String toString() {
    return "DouyinSigner[" + appKey + "]";
  }
}
