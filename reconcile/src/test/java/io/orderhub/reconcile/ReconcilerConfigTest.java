package io.orderhub.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ReconcilerConfigTest {
  @Test
  void defaultsAreCnyTwoHoursEitherSideAndOnePartition() {
    ReconcilerConfig c = ReconcilerConfig.ofDefaults();
    assertThat(c.currency()).isEqualTo(Money.CNY);
    assertThat(c.window(Source.SETTLEMENT)).isEqualTo(TimeWindow.symmetric(Duration.ofHours(2)));
    assertThat(c.window(Source.SHIPMENT)).isEqualTo(TimeWindow.DEFAULT);
    assertThat(c.requireShipment()).isTrue();
    assertThat(c.partitionCount()).isEqualTo(1);
  }

  @Test
  void fromCopiesAndTheCopyIsIndependent() {
    ReconcilerConfig base = ReconcilerConfig.custom().currency(Currency.getInstance("USD")).partition(1, 4).build();
    ReconcilerConfig copy = ReconcilerConfig.from(base).requireShipment(false).build();
    assertThat(copy.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(copy.partitionIndex()).isEqualTo(1);
    assertThat(copy.requireShipment()).isFalse();
    assertThat(base.requireShipment()).isTrue();
  }

  @Test
  void aFinishExecutorIsOptionalCopiedAndCanBeRemoved() {
    java.util.concurrent.Executor executor = Runnable::run;
    assertThat(ReconcilerConfig.ofDefaults().executor()).isEmpty();
    ReconcilerConfig with = ReconcilerConfig.custom().executor(executor).build();
    assertThat(with.executor()).containsSame(executor);
    assertThat(ReconcilerConfig.from(with).build().executor()).containsSame(executor);
    assertThat(ReconcilerConfig.from(with).allOnCallingThread().build().executor()).isEmpty();
    assertThatThrownBy(() -> ReconcilerConfig.custom().executor(null))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("executor");
  }

  @Test
  void settersRejectBadValuesNamingTheField() {
    assertThatThrownBy(() -> ReconcilerConfig.custom().partition(3, 3))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("partitionIndex: \"3\"");
    assertThatThrownBy(() -> ReconcilerConfig.custom().partition(0, 0)).hasMessageStartingWith("partitionCount:");
    assertThatThrownBy(() -> ReconcilerConfig.custom().window(Source.PAYMENT, TimeWindow.DEFAULT))
        .hasMessageStartingWith("source: \"PAYMENT\"");
    assertThatThrownBy(() -> ReconcilerConfig.custom().currency(Currency.getInstance("XXX")))
        .hasMessageStartingWith("currency:");
    assertThatThrownBy(() -> new TimeWindow(Duration.ofHours(-1), Duration.ZERO)).hasMessageStartingWith("before:");
  }

  @Test
  void aWindowMeasuresHowFarOutsideATimeIs() {
    TimeWindow w = new TimeWindow(Duration.ofMinutes(10), Duration.ofHours(1));
    Instant ref = Instant.parse("2026-11-11T00:00:00Z");
    assertThat(w.outsideBy(ref, ref.minus(Duration.ofMinutes(10)))).isZero();
    assertThat(w.outsideBy(ref, ref.minus(Duration.ofMinutes(15)))).isEqualTo(Duration.ofMinutes(5));
    assertThat(w.outsideBy(ref, ref.plus(Duration.ofHours(1)))).isZero();
    assertThat(w.outsideBy(ref, ref.plus(Duration.ofHours(3)))).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void windowsParseFromText() {
    assertThat(TimeWindow.parse("2h")).isEqualTo(TimeWindow.DEFAULT);
    assertThat(TimeWindow.parse("30m,7d")).isEqualTo(new TimeWindow(Duration.ofMinutes(30), Duration.ofDays(7)));
    assertThat(TimeWindow.parse("0,PT90M")).isEqualTo(new TimeWindow(Duration.ZERO, Duration.ofMinutes(90)));
    assertThat(TimeWindow.parse(" 45s ")).isEqualTo(TimeWindow.symmetric(Duration.ofSeconds(45)));
    assertThatThrownBy(() -> TimeWindow.parse("2 hours")).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("window: \"2 hours\"");
    assertThatThrownBy(() -> TimeWindow.parse("1h,2h,3h")).hasMessageStartingWith("window:");
    assertThatThrownBy(() -> TimeWindow.parse("-1h")).hasMessageStartingWith("before:");
  }

  @Test
  void windowsAreAtMostTenYearsAndOverflowIsAnInvalidValue() {
    assertThat(TimeWindow.parse("3650d").after()).isEqualTo(TimeWindow.MAX_SPAN);
    assertThatThrownBy(() -> TimeWindow.parse("0,3651d")).isInstanceOf(InvalidValueException.class)
        .hasMessage("after: \"PT87624H\" is longer than 3650 days");
    assertThatThrownBy(() -> TimeWindow.parse("99999999999999h")).isInstanceOf(InvalidValueException.class)
        .hasMessage("before: \"PT99999999999999H\" is longer than 3650 days");
    assertThatThrownBy(() -> TimeWindow.parse("9999999999999999h")).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("window: \"9999999999999999h\" is not SPAN"); // beyond Duration's range
    assertThatThrownBy(() -> TimeWindow.symmetric(Duration.ofSeconds(Long.MAX_VALUE)))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("before:");
    // the widest window still measures without overflow at the ends of the epoch-millisecond range
    TimeWindow widest = TimeWindow.symmetric(TimeWindow.MAX_SPAN);
    assertThat(widest.outsideByMillis(0, Long.MIN_VALUE / 2)).isPositive();
  }
}
