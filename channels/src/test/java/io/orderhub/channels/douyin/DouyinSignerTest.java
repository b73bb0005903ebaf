package io.orderhub.channels.douyin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.json.OrderJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DouyinSignerTest {
  private final DouyinSigner signer = new DouyinSigner("7012345678901234567");
  private static final String PARAMS = "{\"shop_order_id\":\"6920123456789012345\"}";

  @Test
  void signsWithHmacSha256AndTheLegacyMd5() {
    assertThat(signer.sign("order.orderDetail", PARAMS, "2024-06-18 20:15:03", "2", "hmac-sha256", "dy-secret"))
        .isEqualTo("b0345ce2b6c0c9dc59fde4fc6199af1e825e9cf5b5b4856daa9161d53be1b22a");
    assertThat(signer.sign("order.orderDetail", PARAMS, "2024-06-18 20:15:03", "2", "md5", "dy-secret"))
        .isEqualTo("c530b8df67a963d5c0fbae6e2e4ed9c3");
    assertThat(signer.verify("order.orderDetail", PARAMS, "2024-06-18 20:15:03", "2", "hmac-sha256", "dy-secret",
        "B0345CE2B6C0C9DC59FDE4FC6199AF1E825E9CF5B5B4856DAA9161D53BE1B22A")).isTrue();
    assertThatThrownBy(() -> signer.sign("m", PARAMS, "t", "2", "sha1", "s")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void paramJsonIsCanonicalSortedCompactAndNotHtmlEscaped() {
    var node = OrderJson.standard().readTree(
        "{ \"z\": 1, \"a\": {\"y\": [3, {\"k\": \"<b>&'\", \"b\": true}], \"x\": null}, \"m\": 1.50 }"
            .getBytes(StandardCharsets.UTF_8));

    assertThat(DouyinSigner.canonicalJson(node))
        .isEqualTo("{\"a\":{\"x\":null,\"y\":[3,{\"b\":true,\"k\":\"<b>&'\"}]},\"m\":1.50,\"z\":1}");
  }
}
