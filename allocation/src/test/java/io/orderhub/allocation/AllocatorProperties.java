package io.orderhub.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Random warehouses (regions, routes, hazardous permission, caps, waybills, stock) and a random
 * stream of orders against one allocator. Each allocation is checked against ground truth taken
 * just before it: it never uses a warehouse a hard filter excludes, takes no more than was
 * sellable, covers the order exactly, and reserves exactly what it ships.
 */
class AllocatorProperties {
  private static final List<String> REGIONS = List.of("浙江", "广东", "四川", "北京");
  private static final List<String> SKUS = List.of("S1", "S2", "S3");

  @Property(tries = 300)
  void allocationsRespectFiltersAndCoverOrdersExactly(
      @ForAll @IntRange(min = 1, max = 9) int warehouses,
      @ForAll boolean transfer,
      @ForAll long seed) {
    Random random = new Random(seed);
    TestClock clock = new TestClock();
    InventoryPool pool = InventoryPool.builder().clock(clock).buffers(BufferPolicy.of(StockBuffer.ratio("0.8")))
        .build();
    AllocationConfig.Builder config = AllocationConfig.builder()
        .splitPolicy(transfer ? SplitPolicy.TRANSFER : SplitPolicy.SPLIT)
        .maxShipments(2 + random.nextInt(3));
    List<Warehouse> list = new ArrayList<>();
    for (int i = 0; i < warehouses; i++) {
      Warehouse.Builder w = Warehouse.builder("W" + i).region(REGIONS.get(random.nextInt(3)))
          .hazardousAllowed(random.nextBoolean())
          .dailyOrderCap(1 + random.nextInt(8)).ordersToday(random.nextInt(2))
          .waybills(random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(10)).onTimeRate(random.nextInt(101) / 100.0);
      for (String region : REGIONS.subList(0, 3)) {
        if (random.nextInt(4) > 0) {
          w.carrierDays(random.nextBoolean() ? "SF" : "ZTO", region, 1 + random.nextInt(4));
        }
      }
      if (random.nextInt(3) == 0) {
        w.carrierDays("EMS", "*", 5);
      }
      Warehouse built = w.build();
      list.add(built);
      config.warehouse(built);
      for (String sku : SKUS) {
        if (random.nextInt(4) > 0) {
          pool.setOnHand(StockKey.of(built.id(), Sku.of(sku)), random.nextInt(16));
        }
      }
    }
    Allocator allocator = Allocator.of(config.build(), pool);

    for (int n = 0; n < 6; n++) {
      Order order = TestOrders.random(random, "o" + n, REGIONS, SKUS, 3, 4);
      check(allocator, pool, list, order);
    }
  }

  /**
   * 8 threads allocate random orders against one allocator with scarce stock, waybills and caps:
   * nothing is oversold, no warehouse ships past its waybills or daily cap, and the stock reserved
   * equals what the returned allocations reserved.
   */
  @Property(tries = 25)
  void concurrentAllocationsNeverOversell(@ForAll long seed) throws Exception {
    Random random = new Random(seed);
    TestClock clock = new TestClock();
    InventoryPool pool = InventoryPool.builder().clock(clock).buffers(BufferPolicy.of(StockBuffer.safetyStock(1)))
        .build();
    AllocationConfig.Builder config = AllocationConfig.builder();
    List<Warehouse> list = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Warehouse w = Warehouse.builder("W" + i).region("浙江").carrierDays("SF", "*", 1 + i)
          .dailyOrderCap(5 + random.nextInt(20)).waybills(5 + random.nextInt(20)).build();
      list.add(w);
      config.warehouse(w);
      for (String sku : SKUS) {
        pool.setOnHand(StockKey.of(w.id(), Sku.of(sku)), random.nextInt(15));
      }
    }
    Map<StockKey, Long> before = new HashMap<>();
    pool.levels().forEach(l -> before.put(l.key(), l.onHand()));
    Allocator allocator = Allocator.of(config.build(), pool);
    java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newFixedThreadPool(8);
    List<Allocation> results = java.util.Collections.synchronizedList(new ArrayList<>());
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Random r = new Random(seed + t);
        int thread = t;
        futures.add(executor.submit(() -> {
          start.await();
          for (int n = 0; n < 20; n++) {
            Object[] lines = {SKUS.get(r.nextInt(3)), 1 + r.nextInt(4), SKUS.get(r.nextInt(3)), 1 + r.nextInt(3)};
            try {
              results.add(allocator.allocate(TestOrders.order(thread + "-" + n, "浙江", lines)));
            } catch (AllocationConflictException busy) {
              // nothing held; allowed under heavy contention
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (java.util.concurrent.Future<?> f : futures) {
        f.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      executor.shutdownNow();
    }
    Map<StockKey, Long> reserved = new HashMap<>();
    Map<WarehouseId, Integer> parcels = new HashMap<>();
    for (Allocation a : results) {
      a.reservation().ifPresent(id -> pool.reservation(id).orElseThrow().quantities()
          .forEach((k, q) -> reserved.merge(k, q, Long::sum)));
      a.shipments().forEach(s -> parcels.merge(s.warehouse(), 1, Integer::sum));
    }
    for (StockLevel level : pool.levels()) {
      assertThat(level.onHand()).isEqualTo(before.get(level.key()));
      assertThat(level.reserved()).as("reserved at %s", level.key()).isEqualTo(reserved.getOrDefault(level.key(), 0L));
      assertThat(level.reserved()).isLessThanOrEqualTo(Math.max(0, level.onHand() - 1));
    }
    for (Warehouse w : list) {
      int shipped = parcels.getOrDefault(w.id(), 0);
      assertThat(shipped).isLessThanOrEqualTo(w.dailyOrderCap()).isLessThanOrEqualTo((int) w.waybills());
      assertThat(allocator.waybillsLeft(w.id())).isEqualTo(w.waybills() - shipped);
      assertThat(allocator.ordersToday(w.id())).isEqualTo(shipped);
    }
  }

  private static void check(Allocator allocator, InventoryPool pool, List<Warehouse> list, Order order) {
    String destination = Regions.normalise(order.shippingAddress().orElseThrow().province());
    boolean hazardous = order.lines().stream().anyMatch(l -> l.hasTag(OrderLine.TAG_HAZARDOUS));
    Map<Sku, Long> demand = new HashMap<>();
    order.lines().forEach(l -> demand.merge(l.sku(), (long) l.quantity(), Long::sum));
    Map<WarehouseId, Boolean> eligible = new HashMap<>();
    Map<StockKey, Long> sellable = new HashMap<>();
    boolean someoneHoldsAll = false;
    for (Warehouse w : list) {
      boolean serves = w.fastestCarrier(destination).isPresent();
      boolean ok = serves && (!hazardous || w.hazardousAllowed())
          && allocator.ordersToday(w.id()) < w.dailyOrderCap() && allocator.waybillsLeft(w.id()) > 0;
      boolean any = false;
      boolean all = true;
      for (Sku sku : demand.keySet()) {
        long s = pool.sellable(w.id(), sku);
        sellable.put(StockKey.of(w.id(), sku), s);
        any |= s > 0;
        all &= s >= demand.get(sku);
      }
      eligible.put(w.id(), ok && any);
      someoneHoldsAll |= ok && all;
    }
    long reservedBefore = pool.levels().stream().mapToLong(StockLevel::reserved).sum();

    Allocation a = allocator.allocate(order);
    Statistics.collect(a.outcome());

    for (CandidateExplanation c : a.explanation().candidates()) {
      assertThat(c.filtered()).as("filter of %s", c.warehouse()).isEqualTo(!eligible.get(c.warehouse()));
      assertThat(!c.chosen() || !c.filtered()).isTrue();
    }
    if (someoneHoldsAll) {
      assertThat(a.outcome()).isEqualTo(Outcome.SINGLE);
    }
    if (a.outcome() == Outcome.BACKORDER) {
      assertThat(a.reservation()).isEmpty();
      assertThat(a.shipments()).isEmpty();
      assertThat(a.missing()).isNotEmpty();
      assertThat(pool.levels().stream().mapToLong(StockLevel::reserved).sum()).isEqualTo(reservedBefore);
      return;
    }
    Reservation r = pool.reservation(a.reservation().orElseThrow()).orElseThrow();
    Map<StockKey, Long> sources = new HashMap<>();
    for (Sku sku : demand.keySet()) {
      long total = 0;
      for (Map.Entry<WarehouseId, Long> e : a.sources(sku).entrySet()) {
        assertThat(eligible.get(e.getKey())).as("%s is eligible", e.getKey()).isTrue();
        assertThat(e.getValue()).isLessThanOrEqualTo(sellable.get(StockKey.of(e.getKey(), sku)));
        sources.put(StockKey.of(e.getKey(), sku), e.getValue());
        total += e.getValue();
      }
      assertThat(total).as("units of %s", sku).isEqualTo(demand.get(sku));
    }
    assertThat(r.quantities()).isEqualTo(sources);
    for (Shipment s : a.shipments()) {
      assertThat(eligible.get(s.warehouse())).isTrue();
    }
    for (OrderLine line : order.lines()) {
      long shipped = a.shipments().stream().flatMap(s -> s.lines().stream())
          .filter(l -> l.lineId().equals(line.lineId())).mapToLong(ShipmentLine::quantity).sum();
      assertThat(shipped).as("line %s", line.lineId()).isEqualTo(line.quantity());
    }
    switch (a.outcome()) {
      case SINGLE:
        assertThat(a.shipments()).hasSize(1);
        break;
      case SPLIT:
        assertThat(a.shipments()).hasSizeBetween(2, allocator.config().maxShipments());
        break;
      default:
        assertThat(a.shipments()).hasSize(1);
        assertThat(a.transfers()).isNotEmpty().allSatisfy(t -> assertThat(t.to()).isEqualTo(a.shipments().get(0)
            .warehouse()));
        assertThat(sources.keySet().stream().map(StockKey::warehouse).distinct().count())
            .isBetween(2L, (long) allocator.config().maxShipments());
    }
  }
}
