package io.orderhub.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesConfigTest {
  @Test
  void defaultsAreTheIssuesNumbers() {
    RulesConfig c = RulesConfig.ofDefaults();
    assertThat(c.vagueWords()).containsExactly("村", "组", "临时", "附近", "后面", "楼下", "对面", "旁边");
    assertThat(c.buyerMaxOrders()).isEqualTo(3);
    assertThat(c.buyerWindow()).isEqualTo(Duration.ofHours(24));
    assertThat(c.fastRefundWindow()).isEqualTo(Duration.ofMinutes(10));
    assertThat(c.presaleEscalateAfter()).isEqualTo(Duration.ofHours(2));
    assertThat(c.minGeocodeConfidence()).isEqualTo(0.70);
    assertThat(c.highAmount()).isEqualTo(Money.cny("5000.00"));
  }

  @Test
  void settersRejectBadValuesAtOnceNamingTheField() {
    RulesConfig.Builder b = RulesConfig.custom();
    assertThatThrownBy(() -> b.buyerMaxOrders(0)).isInstanceOf(InvalidValueException.class)
        .hasMessage("buyerMaxOrders: \"0\" is not at least 1");
    assertThatThrownBy(() -> b.buyerWindow(Duration.ZERO)).hasMessage("buyerWindow: \"PT0S\" is not positive");
    assertThatThrownBy(() -> b.vagueWords(List.of())).hasMessageStartingWith("vagueWords:");
    assertThatThrownBy(() -> b.vagueWords(List.of("村", " "))).hasMessageStartingWith("vagueWords[]:");
    assertThatThrownBy(() -> b.minGeocodeConfidence(1.5)).hasMessageStartingWith("minGeocodeConfidence:");
    assertThatThrownBy(() -> b.highAmount(Money.cny("0"))).hasMessageStartingWith("highAmount:");
    assertThatThrownBy(() -> b.requiredAddressParts(Set.of())).hasMessageStartingWith("requiredAddressParts:");
  }

  @Test
  void fromCopiesAndLeavesTheBaseAlone() {
    RulesConfig base = RulesConfig.custom().buyerMaxOrders(5).build();
    RulesConfig changed = RulesConfig.from(base).presaleTag("pre-order").build();
    assertThat(changed.buyerMaxOrders()).isEqualTo(5);
    assertThat(changed.presaleTag()).isEqualTo("pre-order");
    assertThat(base.presaleTag()).isEqualTo("presale");
  }
}
