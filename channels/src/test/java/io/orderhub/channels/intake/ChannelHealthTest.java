package io.orderhub.channels.intake;

import static io.orderhub.channels.intake.TestOrders.T0;
import static io.orderhub.channels.intake.TestOrders.json;
import static io.orderhub.channels.intake.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.ChannelId;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.store.InMemoryOrderStore;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-channel totals, the rolling windows, and latency from {@code receivedAt} to the outcome. */
class ChannelHealthTest {
  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration DAY = Duration.ofHours(24);

  private final TestClock clock = new TestClock(T0);
  private final Intake intake = Intake.builder().adapter(TestAdapter.of(ChannelId.JD))
      .store(new InMemoryOrderStore()).clock(clock).build();

  private Outcome deliver(Intake to, String id, Duration age) {
    return to.process(Delivery.pull(ChannelId.JD, json(order(ChannelId.JD, id)), clock.instant().minus(age)));
  }

  private ChannelHealth.Window window(Duration length) {
    return intake.health(ChannelId.JD).window(length).orElseThrow();
  }

  private static ChannelHealth.Window counts(Duration length, long received, long imported, long duplicates,
      long deadLettered) {
    return new ChannelHealth.Window(length, received, imported, 0, duplicates, 0, deadLettered, 0, Duration.ZERO,
        Duration.ZERO);
  }

  /** The window's counts, latencies left out. */
  private static ChannelHealth.Window countsOf(ChannelHealth.Window w) {
    return new ChannelHealth.Window(w.length(), w.received(), w.imported(), w.updated(), w.duplicates(),
        w.filtered(), w.deadLettered(), w.parked(), Duration.ZERO, Duration.ZERO);
  }

  @Test
  void theWindowsRollWhileTheTotalsKeepEverything() {
    deliver(intake, "1", Duration.ZERO);
    deliver(intake, "1", Duration.ZERO);
    clock.advance(Duration.ofMinutes(30));
    intake.process(Delivery.push(ChannelId.JD, new byte[] {'{'}, Map.of(), clock.instant()));

    assertThat(countsOf(window(FIVE_MINUTES))).isEqualTo(counts(FIVE_MINUTES, 1, 0, 0, 1));
    assertThat(countsOf(window(HOUR))).isEqualTo(counts(HOUR, 3, 1, 1, 1));
    assertThat(countsOf(window(DAY))).isEqualTo(counts(DAY, 3, 1, 1, 1));

    clock.advance(Duration.ofMinutes(45));
    assertThat(countsOf(window(FIVE_MINUTES))).isEqualTo(counts(FIVE_MINUTES, 0, 0, 0, 0));
    assertThat(countsOf(window(HOUR))).isEqualTo(counts(HOUR, 1, 0, 0, 1));
    assertThat(countsOf(window(DAY))).isEqualTo(counts(DAY, 3, 1, 1, 1));
    ChannelHealth at75 = intake.health(ChannelId.JD);
    assertThat(at75.received()).isEqualTo(3);
    assertThat(at75.imported()).isEqualTo(1);
    assertThat(at75.duplicates()).isEqualTo(1);
    assertThat(at75.deadLetters()).isEqualTo(1);
    assertThat(at75.accountedFor()).isTrue();

    clock.advance(Duration.ofHours(24));
    assertThat(countsOf(window(HOUR))).isEqualTo(counts(HOUR, 0, 0, 0, 0));
    assertThat(countsOf(window(DAY))).isEqualTo(counts(DAY, 0, 0, 0, 0));
    assertThat(intake.health(ChannelId.JD).received()).isEqualTo(3);
  }

  @Test
  void latencyRunsFromReceiptToOutcome() {
    deliver(intake, "1", Duration.ofSeconds(3));
    deliver(intake, "2", Duration.ofSeconds(1));

    ChannelHealth h = intake.health(ChannelId.JD);

    assertThat(h.meanLatency()).isEqualTo(Duration.ofSeconds(2));
    assertThat(h.maxLatency()).isEqualTo(Duration.ofSeconds(3));
    assertThat(h.window(FIVE_MINUTES).orElseThrow().meanLatency()).isEqualTo(Duration.ofSeconds(2));
    assertThat(h.window(FIVE_MINUTES).orElseThrow().maxLatency()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void latencyInAWindowIsThatOfTheOutcomesInIt() {
    deliver(intake, "1", Duration.ofSeconds(30));
    clock.advance(Duration.ofMinutes(10));
    deliver(intake, "2", Duration.ofSeconds(2));

    ChannelHealth h = intake.health(ChannelId.JD);
    assertThat(h.window(FIVE_MINUTES).orElseThrow().maxLatency()).isEqualTo(Duration.ofSeconds(2));
    assertThat(h.window(HOUR).orElseThrow().maxLatency()).isEqualTo(Duration.ofSeconds(30));
    assertThat(h.window(HOUR).orElseThrow().meanLatency()).isEqualTo(Duration.ofSeconds(16));
  }

  @Test
  void windowsAreConfigured() {
    Intake custom = Intake.builder().adapter(TestAdapter.of(ChannelId.JD)).store(new InMemoryOrderStore())
        .clock(clock).healthWindows(HealthWindows.custom().window(Duration.ofMinutes(15), Duration.ofMinutes(1))
            .window(Duration.ofMinutes(2), Duration.ofSeconds(30)).build())
        .build();
    deliver(custom, "1", Duration.ZERO);
    clock.advance(Duration.ofMinutes(3));
    deliver(custom, "2", Duration.ZERO);

    ChannelHealth h = custom.health(ChannelId.JD);
    assertThat(h.windows()).extracting(ChannelHealth.Window::length)
        .containsExactly(Duration.ofMinutes(2), Duration.ofMinutes(15));
    assertThat(h.window(Duration.ofMinutes(2)).orElseThrow().imported()).isEqualTo(1);
    assertThat(h.window(Duration.ofMinutes(15)).orElseThrow().imported()).isEqualTo(2);
    assertThat(h.window(HOUR)).isEmpty();

    Intake none = Intake.builder().adapter(TestAdapter.of(ChannelId.JD)).store(new InMemoryOrderStore())
        .clock(clock).healthWindows(HealthWindows.none()).build();
    deliver(none, "1", Duration.ZERO);
    assertThat(none.health(ChannelId.JD).windows()).isEmpty();
    assertThat(none.health(ChannelId.JD).imported()).isEqualTo(1);
  }

  @Test
  void aBadWindowIsRejectedNamingTheValue() {
    assertThatThrownBy(() -> HealthWindows.custom().window(Duration.ofMinutes(5), Duration.ofSeconds(7)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("bucket").hasMessageContaining("PT7S");
    assertThatThrownBy(() -> HealthWindows.custom().window(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("length");
    assertThatThrownBy(() -> HealthWindows.custom().window(Duration.ofDays(30), Duration.ofSeconds(1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("more than 10000 buckets");
    assertThatThrownBy(() -> HealthWindows.custom().window(HOUR, Duration.ofMinutes(1))
        .window(HOUR, Duration.ofMinutes(5)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("given twice");
  }

  @Test
  void aChannelNeverSeenIsAllZero() {
    ChannelHealth h = intake.health(ChannelId.of("kuaishou"));
    assertThat(h.received()).isZero();
    assertThat(h.circuit()).isEqualTo(CircuitState.CLOSED);
    assertThat(h.windows()).containsExactly(ChannelHealth.Window.empty(FIVE_MINUTES), ChannelHealth.Window.empty(HOUR),
        ChannelHealth.Window.empty(DAY));
    assertThat(intake.health()).extracting(ChannelHealth::channel).containsExactly(ChannelId.JD);
  }
}
