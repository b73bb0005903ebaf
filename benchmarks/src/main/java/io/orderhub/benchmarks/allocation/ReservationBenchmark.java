package io.orderhub.benchmarks.allocation;

import io.orderhub.allocation.InventoryPool;
import io.orderhub.allocation.Reservation;
import io.orderhub.allocation.ReservationRequest;
import io.orderhub.allocation.StockKey;
import io.orderhub.core.OrderId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Concurrent reservation throughput on 2 threads: reserve 2 positions all-or-nothing, then release,
 * on a <em>hot</em> SKU (both threads hit the same positions, as in a live-stream flash sale) and on
 * <em>cold</em> SKUs (each thread its own positions). No Maven library does inventory reservation,
 * so the comparison is against the naive correct approach the reference file warns about: the same
 * pool over a {@link GlobalLockStore}, one lock around all stock (same bookkeeping, only the locking
 * differs).
 *
 * <ul>
 *   <li>{@link #orderhubHot} vs {@link #globalLockHot}: both threads want the same two positions, so
 *       both designs serialise; expect similar throughput;
 *   <li>{@link #orderhubCold} vs {@link #globalLockCold}: OrderHub's per-position locks (taken in key
 *       order) let the two threads run in parallel where the global lock queues them. Target: OrderHub
 *       cold at least 1.5× the global lock's cold throughput, and above OrderHub hot.
 * </ul>
 *
 * OrderHub's pool keeps finished reservations (so a second release is a typed error) until purged;
 * each thread purges every 4,096 operations, and that cost is included.
 *
 * <p>The two designs differ only inside the store's critical sections, so the comparison shows a
 * difference only when those sections are a real share of a call: work done outside them (building
 * the request and the reservation, its id) is paid by both and lets a global lock go uncontested.
 * The cold positions are disjoint per thread (that is what "cold" needs: no position shared, not
 * many positions).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ReservationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
public class ReservationBenchmark {
  private static final long PLENTY = 1_000_000_000L;

  private InventoryPool pool;
  private InventoryPool global;
  private final AtomicInteger threads = new AtomicInteger();

  /** Per-thread positions: the same hot pair for everyone, a private cold pair per thread. */
  @State(Scope.Thread)
  public static class Positions {
    Map<StockKey, Long> hot;
    Map<StockKey, Long> cold;
    OrderId owner;
    int ops;

    @Setup
    public void setUp(ReservationBenchmark shared) {
      int t = shared.threads.getAndIncrement();
      hot = Map.of(StockKey.of("WH-A", "HOT-1"), 1L, StockKey.of("WH-B", "HOT-2"), 1L);
      cold = Map.of(StockKey.of("WH-A", "COLD-" + t), 1L, StockKey.of("WH-B", "COLD-" + t), 1L);
      owner = OrderId.of("bench-" + t);
      for (Map<StockKey, Long> m : java.util.List.of(hot, cold)) {
        for (StockKey k : m.keySet()) {
          synchronized (shared) {
            if (shared.pool.level(k).onHand() == 0) {
              shared.pool.setOnHand(k, PLENTY);
              shared.global.setOnHand(k, PLENTY);
            }
          }
        }
      }
    }
  }

  @Setup
  public void setUp() {
    pool = InventoryPool.inMemory(Clock.fixed(Instant.parse("2026-11-11T02:00:00Z"), ZoneOffset.UTC));
    global = InventoryPool.builder().store(new GlobalLockStore()).clock(pool.clock()).build();
  }

  private static Reservation reserveAndRelease(InventoryPool target, Positions p, Map<StockKey, Long> quantities) {
    ReservationRequest.Builder b = ReservationRequest.builder(p.owner);
    quantities.forEach(b::add);
    Reservation r = target.reserve(b.build());
    target.release(r.id());
    if ((++p.ops & 4095) == 0) {
      target.purgeFinished(Duration.ZERO); // finished reservations are kept until purged
    }
    return r;
  }

  @Benchmark
  public Reservation orderhubHot(Positions p) {
    return reserveAndRelease(pool, p, p.hot);
  }

  @Benchmark
  public Reservation orderhubCold(Positions p) {
    return reserveAndRelease(pool, p, p.cold);
  }

  @Benchmark
  public Reservation globalLockHot(Positions p) {
    return reserveAndRelease(global, p, p.hot);
  }

  @Benchmark
  public Reservation globalLockCold(Positions p) {
    return reserveAndRelease(global, p, p.cold);
  }
}
