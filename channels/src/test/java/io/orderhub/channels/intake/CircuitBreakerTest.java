package io.orderhub.channels.intake;

import static io.orderhub.channels.intake.TestOrders.T0;
import static io.orderhub.channels.intake.TestOrders.json;
import static io.orderhub.channels.intake.TestOrders.order;
import static io.orderhub.channels.intake.TestOrders.push;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.ChannelId;
import io.orderhub.core.store.InMemoryOrderStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A channel frozen by repeated anomalies: parked deliveries, cool-down, trial, host close. */
class CircuitBreakerTest {
  private final TestClock clock = new TestClock(T0);
  private final InMemoryOrderStore store = new InMemoryOrderStore();
  private final List<IntakeAlert> alerts = new CopyOnWriteArrayList<>();
  private final Intake intake = Intake.builder().adapter(TestAdapter.of(ChannelId.TAOBAO))
      .adapter(TestAdapter.of(ChannelId.JD)).secrets(ChannelId.TAOBAO, TestOrders.SECRET)
      .store(store).clock(clock).alertSink(alerts::add).sleeper(d -> { })
      .circuitBreaker(new CircuitBreakerConfig(3, Duration.ofMinutes(5))).build();
  private int sequence;

  private Outcome forged() {
    byte[] body = json(order(ChannelId.TAOBAO, "F" + (++sequence)));
    return intake.process(Delivery.push(ChannelId.TAOBAO, body, TestAdapter.signedHeaders(body, "wrong", "f" + sequence),
        clock.instant()));
  }

  private Outcome broken() {
    byte[] body = ("{broken " + (++sequence)).getBytes(StandardCharsets.UTF_8);
    return intake.process(Delivery.pull(ChannelId.TAOBAO, body, clock.instant()));
  }

  private Outcome good(String id) {
    return intake.process(push(order(ChannelId.TAOBAO, id), "g-" + id));
  }

  @Test
  void threeForgedSignaturesInARowFreezeTheChannelAndParkWhatFollows() {
    forged();
    forged();
    assertThat(intake.circuit(ChannelId.TAOBAO)).isEqualTo(CircuitState.CLOSED);
    forged();

    assertThat(intake.circuit(ChannelId.TAOBAO)).isEqualTo(CircuitState.OPEN);
    assertThat(alerts).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(IntakeAlert.Kind.CIRCUIT_OPENED);
      assertThat(a.message()).contains("3 consecutive SIGNATURE_INVALID");
    });

    Outcome parked = good("2001");
    assertThat(parked.kind()).isEqualTo(Outcome.Kind.PARKED);
    assertThat(intake.parked(ChannelId.TAOBAO)).hasSize(1);
    assertThat(store.count()).isZero();
    assertThat(intake.process(push(order(ChannelId.JD, "9001"), "j-1")).kind()).isEqualTo(Outcome.Kind.IMPORTED);
    ChannelHealth h = intake.health(ChannelId.TAOBAO);
    assertThat(h.parked()).isEqualTo(1);
    assertThat(h.deadLetters()).isEqualTo(3);
    assertThat(h.accountedFor()).isTrue();
  }

  @Test
  void afterTheCoolDownOneTrialSucceedsAndTheParkedDeliveriesAreProcessed() {
    forged();
    forged();
    forged();
    good("2001");
    good("2002");
    clock.advance(Duration.ofMinutes(4));
    assertThat(intake.drain()).isZero();
    assertThat(intake.circuit(ChannelId.TAOBAO)).isEqualTo(CircuitState.OPEN);

    clock.advance(Duration.ofMinutes(1));
    assertThat(intake.drain()).isEqualTo(2);

    assertThat(intake.circuit(ChannelId.TAOBAO)).isEqualTo(CircuitState.CLOSED);
    assertThat(store.count()).isEqualTo(2);
    assertThat(intake.parked(ChannelId.TAOBAO)).isEmpty();
    assertThat(alerts).extracting(IntakeAlert::kind)
        .containsExactly(IntakeAlert.Kind.CIRCUIT_OPENED, IntakeAlert.Kind.CIRCUIT_CLOSED);
    ChannelHealth h = intake.health(ChannelId.TAOBAO);
    assertThat(h.parked()).isZero();
    assertThat(h.imported()).isEqualTo(2);
    assertThat(h.received()).isEqualTo(5);
    assertThat(h.accountedFor()).isTrue();
  }

  @Test
  void aFailedTrialFreezesTheChannelAgain() {
    forged();
    forged();
    forged();
    clock.advance(Duration.ofMinutes(6));

    Outcome trial = forged();

    assertThat(trial.kind()).isEqualTo(Outcome.Kind.DEAD_LETTERED);
    assertThat(intake.circuit(ChannelId.TAOBAO)).isEqualTo(CircuitState.OPEN);
    assertThat(good("2001").kind()).isEqualTo(Outcome.Kind.PARKED);
    assertThat(alerts).extracting(IntakeAlert::kind)
        .containsExactly(IntakeAlert.Kind.CIRCUIT_OPENED, IntakeAlert.Kind.CIRCUIT_OPENED);
  }

  @Test
  void theHostCanCloseTheCircuit() {
    forged();
    forged();
    forged();
    good("2001");

    assertThat(intake.closeCircuit(ChannelId.TAOBAO)).isEqualTo(1);
    assertThat(intake.circuit(ChannelId.TAOBAO)).isEqualTo(CircuitState.CLOSED);
    intake.drain();

    assertThat(store.count()).isEqualTo(1);
    assertThat(alerts).extracting(IntakeAlert::kind).last().isEqualTo(IntakeAlert.Kind.CIRCUIT_CLOSED);
    assertThat(intake.health(ChannelId.TAOBAO).accountedFor()).isTrue();
  }

  @Test
  void differentAnomaliesOrAGoodDeliveryInBetweenDoNotFreeze() {
    forged();
    broken();
    forged();
    broken();
    good("2001");
    forged();
    forged();

    assertThat(intake.circuit(ChannelId.TAOBAO)).isEqualTo(CircuitState.CLOSED);
    assertThat(alerts).isEmpty();
    broken();
    broken();
    broken();
    assertThat(intake.circuit(ChannelId.TAOBAO)).isEqualTo(CircuitState.OPEN);
    assertThat(alerts.get(0).message()).contains("PAYLOAD_INVALID");
  }

  @Test
  void aDuplicateCountsAsAHealthyDelivery() {
    good("2001");
    forged();
    forged();
    good("2001");
    forged();
    forged();
    assertThat(intake.circuit(ChannelId.TAOBAO)).isEqualTo(CircuitState.CLOSED);
  }

  @Test
  void replayingADeadLetterWhileFrozenParksIt() {
    intake.process(Delivery.push(ChannelId.JD, new byte[] {'{'}, Map.of(), T0));
    forged();
    forged();
    forged();

    List<Outcome> outcomes = intake.replayDeadLetters(dl -> dl.channel().equals(ChannelId.TAOBAO));

    assertThat(outcomes).extracting(Outcome::kind).containsOnly(Outcome.Kind.PARKED);
    assertThat(intake.deadLetters()).singleElement().extracting(DeadLetter::channel).isEqualTo(ChannelId.JD);
    ChannelHealth h = intake.health(ChannelId.TAOBAO);
    assertThat(h.parked()).isEqualTo(3);
    assertThat(h.deadLetters()).isZero();
    assertThat(h.accountedFor()).isTrue();
  }
}
