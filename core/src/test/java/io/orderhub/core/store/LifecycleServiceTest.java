package io.orderhub.core.store;

import static io.orderhub.core.store.TestOrders.T0;
import static io.orderhub.core.store.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.lifecycle.EventPayload;
import io.orderhub.core.lifecycle.EventSource;
import io.orderhub.core.lifecycle.HistoryEntry;
import io.orderhub.core.lifecycle.LifecycleEvent;
import io.orderhub.core.lifecycle.LifecycleRecord;
import io.orderhub.core.lifecycle.LifecycleResult;
import io.orderhub.core.lifecycle.OrderEventType;
import io.orderhub.core.lifecycle.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LifecycleServiceTest {
  static final Instant NOW = T0.plusSeconds(7200);

  final InMemoryOrderStore orders = new InMemoryOrderStore();
  final InMemoryLifecycleStore records = new InMemoryLifecycleStore();
  final LifecycleService service = LifecycleService.builder(orders, records)
      .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

  static LifecycleEvent event(String id, EventSource source, OrderEventType type) {
    return LifecycleEvent.of(id, source, type, T0.plusSeconds(600));
  }

  @Test
  void firstEventStartsTheRecordFromTheOrderAndMovesTheOrder() {
    Order stored = orders.insert(order("1", OrderStatus.PAID));
    assertThat(service.record(stored.id()).enteredAt()).isEqualTo(T0.plusSeconds(30));
    assertThat(records.count()).isZero();

    LifecycleResult r = service.fire(stored.id(), event("w1", EventSource.WMS, OrderEventType.LOCK_STOCK));
    assertThat(r.outcome()).isEqualTo(Outcome.APPLIED);
    assertThat(r.record().version()).isEqualTo(2);
    assertThat(r.record().startedAt()).isEqualTo(T0.plusSeconds(30));
    assertThat(r.record().history()).singleElement().satisfies(h -> assertThat(h.recordedAt()).isEqualTo(NOW));
    assertThat(records.get(stored.id())).contains(r.record());
    assertThat(orders.get(stored.id()).orElseThrow().status()).isEqualTo(OrderStatus.STOCK_LOCKED);
    assertThat(service.record(stored.id())).isEqualTo(r.record());
  }

  @Test
  void aDuplicateIsRecordedButLeavesTheOrderAlone() {
    Order stored = orders.insert(order("1", OrderStatus.PAID));
    service.fire(stored.id(), event("w1", EventSource.WMS, OrderEventType.LOCK_STOCK));
    long version = orders.get(stored.id()).orElseThrow().version();
    LifecycleResult again = service.fire(stored.id(), event("w1", EventSource.WMS, OrderEventType.LOCK_STOCK));
    assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(orders.get(stored.id()).orElseThrow().version()).isEqualTo(version);
    assertThat(again.record().history()).hasSize(2);
  }

  @Test
  void listsAReviewQueueLongestHeldFirst() {
    OrderId a = orders.insert(order("a", OrderStatus.PAID)).id();
    OrderId b = orders.insert(order("b", OrderStatus.PAID)).id();
    OrderId c = orders.insert(order("c", OrderStatus.PAID)).id();
    EventPayload risk = EventPayload.builder().reviewQueue("risk").holdReason("velocity").build();
    service.fire(a, LifecycleEvent.of("h", EventSource.RULE, OrderEventType.HOLD, T0.plusSeconds(900), risk));
    service.fire(b, LifecycleEvent.of("h", EventSource.RULE, OrderEventType.HOLD, T0.plusSeconds(300), risk));
    service.fire(c, event("h", EventSource.PERSON, OrderEventType.HOLD));
    assertThat(service.heldIn("risk")).extracting(LifecycleRecord::orderId).containsExactly(b, a);
    assertThat(service.heldIn("default")).extracting(LifecycleRecord::orderId).containsExactly(c);
    assertThat(orders.byStatus(OrderStatus.ON_HOLD)).hasSize(3);
  }

  @Test
  void anUnknownOrderIsNotFound() {
    assertThatThrownBy(() -> service.fire(OrderId.of("nope"), event("x", EventSource.WMS, OrderEventType.PAY)))
        .isInstanceOfSatisfying(OrderNotFoundException.class, e -> assertThat(e.orderId()).isEqualTo(OrderId.of("nope")));
  }

  /** A record store that loses the first {@code losses} updates to a concurrent writer. */
  static final class RacingStore implements LifecycleStore {
    final InMemoryLifecycleStore delegate = new InMemoryLifecycleStore();
    final AtomicInteger losses;

    RacingStore(int losses) {
      this.losses = new AtomicInteger(losses);
    }

    @Override
    public Optional<LifecycleRecord> get(OrderId orderId) {
      return delegate.get(orderId);
    }

    @Override
    public LifecycleRecord insert(LifecycleRecord record) {
      return delegate.insert(record);
    }

    @Override
    public LifecycleRecord update(LifecycleRecord record) {
      if (losses.getAndDecrement() > 0) {
        delegate.update(delegate.get(record.orderId()).orElseThrow()); // somebody else wrote first
      }
      return delegate.update(record);
    }

    @Override
    public List<LifecycleRecord> byStatus(OrderStatus status) {
      return delegate.byStatus(status);
    }

    @Override
    public List<LifecycleRecord> stalledSince(Instant instant) {
      return delegate.stalledSince(instant);
    }

    @Override
    public long count() {
      return delegate.count();
    }
  }

  @Test
  void aLostRaceIsRetriedFromAFreshRead() {
    RacingStore racing = new RacingStore(2);
    LifecycleService s = LifecycleService.builder(orders, racing).maxAttempts(3).build();
    Order stored = orders.insert(order("1", OrderStatus.PAID));
    LifecycleResult r = s.fire(stored.id(), event("w1", EventSource.WMS, OrderEventType.LOCK_STOCK));
    assertThat(r.to()).isEqualTo(OrderStatus.STOCK_LOCKED);
    assertThat(racing.get(stored.id()).orElseThrow().history()).hasSize(1);
  }

  @Test
  void givesUpAfterTheLastAttemptWithoutWriting() {
    RacingStore racing = new RacingStore(5);
    LifecycleService s = LifecycleService.builder(orders, racing).maxAttempts(3).build();
    Order stored = orders.insert(order("1", OrderStatus.PAID));
    assertThatThrownBy(() -> s.fire(stored.id(), event("w1", EventSource.WMS, OrderEventType.LOCK_STOCK)))
        .isInstanceOf(StaleVersionException.class);
    assertThat(racing.get(stored.id()).orElseThrow().history()).isEmpty();
    assertThat(orders.get(stored.id()).orElseThrow().status()).isEqualTo(OrderStatus.PAID);
  }

  @Test
  void theBuilderChecksItsValues() {
    assertThatThrownBy(() -> LifecycleService.builder(orders, records).maxAttempts(0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("maxAttempts");
  }

  @Test
  void manyThreadsFiringAtTheSameOrdersLoseNoUpdate() throws Exception {
    int threads = 8;
    int orderCount = 5;
    int eventsPerThread = 40;
    List<OrderId> ids = new ArrayList<>();
    for (int i = 0; i < orderCount; i++) {
      ids.add(orders.insert(order("c" + i, OrderStatus.PAID)).id());
    }
    LifecycleService s = LifecycleService.builder(orders, records).maxAttempts(1000).build();
    OrderEventType[] types = {OrderEventType.MODIFY, OrderEventType.LOCK_STOCK, OrderEventType.ASSIGN_WAREHOUSE,
        OrderEventType.HOLD, OrderEventType.RELEASE, OrderEventType.START_PACKING};
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < eventsPerThread; i++) {
          OrderId id = ids.get((thread + i) % orderCount);
          s.fire(id, LifecycleEvent.of("t" + thread + "-" + i, EventSource.PERSON, types[(thread * 7 + i) % types.length],
              T0.plusSeconds(i)));
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    long total = 0;
    for (OrderId id : ids) {
      LifecycleRecord r = records.get(id).orElseThrow();
      List<String> delivered = r.history().stream().filter(h -> h.outcome() != Outcome.IMPLIED)
          .map(HistoryEntry::eventId).collect(Collectors.toList());
      assertThat(delivered).doesNotHaveDuplicates();
      total += delivered.size();
      assertThat(r.version()).isEqualTo(delivered.size() + 1);
      assertThat(orders.get(id).orElseThrow().status()).isEqualTo(r.status());
    }
    assertThat(total).isEqualTo((long) threads * eventsPerThread);
  }
}
