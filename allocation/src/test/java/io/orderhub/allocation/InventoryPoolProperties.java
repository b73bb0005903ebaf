package io.orderhub.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.allocation.spi.InventoryStore;
import io.orderhub.allocation.spi.StockCount;
import io.orderhub.core.OrderId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random stock, then 8 threads running random reserve / release / commit / expire-sweep sequences
 * against one pool (threads release and commit each other's reservations too): no position is ever
 * oversold, and afterwards stock is conserved.
 */
class InventoryPoolProperties {
  private static final int THREADS = 8;
  private static final int OPS = 150;
  private static final List<StockKey> KEYS = List.of(
      StockKey.of("WH-A", "S1"), StockKey.of("WH-A", "S2"), StockKey.of("WH-A", "S3"),
      StockKey.of("WH-B", "S1"), StockKey.of("WH-B", "S2"), StockKey.of("WH-B", "S3"));

  @Property(tries = 80)
  void concurrentReservationsNeverOversellAndConserveStock(
      @ForAll @Size(6) List<@IntRange(min = 0, max = 40) Integer> onHand,
      @ForAll boolean ratioBuffer,
      @ForAll @IntRange(min = 0, max = 3) int safetyStock,
      @ForAll long seed) throws Exception {
    TestClock clock = new TestClock();
    InventoryStore store = InventoryStore.inMemory();
    BufferPolicy buffers = BufferPolicy.of(ratioBuffer ? StockBuffer.ratio("0.9") : StockBuffer.safetyStock(safetyStock));
    InventoryPool pool = InventoryPool.builder().store(store).buffers(buffers).clock(clock)
        .reservationTtl(Duration.ofSeconds(30)).build();
    Map<StockKey, Long> before = new HashMap<>();
    for (int k = 0; k < KEYS.size(); k++) {
      pool.setOnHand(KEYS.get(k), onHand.get(k));
      before.put(KEYS.get(k), (long) onHand.get(k));
    }
    Map<StockKey, AtomicLong> committed = new ConcurrentHashMap<>();
    KEYS.forEach(k -> committed.put(k, new AtomicLong()));
    List<ReservationId> made = Collections.synchronizedList(new ArrayList<>());
    List<String> violations = Collections.synchronizedList(new ArrayList<>());
    AtomicLong typedErrors = new AtomicLong();

    ExecutorService executor = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Random random = new Random(seed * 31 + t);
        int thread = t;
        futures.add(executor.submit(() -> {
          start.await();
          for (int i = 0; i < OPS; i++) {
            int op = random.nextInt(10);
            if (op < 5) {
              ReservationRequest.Builder b = ReservationRequest.builder(OrderId.of("o" + thread + "-" + i))
                  .ttl(Duration.ofSeconds(1 + random.nextInt(60)));
              int positions = 1 + random.nextInt(3);
              for (int p = 0; p < positions; p++) {
                b.add(KEYS.get(random.nextInt(KEYS.size())), 1 + random.nextInt(6));
              }
              try {
                made.add(pool.reserve(b.build()).id());
              } catch (InsufficientStockException expected) {
                // refused as a whole
              }
            } else if (op < 9) {
              ReservationId id;
              synchronized (made) {
                if (made.isEmpty()) {
                  continue;
                }
                id = made.get(random.nextInt(made.size()));
              }
              try {
                if (op < 7) {
                  pool.release(id);
                } else {
                  Reservation r = pool.commit(id);
                  r.quantities().forEach((k, q) -> committed.get(k).addAndGet(q));
                }
              } catch (ReservationStateException finishedAlready) {
                typedErrors.incrementAndGet();
              }
            } else {
              clock.advance(Duration.ofSeconds(random.nextInt(5)));
              pool.sweepExpired();
            }
            for (StockKey k : KEYS) {
              StockCount c = store.count(k);
              long sellable = buffers.bufferFor(k).capacity(c.onHand()) - c.reserved();
              if (sellable < 0 || c.reserved() > c.onHand()) {
                violations.add(k + " " + c + " sellable " + sellable);
              }
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      executor.shutdownNow();
    }

    assertThat(violations).isEmpty();
    Map<StockKey, Long> live = new HashMap<>();
    for (Reservation r : pool.liveReservations()) {
      r.quantities().forEach((k, q) -> live.merge(k, q, Long::sum));
    }
    for (StockKey k : KEYS) {
      StockLevel level = pool.level(k);
      assertThat(level.onHand()).as("conservation at %s", k).isEqualTo(before.get(k) - committed.get(k).get());
      assertThat(level.reserved()).as("reserved at %s", k).isEqualTo(live.getOrDefault(k, 0L));
    }
    for (ReservationId id : made) {
      Reservation r = pool.reservation(id).orElseThrow();
      if (r.state() == ReservationState.ACTIVE) {
        assertThat(pool.liveReservations()).contains(r);
      }
    }
  }
}
