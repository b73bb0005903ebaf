package io.orderhub.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.allocation.internal.Positions;
import io.orderhub.core.Order;
import io.orderhub.core.Sku;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The planner's fast paths against their reference: the built-in factors computed from the plan's
 * arrays against the same factors asked through {@link ScoreFactor#raw} (identical decisions,
 * scores and explanations, bit for bit), plans whose working arrays were reused by later plans
 * (their explanations replayed) against plans that kept theirs, and the quantities map of
 * reservations against a sorted map.
 */
class PlanProperties {
  private static final List<String> REGIONS = List.of("浙江", "广东", "四川", "北京");
  private static final List<String> SKUS = List.of("S1", "S2", "S3", "S4");

  @Property(tries = 200)
  void builtInFactorsScoreExactlyAsThroughTheirInterface(
      @ForAll @IntRange(min = 1, max = 12) int warehouses, @ForAll long seed) {
    Random random = new Random(seed);
    TestClock clock = new TestClock();
    InventoryPool pool = InventoryPool.builder().clock(clock).buffers(BufferPolicy.of(StockBuffer.ratio("0.9")))
        .build();
    AllocationConfig.Builder builder = AllocationConfig.builder()
        .maxShipments(2 + random.nextInt(3))
        .weight("stockDepth", random.nextInt(4)).weight("waybills", random.nextInt(4))
        .weight("timeliness", 1 + random.nextInt(4)).weight("onTimeRate", random.nextInt(4));
    if (random.nextBoolean()) { // a host factor between the built-ins' fast path
      builder.factor(ScoreFactor.of("idLength", false, c -> c.warehouse().id().value().length()
          + c.sellable(Sku.of("S1")) % 3), random.nextInt(3));
    }
    for (int i = 0; i < warehouses; i++) {
      Warehouse.Builder w = Warehouse.builder("W" + i + "x".repeat(random.nextInt(3)))
          .region(REGIONS.get(random.nextInt(3))).hazardousAllowed(random.nextBoolean())
          .dailyOrderCap(1 + random.nextInt(8)).waybills(random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(50))
          .onTimeRate(random.nextInt(101) / 100.0);
      for (String region : REGIONS.subList(0, 3)) {
        if (random.nextInt(4) > 0) {
          w.carrierDays(random.nextBoolean() ? "SF" : "ZTO", region, 1 + random.nextInt(4));
        }
      }
      for (String sku : SKUS) {
        if (random.nextBoolean()) {
          w.dailySales(Sku.of(sku), 0.5 + random.nextInt(30) / 3.0);
        }
      }
      Warehouse built = w.build();
      builder.warehouse(built);
      for (String sku : SKUS) {
        if (random.nextInt(4) > 0) {
          pool.setOnHand(StockKey.of(built.id(), Sku.of(sku)), random.nextInt(40));
        }
      }
    }
    AllocationConfig config = builder.build();
    Routes routes = new Routes(config);
    LocalDate today = LocalDate.ofInstant(clock.instant(), config.zone());
    WarehouseCounters counters = new WarehouseCounters(config.warehouses(), today);
    Plan.Scratch scratch = new Plan.Scratch(config);
    List<Allocation> replayed = new java.util.ArrayList<>();
    List<Allocation> references = new java.util.ArrayList<>();
    for (int n = 0; n < 8; n++) {
      Order order = TestOrders.random(random, "o" + n, REGIONS, SKUS, 4, 12);

      Plan plan = Plan.compute(config, routes, pool, counters, today, order, true, null);
      if (plan.outcome != Outcome.BACKORDER) { // the request built without a map, against the builder's
        ReservationRequest.Builder expected = ReservationRequest.builder(order.id());
        for (int c = 0; c < plan.chosen.length; c++) {
          for (int j = 0; j < plan.skus.length; j++) {
            if (plan.take[c][j] > 0) {
              expected.add(plan.ws[plan.chosen[c]].id(), plan.skus[j], plan.take[c][j]);
            }
          }
        }
        assertThat(List.copyOf(plan.reservationRequest().quantities().entrySet()))
            .isEqualTo(List.copyOf(expected.build().quantities().entrySet()));
      }
      Allocation fast = new Allocation(plan, null);
      Allocation reference = new Allocation(Plan.compute(config, routes, pool, counters, today, order, false, null),
          null);
      // working arrays in a scratch the next orders reuse: its explanation is replayed from its snapshot
      replayed.add(new Allocation(Plan.compute(config, routes, pool, counters, today, order, true, scratch), null));
      references.add(reference);

      assertThat(fast.toString()).isEqualTo(reference.toString());
      assertThat(fast.shipments()).isEqualTo(reference.shipments());
      assertThat(fast.missing()).isEqualTo(reference.missing());
      assertThat(fast.explanation()).isEqualTo(reference.explanation()); // doubles compared exactly
      assertThat(fast.explanation().render()).isEqualTo(reference.explanation().render());
      if (random.nextBoolean()) { // stock moves on: the snapshot, not the pool, is what a replay reads
        StockKey key = StockKey.of(config.warehouseIds().get(random.nextInt(warehouses)), Sku.of(SKUS.get(0)));
        pool.setOnHand(key, pool.level(key).reserved() + random.nextInt(40));
      }
    }
    for (int n = 0; n < replayed.size(); n++) {
      assertThat(replayed.get(n).toString()).isEqualTo(references.get(n).toString());
      assertThat(replayed.get(n).explanation()).isEqualTo(references.get(n).explanation());
    }
  }

  @Property(tries = 200)
  void reservationQuantitiesBehaveAsASortedMap(@ForAll long seed) {
    Random random = new Random(seed);
    TreeMap<StockKey, Long> expected = new TreeMap<>();
    Map<StockKey, Long> unsorted = new java.util.HashMap<>();
    for (int i = random.nextInt(8); i >= 0; i--) {
      StockKey key = StockKey.of("W" + random.nextInt(5), "S" + random.nextInt(5));
      long q = 1 + random.nextInt(1000);
      expected.put(key, q);
      unsorted.put(key, q);
    }
    Positions positions = Positions.of(unsorted, "quantities");
    assertThat(positions).isEqualTo(expected);
    assertThat(expected).isEqualTo(positions);
    assertThat(positions.hashCode()).isEqualTo(expected.hashCode());
    assertThat(positions.toString()).isEqualTo(expected.toString());
    assertThat(List.copyOf(positions.keySet())).isEqualTo(List.copyOf(expected.keySet()));
    for (int i = 0; i < positions.count(); i++) {
      assertThat(positions.get(positions.key(i))).isEqualTo(positions.units(i));
    }
    assertThat(positions.get(StockKey.of("W9", "S9"))).isNull();
    assertThat(Positions.of(positions, "quantities")).isSameAs(positions);
    StockKey[] keys = expected.keySet().toArray(new StockKey[0]);
    long[] units = expected.values().stream().mapToLong(Long::longValue).toArray();
    assertThat(Positions.ofSorted(keys.clone(), units.clone(), "quantities")).isEqualTo(expected);
    if (keys.length > 1) { // out of order, or a key twice: refused, naming the key
      StockKey[] swapped = keys.clone();
      swapped[0] = keys[1];
      swapped[1] = keys[0];
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Positions.ofSorted(swapped, units.clone(), "quantities"))
          .isInstanceOf(io.orderhub.core.InvalidValueException.class).hasMessageContaining("quantities[" + keys[0] + "]");
    }
  }

  @Property(tries = 2000)
  void fixedThreeDecimalsPrintsAsTheFormatter(@ForAll long seed) {
    Random random = new Random(seed);
    double[] values = {
      random.nextDouble(), -random.nextDouble(), random.nextInt(200_001) / 2000.0 - 50, // halves of the last place
      random.nextInt(2001) / 2_000_000.0, random.nextGaussian() * 1e6, random.nextGaussian() * 1e9,
      Double.longBitsToDouble(random.nextLong()), random.nextDouble() - random.nextDouble(),
      0.0, -0.0, 0.0005, 1.0005, 2.0025, -0.0004, 9_999_999.9995, Double.NaN, Double.POSITIVE_INFINITY,
      (random.nextInt(2_000_000) * 2 + 1) / 2000.0, // thousandths ending in a half, small and large
      (random.nextLong(10_000_000_000L) + 0.5) / 1000, -(random.nextLong(10_000_000_000L) + 0.5) / 1000,
      Math.pow(10, random.nextDouble() * 11 - 4), // log-uniform across and beyond the fast range
      Math.nextUp((random.nextInt(20_000) + 0.5) / 1000), Math.nextDown((random.nextInt(20_000) + 0.5) / 1000)
    };
    for (double v : values) {
      assertThat(Plan.fixed3(v)).as("%s", v).isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", v));
    }
  }

  /** The scorer's min and max over doubles as ordered longs (no branches) are Math.min and Math.max, bit for bit. */
  @Property(tries = 1000)
  void minAndMaxOverOrderedBitsAreMathMinAndMax(@ForAll long seed) {
    Random random = new Random(seed);
    double[] special = {0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE,
      -Double.MAX_VALUE, 1e-310, -1e-310, 0.5, 3.0};
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    for (int i = 1 + random.nextInt(12); i > 0; i--) {
      double v;
      switch (random.nextInt(3)) {
        case 0:
          v = special[random.nextInt(special.length)];
          break;
        case 1:
          v = random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
          break;
        default:
          v = Double.longBitsToDouble(random.nextLong());
          if (!Double.isFinite(v)) {
            continue;
          }
      }
      min = Math.min(min, v);
      max = Math.max(max, v);
      lo = Math.min(lo, Plan.ordered(v));
      hi = Math.max(hi, Plan.ordered(v));
      assertThat(Double.doubleToRawLongBits(Plan.fromOrdered(Plan.ordered(v)))).isEqualTo(Double.doubleToRawLongBits(v));
    }
    if (lo != Long.MAX_VALUE) {
      assertThat(Double.doubleToRawLongBits(Plan.fromOrdered(lo))).as("min").isEqualTo(Double.doubleToRawLongBits(min));
      assertThat(Double.doubleToRawLongBits(Plan.fromOrdered(hi))).as("max").isEqualTo(Double.doubleToRawLongBits(max));
    }
  }

  /** The planner's long-to-double conversion of quantities is the cast, for every quantity a position may hold. */
  @Property(tries = 1000)
  void quantitiesConvertToDoubleExactlyAsTheCast(@ForAll long seed) {
    Random random = new Random(seed);
    long[] values = {0, 1, 2, StockLevel.MAX_QUANTITY, (1L << 52) - 1, random.nextInt(1000),
      random.nextLong(StockLevel.MAX_QUANTITY + 1), random.nextLong(1L << 52)};
    for (long n : values) {
      assertThat(Double.doubleToRawLongBits(Plan.exactDouble(n))).as("%d", n).isEqualTo(Double.doubleToRawLongBits((double) n));
    }
  }
}
