package io.orderhub.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PayloadNodeTest {
  private static PayloadNode parse(String json) {
    return PayloadNode.root(OrderJson.standard().readTree(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void decimalsAreReadExactlyFromNumbersAndStrings() {
    PayloadNode n = parse("{\"a\": 0.10, \"b\": \"12.50\", \"c\": 1.5E+3, \"d\": \"-0.001\"}");
    assertThat(n.requiredDecimal("a")).isEqualTo(new BigDecimal("0.10"));
    assertThat(n.requiredDecimal("b")).isEqualTo(new BigDecimal("12.50"));
    assertThat(n.requiredDecimal("c")).isEqualByComparingTo("1500");
    assertThat(n.requiredDecimal("d")).isEqualTo(new BigDecimal("-0.001"));
    assertThat(n.decimal("missing")).isEmpty();
  }

  @Test
  void aDecimalOfMoreDigitsThanAnyQuantityNeedsIsRefusedNamingItsPath() {
    // written out in full, 1E999999999 is a billion digits: refused before anything expands it
    PayloadNode n = parse("{\"big\": 1e999999999, \"tiny\": \"1E-999999999\", \"wide\": 1E+64, \"ok\": 1E+63,"
        + " \"fine\": \"0." + "0".repeat(63) + "1\", \"long\": \"" + "9".repeat(100) + "\"}");
    assertThatThrownBy(() -> n.requiredDecimal("big"))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessage("$.big: 1E+999999999 has more than 64 digits when written out");
    assertThatThrownBy(() -> n.requiredDecimal("tiny")).hasMessageStartingWith("$.tiny: 1E-999999999 has more than 64");
    assertThatThrownBy(() -> n.requiredDecimal("wide")).hasMessageContaining("has more than 64 digits");
    assertThat(n.requiredDecimal("ok")).isEqualByComparingTo(BigDecimal.TEN.pow(63));
    assertThat(n.requiredDecimal("fine").scale()).isEqualTo(64);
    assertThatThrownBy(() -> n.requiredDecimal("long")).hasMessageEndingWith("has more than 64 digits");
  }

  @Test
  void wholeNumbersMustFitAndStayShort() {
    PayloadNode n = parse("{\"a\": \"42\", \"b\": 9223372036854775808, \"c\": \"" + "1".repeat(100_000) + "\"}");
    assertThat(n.requiredLong("a")).isEqualTo(42L);
    assertThat(n.requiredInt("a")).isEqualTo(42);
    assertThatThrownBy(() -> n.requiredLong("b")).hasMessage("$.b: 9223372036854775808 is not a whole number");
    assertThatThrownBy(() -> n.requiredLong("c")).isInstanceOf(InvalidPayloadException.class)
        .hasMessageEndingWith("has more than 64 digits");
    assertThatThrownBy(() -> n.requiredInt("c")).hasMessageEndingWith("has more than 64 digits");
  }
}
