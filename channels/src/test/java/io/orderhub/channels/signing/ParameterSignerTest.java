package io.orderhub.channels.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.InvalidValueException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterSignerTest {
  private static Map<String, String> taobaoParams(String signMethod) {
    Map<String, String> p = new HashMap<>();
    p.put("method", "taobao.trade.fullinfo.get");
    p.put("app_key", "12345678");
    p.put("session", "6100e23657fb0b2d0c78568e55a3031134be9a3a5d4b3a365753805");
    p.put("timestamp", "2016-01-01 12:00:00");
    p.put("format", "json");
    p.put("v", "2.0");
    p.put("fields", "tid,type,status,payment,orders");
    p.put("tid", "4213095863128837612");
    p.put("simplify", "");
    p.put("sign_method", signMethod);
    return p;
  }

  @ParameterizedTest
  @CsvSource({
      "MD5, md5, 230C224D3B3074D658AE65773C1E744C",
      "HMAC_MD5, hmac, 7EBE33DAD23DAEADDE1BFACCFBE867DE",
      "HMAC_SHA256, hmac-sha256, BCF7EFBCC7496F4D3045FAE01A78653931B8F26F9CCF840D67A6F73DD2621AD1"})
  void taobaoSignsSortedNonEmptyParametersWithEachMethod(SignMethod method, String wire, String expected) {
    Map<String, String> params = taobaoParams(wire);

    assertThat(ParameterSigner.taobao().sign(params, "helloworld", method)).isEqualTo(expected);
    params.put("sign", expected.toLowerCase());
    assertThat(ParameterSigner.taobao().verify(params, "helloworld")).isTrue();
  }

  @Test
  void theSessionIsPartOfTheSignature() {
    Map<String, String> params = taobaoParams("md5");
    params.remove("session");

    // the value a client gets when it forgets the session (computed independently)
    assertThat(ParameterSigner.taobao().sign(params, "helloworld", SignMethod.MD5))
        .isEqualTo("736EC2F1E8872D0A62B17D8F69FE76EA");
    Map<String, String> withSession = taobaoParams("md5");
    withSession.put("sign", "736EC2F1E8872D0A62B17D8F69FE76EA");
    assertThat(ParameterSigner.taobao().verify(withSession, "helloworld")).isFalse();
  }

  @Test
  void signedAddsTheMethodAndTheSignature() {
    Map<String, String> params = taobaoParams("x");
    params.remove("sign_method");

    Map<String, String> signed = ParameterSigner.taobao().signed(params, "helloworld", SignMethod.HMAC_SHA256);

    assertThat(signed).containsEntry("sign_method", "hmac-sha256")
        .containsEntry("sign", "BCF7EFBCC7496F4D3045FAE01A78653931B8F26F9CCF840D67A6F73DD2621AD1")
        .doesNotContainKey("simplify");
    assertThat(ParameterSigner.taobao().verify(signed, "helloworld")).isTrue();
  }

  @Test
  void jdSignsTheParamJsonWithMd5() {
    Map<String, String> p = new HashMap<>(Map.of(
        "method", "jingdong.pop.order.get", "app_key", "JDAPPKEY01", "access_token", "tok-abc",
        "timestamp", "2024-06-18 20:15:03", "v", "2.0",
        "360buy_param_json", "{\"order_id\":\"301234567890\",\"optional_fields\":\"orderId,orderState\"}"));

    assertThat(ParameterSigner.jd().sign(p, "jd-secret", SignMethod.MD5)).isEqualTo("F2E1452F781083841F794B600BBF7605");
    assertThatThrownBy(() -> ParameterSigner.jd().sign(p, "jd-secret", SignMethod.HMAC_SHA256))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("hmac-sha256");
    p.put("sign", "F2E1452F781083841F794B600BBF7605");
    assertThat(ParameterSigner.jd().verify(p, "jd-secret")).isTrue();
    p.put("timestamp", "2024-06-18 20:15:04");
    assertThat(ParameterSigner.jd().verify(p, "jd-secret")).isFalse();
  }

  @Test
  void pinduoduoSignsWithMd5OverTheClientSecret() {
    Map<String, String> p = new HashMap<>(Map.of(
        "type", "pdd.order.information.get", "client_id", "pdd-client-1", "access_token", "pdd-token",
        "timestamp", "1718712903", "data_type", "JSON", "order_sn", "240618-123456789012345"));

    assertThat(ParameterSigner.pinduoduo().sign(p, "pdd-secret", SignMethod.MD5))
        .isEqualTo("5629FF7A188526DAD144D72C421152F4");
  }

  @Test
  void verifyRejectsMissingOrUnusableSignatures() {
    Map<String, String> p = taobaoParams("md5");

    assertThat(ParameterSigner.taobao().verify(p, "helloworld")).isFalse();
    p.put("sign", "230C224D3B3074D658AE65773C1E744C");
    p.put("sign_method", "sha1");
    assertThat(ParameterSigner.taobao().verify(p, "helloworld")).isFalse();
    p.put("sign_method", "hmac");
    assertThat(ParameterSigner.jd().verify(p, "helloworld")).isFalse();
  }

  @Test
  void nullKeysAndValuesAreDroppedLikeEmptyOnes() {
    Map<String, String> p = taobaoParams("md5");
    p.put(null, "x");
    p.put("nothing", null);

    assertThat(ParameterSigner.taobao().sign(p, "helloworld", SignMethod.MD5)).isEqualTo("230C224D3B3074D658AE65773C1E744C");
  }
}
