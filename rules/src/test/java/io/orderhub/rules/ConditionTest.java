package io.orderhub.rules;

import static io.orderhub.rules.TestOrders.clean;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionTest {
  private final Clock clock = Clock.fixed(TestOrders.T0, ZoneOffset.UTC);
  private final Order order = clean("c-1", TestOrders.T0).shippingAddress(TestOrders.address("石牛村 3 组")).build();
  private final EvaluationContext ctx = EvaluationContext.of(order, clock);

  private final Condition vague = Conditions.addressDetailContainsAny(List.of("村"));
  private final Condition rich = Conditions.paidAbove(Money.cny("1000.00"));
  private final Condition tagged = Conditions.orderTagged("vip");

  @Test
  void allAnyAndNotCompose() {
    assertThat(Condition.all(vague, rich.negate()).test(ctx)).isTrue();
    assertThat(vague.and(rich).test(ctx)).isFalse();
    assertThat(rich.or(vague).test(ctx)).isTrue();
    assertThat(Condition.not(Condition.any(rich, tagged)).test(ctx)).isTrue();
  }

  @Test
  void explainAgreesWithTestAndReachesTheLeavesWithTheirValues() {
    Condition c = Condition.all(vague, Condition.not(Condition.any(rich, tagged)));
    Explanation e = c.explain(ctx);
    assertThat(e.matched()).isEqualTo(c.test(ctx)).isTrue();
    assertThat(e.render()).isEqualTo(String.join("\n",
        "[x] all of",
        "  [x] address.detail contains \"村\" (value: \"石牛村 3 组\")",
        "  [x] not",
        "    [ ] any of",
        "      [ ] paid amount > 1000.00 CNY (value: 100.00 CNY)",
        "      [ ] order is tagged \"vip\" (value: )"));
  }

  @Test
  void pruningDropsTheAlternativesThatDidNotMatter() {
    Explanation e = Condition.any(rich, vague, tagged).explain(ctx).pruned();
    assertThat(e.children()).extracting(Explanation::condition).containsExactly("address.detail contains \"村\"");
  }

  @Test
  void hostLambdasAreConditionsToo() {
    Condition night = Condition.of("created at night (UTC)", c -> c.order().createdAt().atZone(ZoneOffset.UTC).getHour(),
        h -> h < 6);
    Condition flagged = Condition.of("seller note present", c -> c.order().sellerNote().isPresent());
    assertThat(night.test(ctx)).isTrue();
    assertThat(night.explain(ctx).line()).isEqualTo("created at night (UTC) (value: 2)");
    assertThat(flagged.explain(ctx).line()).isEqualTo("seller note present");
    assertThat(flagged.explain(ctx).matched()).isFalse();
    assertThat(Condition.all(night, vague).test(ctx)).isTrue();
  }

  @Test
  void emptyCompositionsAndEmptyWordListsAreRejectedAtOnce() {
    assertThatThrownBy(() -> Condition.all(List.of())).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("all").hasMessageContaining("has no conditions");
    assertThatThrownBy(Condition::any).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Conditions.addressDetailContainsAny(List.of())).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("words");
    assertThatThrownBy(() -> Conditions.addressDetailContainsAny(java.util.Arrays.asList("村", null)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("words[]");
  }

  @Test
  void builtInConditionsAreValueObjects() {
    assertThat(Conditions.addressDetailContainsAny(List.of("村", "组")))
        .isEqualTo(Conditions.addressDetailContainsAny(List.of("村", "组", "村")))
        .isNotEqualTo(Conditions.addressDetailContainsAny(List.of("组", "村")));
    assertThat(Condition.any(vague, rich)).isEqualTo(Condition.any(vague, rich)).isNotEqualTo(Condition.any(rich, vague));
  }

  @Test
  void anEncryptedDetailIsNeverSearchedOrShown() {
    Order enc = clean("c-2", TestOrders.T0).shippingAddress(io.orderhub.core.Address.builder().province("浙江省")
        .city("杭州市").district("西湖区")
        .detail(new io.orderhub.core.AddressDetail("$村村村$", io.orderhub.core.Protection.ENCRYPTED)).build()).build();
    EvaluationContext c = EvaluationContext.of(enc, clock);
    assertThat(vague.test(c)).isFalse();
    assertThat(vague.explain(c).line()).isEqualTo("address.detail contains any of \"村\" (value: <encrypted>)");
  }
}
