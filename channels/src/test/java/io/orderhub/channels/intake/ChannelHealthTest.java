package io.orderhub.channels.intake;

import static io.orderhub.channels.intake.TestOrders.T0;
import static io.orderhub.channels.intake.TestOrders.json;
import static io.orderhub.channels.intake.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.ChannelId;
import io.orderhub.core.store.InMemoryOrderStore;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-channel totals, the rolling last hour, and latency from {@code receivedAt} to the outcome. */
class ChannelHealthTest {
  private final TestClock clock = new TestClock(T0);
  private final Intake intake = Intake.builder().adapter(TestAdapter.of(ChannelId.JD))
      .store(new InMemoryOrderStore()).clock(clock).build();

  private Outcome deliver(String id, Duration age) {
    return intake.process(Delivery.pull(ChannelId.JD, json(order(ChannelId.JD, id)), clock.instant().minus(age)));
  }

  @Test
  void theLastHourRollsWhileTheTotalsKeepEverything() {
    deliver("1", Duration.ZERO);
    deliver("1", Duration.ZERO);
    clock.advance(Duration.ofMinutes(30));
    intake.process(Delivery.push(ChannelId.JD, new byte[] {'{'}, Map.of(), clock.instant()));

    ChannelHealth at30 = intake.health(ChannelId.JD);
    assertThat(at30.lastHour()).isEqualTo(new ChannelHealth.Window(3, 1, 0, 1, 0, 1, 0));

    clock.advance(Duration.ofMinutes(45));
    ChannelHealth at75 = intake.health(ChannelId.JD);
    assertThat(at75.lastHour()).isEqualTo(new ChannelHealth.Window(1, 0, 0, 0, 0, 1, 0));
    assertThat(at75.received()).isEqualTo(3);
    assertThat(at75.imported()).isEqualTo(1);
    assertThat(at75.duplicates()).isEqualTo(1);
    assertThat(at75.deadLetters()).isEqualTo(1);
    assertThat(at75.accountedFor()).isTrue();

    clock.advance(Duration.ofMinutes(61));
    assertThat(intake.health(ChannelId.JD).lastHour()).isEqualTo(new ChannelHealth.Window(0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void latencyRunsFromReceiptToOutcome() {
    deliver("1", Duration.ofSeconds(3));
    deliver("2", Duration.ofSeconds(1));

    ChannelHealth h = intake.health(ChannelId.JD);

    assertThat(h.meanLatency()).isEqualTo(Duration.ofSeconds(2));
    assertThat(h.maxLatency()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void aChannelNeverSeenIsAllZero() {
    ChannelHealth h = intake.health(ChannelId.of("kuaishou"));
    assertThat(h.received()).isZero();
    assertThat(h.circuit()).isEqualTo(CircuitState.CLOSED);
    assertThat(intake.health()).extracting(ChannelHealth::channel).containsExactly(ChannelId.JD);
  }
}
