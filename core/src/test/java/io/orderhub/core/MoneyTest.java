package io.orderhub.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void parsesYuanStringsToTheCurrencyScale() {
    assertThat(Money.cny("12.50").amount()).isEqualByComparingTo("12.50").hasScaleOf(2);
    assertThat(Money.cny("12.5")).isEqualTo(Money.cny("12.50"));
    assertThat(Money.cny(" 12.50 ")).isEqualTo(Money.cny("12.50"));
    assertThat(Money.cny("12")).isEqualTo(Money.cny("12.00"));
    assertThat(Money.cny("-3.10").toPlainString()).isEqualTo("-3.10");
    assertThat(Money.cny("12.500")).isEqualTo(Money.cny("12.50")); // trailing zeros are exact
  }

  @Test
  void fromMinorUnits() {
    assertThat(Money.ofMinor(1250, Money.CNY)).isEqualTo(Money.cny("12.50"));
    assertThat(Money.ofMinor(-1, USD).toString()).isEqualTo("-0.01 USD");
    assertThat(Money.ofMinor(500, JPY).toString()).isEqualTo("500 JPY");
    assertThat(Money.cny("200.07").toMinorUnits()).isEqualTo(20007);
  }

  @Test
  void rejectsTooManyDigitsNamingTheValue() {
    assertThatThrownBy(() -> Money.cny("12.505"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("12.505")
        .hasMessageContaining("more than 2 fraction digits for CNY");
    assertThatThrownBy(() -> Money.of("1.5", JPY)).hasMessageContaining("more than 0 fraction digits for JPY");
  }

  @Test
  void roundsOnlyWhenAskedTo() {
    assertThat(Money.of("12.505", Money.CNY, RoundingMode.HALF_EVEN)).isEqualTo(Money.cny("12.50"));
    assertThat(Money.of("12.505", Money.CNY, RoundingMode.HALF_UP)).isEqualTo(Money.cny("12.51"));
    assertThat(Money.of(new BigDecimal("0.125"), Money.CNY, RoundingMode.DOWN)).isEqualTo(Money.cny("0.12"));
  }

  @Test
  void rejectsTextThatIsNotAPlainDecimal() {
    for (String bad : new String[] {"", " ", "abc", "1e3", "12,50", "¥12.50", "12.", ".5", "NaN", "1_000"}) {
      assertThatThrownBy(() -> Money.cny(bad)).as(bad)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("is not a decimal amount");
    }
  }

  @Test
  void rejectsUnknownCurrencyCodes() {
    assertThatThrownBy(() -> Money.of("1.00", "XYZ"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("currency: \"XYZ\" is not an ISO 4217 currency code");
    assertThatThrownBy(() -> Money.of("1", "XXX")).hasMessageContaining("has no minor unit");
  }

  @Test
  void arithmetic() {
    Money a = Money.cny("10.10");
    Money b = Money.cny("0.20");
    assertThat(a.plus(b)).isEqualTo(Money.cny("10.30"));
    assertThat(a.minus(b)).isEqualTo(Money.cny("9.90"));
    assertThat(b.minus(a)).isEqualTo(Money.cny("-9.90"));
    assertThat(Money.cny("0.10").times(3)).isEqualTo(Money.cny("0.30")); // 0.1 * 3 in double is 0.30000000000000004
    assertThat(a.negate()).isEqualTo(Money.cny("-10.10"));
    assertThat(a.negate().abs()).isEqualTo(a);
    assertThat(a.isGreaterThan(b)).isTrue();
    assertThat(b.isLessThan(a)).isTrue();
    assertThat(Money.zero(Money.CNY).isZero()).isTrue();
  }

  @Test
  void mixingCurrenciesThrowsNamingBoth() {
    Money cny = Money.cny("1.00");
    Money usd = Money.of("1.00", USD);
    assertThatThrownBy(() -> cny.plus(usd))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("cannot add CNY and USD")
        .satisfies(e -> {
          CurrencyMismatchException m = (CurrencyMismatchException) e;
          assertThat(m.left()).isEqualTo(Money.CNY);
          assertThat(m.right()).isEqualTo(USD);
        });
    assertThatThrownBy(() -> cny.compareTo(usd)).isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void allocateSplitsExactlyByLargestRemainder() {
    // 100.00 over 3 equal parts: 33.34, 33.33, 33.33 (the extra fen goes to the first tie)
    assertThat(Money.cny("100.00").allocate(1, 1, 1))
        .containsExactly(Money.cny("33.34"), Money.cny("33.33"), Money.cny("33.33"));
    // a 20.00 order discount over lines of 398.00 and 109.50
    List<Money> parts = Money.cny("20.00").allocate(List.of(new BigDecimal("398.00"), new BigDecimal("109.50")));
    assertThat(parts).containsExactly(Money.cny("15.68"), Money.cny("4.32"));
    assertThat(Money.cny("-0.05").allocate(1, 1)).containsExactly(Money.cny("-0.03"), Money.cny("-0.02"));
    assertThat(Money.cny("5.00").allocate(0, 1)).containsExactly(Money.cny("0.00"), Money.cny("5.00"));
  }

  @Test
  void allocateRejectsUselessWeights() {
    assertThatThrownBy(() -> Money.cny("1.00").allocate(0, 0)).hasMessageContaining("are all zero");
    assertThatThrownBy(() -> Money.cny("1.00").allocate(1, -1)).hasMessageContaining("negative");
    assertThatThrownBy(() -> Money.cny("1.00").allocate(List.of())).hasMessageContaining("is empty");
  }

  @Test
  void hasNoFactoryTakingADouble() {
    assertThat(Money.class.getMethods())
        .noneMatch(m -> m.getName().startsWith("of") && List.of(m.getParameterTypes()).contains(double.class));
  }
}
