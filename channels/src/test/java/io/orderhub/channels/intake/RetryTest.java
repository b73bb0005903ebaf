package io.orderhub.channels.intake;

import static io.orderhub.channels.intake.TestOrders.T0;
import static io.orderhub.channels.intake.TestOrders.order;
import static io.orderhub.channels.intake.TestOrders.push;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.channels.intake.spi.DeadLetterSink;
import io.orderhub.core.ChannelId;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Order;
import io.orderhub.core.store.DuplicateOrderException;
import io.orderhub.core.store.StaleVersionException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Transient store failures: backoff with jitter, exhaustion into the dead-letter sink, replay. */
class RetryTest {
  private final TestClock clock = new TestClock(T0);
  private final FlakyStore store = new FlakyStore();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final RetryPolicy policy = RetryPolicy.builder().maxAttempts(4).initialDelay(Duration.ofMillis(100))
      .multiplier(2.0).maxDelay(Duration.ofMillis(250)).jitter(0.5).seed(42).build();

  private Intake intake() {
    return Intake.builder().adapter(TestAdapter.of(ChannelId.TAOBAO)).secrets(ChannelId.TAOBAO, TestOrders.SECRET)
        .store(store).clock(clock).retryPolicy(policy).sleeper(waits::add).build();
  }

  @Test
  void aStoreThatComesBackIsRetriedWithGrowingJitteredWaits() {
    Intake intake = intake();
    store.failures.set(3);

    Outcome outcome = intake.process(push(order(ChannelId.TAOBAO, "1001"), "d-1"));

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.IMPORTED);
    assertThat(store.writes.get()).isEqualTo(4);
    assertThat(waits).hasSize(3);
    assertThat(waits.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    assertThat(waits.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(waits.get(2)).isBetween(Duration.ofMillis(125), Duration.ofMillis(250));
  }

  @Test
  void theSameSeedGivesTheSameWaits() {
    RetryPolicy same = policy.toBuilder().build();
    RetryPolicy other = policy.toBuilder().seed(43).build();
    assertThat(same.delayAfter(2, 77)).isEqualTo(policy.delayAfter(2, 77));
    assertThat(List.of(other.delayAfter(1, 77), other.delayAfter(2, 77), other.delayAfter(3, 77)))
        .isNotEqualTo(List.of(policy.delayAfter(1, 77), policy.delayAfter(2, 77), policy.delayAfter(3, 77)));
  }

  @Test
  void afterTheLastAttemptTheDeliveryIsDeadLetteredAndCanBeReplayed() {
    Intake intake = intake();
    store.failures.set(100);
    Order o = order(ChannelId.TAOBAO, "1001");

    Outcome outcome = intake.process(push(o, "d-1"));

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.DEAD_LETTERED);
    DeadLetter dl = intake.deadLetters().get(0);
    assertThat(dl.reason()).isEqualTo(DeadLetterReason.RETRIES_EXHAUSTED);
    assertThat(dl.attempts()).isEqualTo(4);
    assertThat(dl.error()).contains("database failing over");
    assertThat(waits).hasSize(3);
    assertThat(intake.circuit(ChannelId.TAOBAO)).isEqualTo(CircuitState.CLOSED);

    store.failures.set(0);
    List<Outcome> replayed = intake.replayDeadLetters(d -> d.reason() == DeadLetterReason.RETRIES_EXHAUSTED);

    assertThat(replayed).extracting(Outcome::kind).containsExactly(Outcome.Kind.IMPORTED);
    assertThat(intake.deadLetters()).isEmpty();
    assertThat(store.find(ChannelId.TAOBAO, o.externalId())).isPresent();
    ChannelHealth h = intake.health(ChannelId.TAOBAO);
    assertThat(h.deadLetters()).isZero();
    assertThat(h.replayed()).isEqualTo(1);
    assertThat(h.imported()).isEqualTo(1);
    assertThat(h.accountedFor()).isTrue();
  }

  @Test
  void deadLettersKeptByAnotherNodeCanBeReplayedHereAndCountAsReceivedHere() {
    DeadLetterSink shared = DeadLetterSink.inMemory();
    Intake nodeA = Intake.builder().name("node-a").adapter(TestAdapter.of(ChannelId.TAOBAO)).store(store)
        .clock(clock).retryPolicy(policy).sleeper(waits::add).deadLetterSink(shared).build();
    store.failures.set(100);
    nodeA.process(push(order(ChannelId.TAOBAO, "1001"), "d-1"));
    store.failures.set(0);
    Intake nodeB = Intake.builder().name("node-b").adapter(TestAdapter.of(ChannelId.TAOBAO)).store(store)
        .clock(clock).deadLetterSink(shared).build();

    List<Outcome> replayed = nodeB.replayDeadLetters(dl -> true);

    assertThat(replayed).extracting(Outcome::kind).containsExactly(Outcome.Kind.IMPORTED);
    assertThat(shared.list()).isEmpty();
    ChannelHealth b = nodeB.health(ChannelId.TAOBAO);
    assertThat(b.received()).isEqualTo(1);
    assertThat(b.replayed()).isEqualTo(1);
    assertThat(b.accountedFor()).isTrue();
    assertThat(nodeA.health(ChannelId.TAOBAO).deadLetters()).isEqualTo(1); // node A cannot know
  }

  @Test
  void aFailedDeliveryIsNotRememberedAsDoneSoARedeliveryIsImported() {
    Intake intake = intake();
    store.failures.set(100);
    intake.process(push(order(ChannelId.TAOBAO, "1001"), "d-1"));
    store.failures.set(0);

    assertThat(intake.process(push(order(ChannelId.TAOBAO, "1001"), "d-1")).kind()).isEqualTo(Outcome.Kind.IMPORTED);
  }

  @Test
  void aPermanentStoreFailureIsDeadLetteredAtOnce() {
    Intake intake = intake();
    store.failures.set(1);
    store.failure = () -> new IllegalStateException("constraint violated");

    Outcome outcome = intake.process(push(order(ChannelId.TAOBAO, "1001"), "d-1"));

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.DEAD_LETTERED);
    assertThat(intake.deadLetters().get(0).reason()).isEqualTo(DeadLetterReason.STORE_FAILED);
    assertThat(intake.deadLetters().get(0).attempts()).isEqualTo(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void aLostRaceIsReReadAndDecidedAgain() {
    Intake intake = intake();
    intake.process(push(order(ChannelId.TAOBAO, "1001", "99.00", T0), "d-1"));
    store.failures.set(1);
    store.failure = () -> new StaleVersionException(io.orderhub.core.OrderId.of("taobao-1001"), 1, 2);

    Outcome outcome = intake.process(push(order(ChannelId.TAOBAO, "1001", "89.00", T0.plusSeconds(5)), "d-2"));

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UPDATED);
    assertThat(waits).hasSize(1);
  }

  @Test
  void aLostInsertRaceIsReReadAtOnceWithoutWaiting() {
    Intake intake = intake();
    Order o = order(ChannelId.TAOBAO, "1001");
    store.failures.set(1);
    store.failure = () -> { // another thread inserts the same order between this one's find and insert
      store.delegate.insert(o);
      return new DuplicateOrderException(o.id(), "inserted by another thread");
    };

    Outcome outcome = intake.process(push(o, "d-1"));

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.DUPLICATE);
    assertThat(waits).isEmpty();
    assertThat(store.count()).isEqualTo(1);
    assertThat(intake.health(ChannelId.TAOBAO).accountedFor()).isTrue();
  }

  @Test
  void aRepeatedInsertConflictBacksOffAsUsual() {
    Intake intake = intake();
    store.failures.set(2);
    store.failure = () -> new DuplicateOrderException(io.orderhub.core.OrderId.of("taobao-1001"), "same id");

    Outcome outcome = intake.process(push(order(ChannelId.TAOBAO, "1001"), "d-1"));

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.IMPORTED);
    assertThat(store.writes.get()).isEqualTo(3);
    assertThat(waits).hasSize(1);
  }

  @Test
  void anInterruptedWaitDeadLettersInsteadOfLosingTheDelivery() {
    Intake intake = Intake.builder().adapter(TestAdapter.of(ChannelId.TAOBAO)).store(store).clock(clock)
        .retryPolicy(policy).sleeper(d -> { throw new InterruptedException(); }).build();
    store.failures.set(1);

    Outcome outcome = intake.process(push(order(ChannelId.TAOBAO, "1001"), "d-1"));

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.DEAD_LETTERED);
    assertThat(intake.deadLetters().get(0).error()).contains("interrupted");
    assertThat(Thread.interrupted()).isTrue();
  }

  @Test
  void policySettersNameTheBadValue() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("maxAttempts: \"0\"");
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("jitter");
    assertThatThrownBy(() -> RetryPolicy.builder().initialDelay(Duration.ofSeconds(5)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("maxDelay");
  }
}
