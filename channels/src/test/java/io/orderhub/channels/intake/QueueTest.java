package io.orderhub.channels.intake;

import static io.orderhub.channels.intake.TestOrders.order;
import static io.orderhub.channels.intake.TestOrders.push;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.ChannelId;
import io.orderhub.core.store.InMemoryOrderStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bounded queue: explicit backpressure, host-driven drains, or drains on the host's executor. */
class QueueTest {
  private final InMemoryOrderStore store = new InMemoryOrderStore();

  private Intake.Builder builder() {
    return Intake.builder().adapter(TestAdapter.of(ChannelId.TAOBAO)).secrets(ChannelId.TAOBAO, TestOrders.SECRET)
        .store(store).clock(new TestClock(TestOrders.T0)).queueCapacity(2);
  }

  @Test
  void aFullQueueRejectsAndTakesNothingUntilDrained() {
    Intake intake = builder().build();

    assertThat(intake.offer(push(order(ChannelId.TAOBAO, "1"), "d1"))).isEqualTo(OfferResult.ACCEPTED);
    assertThat(intake.offer(push(order(ChannelId.TAOBAO, "2"), "d2"))).isEqualTo(OfferResult.ACCEPTED);
    assertThat(intake.offer(push(order(ChannelId.TAOBAO, "3"), "d3"))).isEqualTo(OfferResult.REJECTED_RETRY_LATER);
    assertThat(intake.queued()).isEqualTo(2);
    assertThat(intake.rejectedOffers()).isEqualTo(1);
    assertThat(store.count()).isZero();
    assertThat(intake.health(ChannelId.TAOBAO).received()).isZero();

    assertThat(intake.drain(1)).isEqualTo(1);
    assertThat(intake.offer(push(order(ChannelId.TAOBAO, "3"), "d3"))).isEqualTo(OfferResult.ACCEPTED);
    assertThat(intake.drain()).isEqualTo(2);

    assertThat(store.count()).isEqualTo(3);
    assertThat(intake.queued()).isZero();
    assertThat(intake.queueCapacity()).isEqualTo(2);
  }

  @Test
  void withAnExecutorAcceptedOffersAreDrainedOnIt() throws InterruptedException {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Intake intake = builder().queueCapacity(1000).executor(pool).build();
      List<OfferResult> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(intake.offer(push(order(ChannelId.TAOBAO, "o" + i), "d" + i)));
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      intake.drain(); // offers accepted while the last scheduled drain was finishing
      assertThat(results).containsOnly(OfferResult.ACCEPTED);
      assertThat(store.count()).isEqualTo(200);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anExecutorThatRefusesLeavesTheDeliveryQueuedForTheHost() {
    Intake intake = builder().executor(r -> { throw new RejectedExecutionException("pool full"); }).build();

    assertThat(intake.offer(push(order(ChannelId.TAOBAO, "1"), "d1"))).isEqualTo(OfferResult.ACCEPTED);
    assertThat(intake.queued()).isEqualTo(1);
    assertThat(intake.drain()).isEqualTo(1);
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void aDirectExecutorProcessesOnTheOfferingThread() {
    Intake intake = builder().executor(Runnable::run).build();
    for (int i = 0; i < 10; i++) {
      assertThat(intake.offer(push(order(ChannelId.TAOBAO, "o" + i), "d" + i))).isEqualTo(OfferResult.ACCEPTED);
    }
    assertThat(store.count()).isEqualTo(10);
    assertThat(intake.queued()).isZero();
  }
}
