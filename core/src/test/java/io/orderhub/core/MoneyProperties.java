package io.orderhub.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.arbitraries.OrderArbitraries;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class MoneyProperties {

  @Property(tries = 500)
  void allocatedPartsAddUpToTheWhole(
      @ForAll("cnyAmounts") Money total, @ForAll @Size(min = 1, max = 12) List<@LongRange(min = 0, max = 1_000_000) Long> weights) {
    if (weights.stream().allMatch(w -> w == 0)) {
      weights = List.of(1L);
    }
    List<Money> parts = total.allocate(weights.stream().mapToLong(Long::longValue).toArray());
    assertThat(parts).hasSize(weights.size());
    assertThat(parts.stream().reduce(Money.zero(Money.CNY), Money::plus)).isEqualTo(total);
    // every part is within one minor unit of its exact share
    long sum = weights.stream().mapToLong(Long::longValue).sum();
    for (int i = 0; i < parts.size(); i++) {
      double exact = (double) total.toMinorUnits() * weights.get(i) / sum;
      assertThat(Math.abs(parts.get(i).toMinorUnits() - exact)).isLessThan(1.0 + 1e-6);
    }
  }

  @Property(tries = 300)
  void plusIsAssociativeAndCommutative(@ForAll("sameCurrencyTriples") List<Money> m) {
    Money a = m.get(0);
    Money b = m.get(1);
    Money c = m.get(2);
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    assertThat(a.plus(b).minus(b)).isEqualTo(a);
    assertThat(a.plus(a.negate()).isZero()).isTrue();
  }

  @Property(tries = 300)
  void parseFormatRoundTrip(@ForAll("anyMoney") Money money) {
    assertThat(Money.of(money.toPlainString(), money.currency())).isEqualTo(money);
    assertThat(Money.ofMinor(money.toMinorUnits(), money.currency())).isEqualTo(money);
  }

  @Property(tries = 200)
  void timesIsRepeatedAddition(@ForAll("cnyAmounts") Money m, @ForAll @IntRange(min = 0, max = 50) int n) {
    Money sum = Money.zero(Money.CNY);
    for (int i = 0; i < n; i++) {
      sum = sum.plus(m);
    }
    assertThat(m.times(n)).isEqualTo(sum);
  }

  @Provide
  Arbitrary<Money> cnyAmounts() {
    return OrderArbitraries.money(Money.CNY);
  }

  @Provide
  Arbitrary<Money> anyMoney() {
    return OrderArbitraries.currencies().flatMap(OrderArbitraries::money);
  }

  @Provide
  Arbitrary<List<Money>> sameCurrencyTriples() {
    return OrderArbitraries.currencies().flatMap(c -> {
      Arbitrary<Money> m = OrderArbitraries.money(c);
      return Combinators.combine(m, m, m).as(List::of);
    });
  }

  @Property(tries = 50)
  void currencyOfAllocatedPartsIsKept(@ForAll("currencyArb") Currency currency) {
    assertThat(Money.ofMinor(1001, currency).allocate(3, 7)).allMatch(p -> p.currency().equals(currency));
  }

  @Provide
  Arbitrary<Currency> currencyArb() {
    return Arbitraries.of(Money.CNY, Currency.getInstance("USD"), Currency.getInstance("JPY"));
  }
}
