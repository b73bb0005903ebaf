package io.orderhub.channels.intake;

import static io.orderhub.channels.intake.TestOrders.T0;
import static io.orderhub.channels.intake.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.channels.spi.ChannelAdapter;
import io.orderhub.core.ChannelId;
import io.orderhub.core.ExternalOrderId;
import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.store.InMemoryOrderStore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * A promotion burst: 100,000 deliveries offered by 8 threads into a queue of 64, the senders retrying
 * every rejected offer, two host threads draining. Every delivery is accounted for.
 */
class BurstTest {
  private static final List<ChannelId> CHANNELS =
      List.of(ChannelId.TAOBAO, ChannelId.JD, ChannelId.DOUYIN, ChannelId.SHOPIFY);
  private static final int SENDERS = 8;
  private static final int PER_SENDER = 12_500;
  private static final int DISTINCT = 25_000;

  /** The payload is just the order number: the burst measures the intake's machinery, not JSON. */
  private static final class IdOnlyAdapter implements ChannelAdapter {
    private final ChannelId channel;
    private final Order prototype;

    IdOnlyAdapter(ChannelId channel) {
      this.channel = channel;
      this.prototype = order(channel, "prototype");
    }

    @Override
    public ChannelId channel() {
      return channel;
    }

    @Override
    public Order normalize(byte[] payload) {
      String externalId = new String(payload, StandardCharsets.US_ASCII);
      return prototype.toBuilder().id(OrderId.of(channel, ExternalOrderId.of(externalId)))
          .externalId(externalId).build();
    }
  }

  @Test
  void everyOfferedDeliveryEndsInExactlyOneOutcome() throws InterruptedException {
    InMemoryOrderStore store = new InMemoryOrderStore();
    Intake.Builder builder = Intake.builder().store(store).clock(new TestClock(T0)).queueCapacity(64);
    CHANNELS.forEach(c -> builder.adapter(new IdOnlyAdapter(c)));
    Intake intake = builder.build();
    List<byte[]> bodies = new ArrayList<>(DISTINCT);
    for (int i = 0; i < DISTINCT; i++) {
      bodies.add(("b" + i).getBytes(StandardCharsets.US_ASCII));
    }

    AtomicLong retries = new AtomicLong();
    CountDownLatch sendersDone = new CountDownLatch(SENDERS);
    List<Thread> threads = new ArrayList<>();
    for (int s = 0; s < SENDERS; s++) {
      int sender = s;
      threads.add(new Thread(() -> {
        for (int k = 0; k < PER_SENDER; k++) {
          int i = (sender * PER_SENDER + k) % DISTINCT;
          Delivery d = Delivery.push(CHANNELS.get(i % 4), bodies.get(i), Map.of(), T0);
          while (!intake.offer(d).isAccepted()) {
            retries.incrementAndGet();
            LockSupport.parkNanos(100_000); // "retry later": the sender backs off before re-sending
          }
        }
        sendersDone.countDown();
      }, "sender-" + s));
    }
    AtomicBoolean stop = new AtomicBoolean();
    for (int w = 0; w < 2; w++) {
      threads.add(new Thread(() -> {
        while (!stop.get() || intake.queued() > 0) {
          if (intake.drain(1_000) == 0) {
            LockSupport.parkNanos(100_000);
          }
        }
      }, "drainer-" + w));
    }
    threads.forEach(Thread::start);
    assertThat(sendersDone.await(60, TimeUnit.SECONDS)).isTrue();
    stop.set(true);
    for (Thread t : threads) {
      t.join(60_000);
      assertThat(t.isAlive()).isFalse();
    }

    long received = 0;
    long imported = 0;
    long duplicates = 0;
    for (ChannelHealth h : intake.health()) {
      assertThat(h.accountedFor()).isTrue();
      received += h.received();
      imported += h.imported();
      duplicates += h.duplicates();
    }
    assertThat(received).isEqualTo((long) SENDERS * PER_SENDER);
    assertThat(imported).isEqualTo(DISTINCT);
    assertThat(duplicates).isEqualTo((long) SENDERS * PER_SENDER - DISTINCT);
    assertThat(store.count()).isEqualTo(DISTINCT);
    assertThat(intake.rejectedOffers()).isEqualTo(retries.get()).isPositive();
    assertThat(intake.queued()).isZero();
  }
}
