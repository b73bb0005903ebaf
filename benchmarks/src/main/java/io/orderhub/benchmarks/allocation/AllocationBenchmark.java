package io.orderhub.benchmarks.allocation;

import io.orderhub.allocation.Allocation;
import io.orderhub.allocation.Allocator;
import io.orderhub.allocation.Explanation;
import io.orderhub.core.Address;
import io.orderhub.core.Amounts;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
 * Allocating one 3-line order among 50 warehouses, on one thread. No peer library allocates
 * inventory (the OMSs of the reference file are whole applications, not Maven libraries), so the
 * numbers stand alone against the target: <b>at least 200,000 allocations per second on one core</b>
 * for {@link #plan}.
 *
 * <ul>
 *   <li>{@link #plan}: the full decision — hard filters over all 50 warehouses (route to the
 *       destination, hazardous goods, daily cap, waybills, stock of 3 SKUs read from the pool), 4
 *       normalised factors, ranking, then single / split / backorder — without reserving;
 *   <li>{@link #planAndExplain}: the same plus rendering the explanation objects (50 candidates × 4
 *       factors and verdicts), which {@link Allocation#explanation()} otherwise defers until asked;
 *   <li>{@link #allocateAndRelease}: decision, all-or-nothing reservation, waybill and cap counters,
 *       then the release, so the stock never runs out.
 * </ul>
 *
 * 50 warehouses in 10 provinces with two carriers each; 200 SKUs with stock in a random half of the
 * warehouses (seeded, so every run sees the same world); orders of 3 random SKUs to random provinces.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar AllocationBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AllocationBenchmark {
  private static final List<String> PROVINCES = Worlds.PROVINCES;
  private static final int SKUS = 200;
  private static final int ORDERS = 1024;

  private Allocator allocator;
  private Order[] orders;
  private int next;
  private int ops;

  @Setup
  public void setUp() {
    Random random = new Random(20261111L);
    Clock clock = Clock.fixed(Instant.parse("2026-11-11T02:00:00Z"), ZoneOffset.UTC);
    allocator = Worlds.fiftyWarehouses(random, clock, SKUS);
    orders = new Order[ORDERS];
    Money price = Money.cny("10.00");
    for (int o = 0; o < ORDERS; o++) {
      Order.Builder b = Order.builder().channel(ChannelId.TAOBAO).externalId("B" + o).status(OrderStatus.PAID)
          .createdAt(clock.instant()).amounts(Amounts.of(price.times(3)))
          .shippingAddress(Address.builder().province(PROVINCES.get(random.nextInt(PROVINCES.size()))).build());
      for (int l = 0; l < 3; l++) {
        b.line(OrderLine.builder().lineId(o + "-" + l).sku("SKU-" + random.nextInt(SKUS)).title("item")
            .quantity(1 + random.nextInt(3)).unitPrice(price).build());
      }
      orders[o] = b.build();
    }
  }

  private Order nextOrder() {
    Order o = orders[next];
    next = (next + 1) & (ORDERS - 1);
    return o;
  }

  /** The allocation decision for one order (target: 200,000 per second or more). */
  @Benchmark
  public Allocation plan() {
    return allocator.plan(nextOrder());
  }

  /** The decision plus the full explanation. */
  @Benchmark
  public Explanation planAndExplain() {
    return allocator.plan(nextOrder()).explanation();
  }

  /**
   * Decision, reservation and counters, then the release. The pool keeps released reservations (a
   * second release is a typed error) until purged, so, like {@link ReservationBenchmark}, this purges
   * every 4,096 operations (cost included); without it the reservation table grew by every call of
   * the run and the benchmark measured that growth and its garbage collection.
   */
  @Benchmark
  public Allocation allocateAndRelease() {
    Allocation a = allocator.allocate(nextOrder());
    a.reservation().ifPresent(id -> allocator.pool().release(id));
    if (a.reservation().isEmpty()) {
      allocator.cancelBackorder(a.orderId());
    }
    if ((++ops & 4095) == 0) {
      allocator.pool().purgeFinished(Duration.ZERO);
    }
    return a;
  }
}
