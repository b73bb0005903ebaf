package io.orderhub.channels.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.channels.Channels;
import io.orderhub.channels.spi.ChannelAdapter;
import io.orderhub.channels.spi.WebhookVerifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A forged or garbled request is answered {@code false}, never with an exception: every built-in
 * webhook verifier and parameter signer, given random bodies, random header values (not base64,
 * not hex, empty, huge) and random secrets, including the empty one.
 */
class SignatureFuzzProperties {
  private static final List<WebhookVerifier> VERIFIERS = verifiers();
  private static final List<ParameterSigner> SIGNERS =
      List.of(ParameterSigner.taobao(), ParameterSigner.jd(), ParameterSigner.pinduoduo());

  @Provide
  Arbitrary<String> garbage() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(80),
        Arbitraries.strings().withChars("0123456789abcdefABCDEF+/=").ofMaxLength(90),
        Arbitraries.of("", " ", "=", "====", "sha256=", "t=1,v1=", "%%", "\u0000", "x".repeat(100_000)));
  }

  @Property(tries = 300)
  void webhookVerifiersAnswerFalseToGarbage(@ForAll byte[] body, @ForAll("garbage") String value,
      @ForAll("garbage") String secret) {
    for (WebhookVerifier v : VERIFIERS) {
      Map<String, String> headers = new HashMap<>();
      for (String name : List.of("X-Shopify-Hmac-SHA256", "X-WC-Webhook-Signature", "Event-Sign", "event-sign",
          "Authorization", "X-Signature", "sign")) {
        headers.put(name, value);
      }
      assertThat(v.verify(body, headers, secret)).as("%s", v).isFalse();
      assertThat(v.verify(body, Map.of(), secret)).as("%s without headers", v).isFalse();
    }
  }

  @Property(tries = 300)
  void parameterSignersAnswerFalseToGarbage(@ForAll("garbage") String sign, @ForAll("garbage") String method,
      @ForAll("garbage") String key, @ForAll("garbage") String value, @ForAll("garbage") String secret) {
    for (ParameterSigner s : SIGNERS) {
      Map<String, String> parameters = new HashMap<>();
      parameters.put("sign", sign);
      parameters.put("sign_method", method);
      parameters.put(key, value);
      parameters.put("method", "taobao.trade.fullinfo.get");
      assertThat(s.verify(parameters, secret)).as("%s", s).isFalse();
    }
  }

  private static List<WebhookVerifier> verifiers() {
    List<WebhookVerifier> out = new ArrayList<>();
    for (ChannelAdapter a : Channels.builtInAdapters()) {
      Optional<WebhookVerifier> v = a.webhookVerifier();
      v.ifPresent(out::add);
    }
    assertThat(out).isNotEmpty();
    return out;
  }
}
