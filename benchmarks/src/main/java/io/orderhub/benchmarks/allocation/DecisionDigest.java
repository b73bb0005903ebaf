package io.orderhub.benchmarks.allocation;

import io.orderhub.allocation.Allocation;
import io.orderhub.allocation.AllocationConfig;
import io.orderhub.allocation.AllocationJson;
import io.orderhub.allocation.Allocator;
import io.orderhub.allocation.BufferPolicy;
import io.orderhub.allocation.CarrierRules;
import io.orderhub.allocation.ExpectedRestock;
import io.orderhub.allocation.InventoryPool;
import io.orderhub.allocation.ReservationStateException;
import io.orderhub.allocation.ScoreFactor;
import io.orderhub.allocation.SplitPolicy;
import io.orderhub.allocation.StockBuffer;
import io.orderhub.allocation.StockKey;
import io.orderhub.allocation.Warehouse;
import io.orderhub.core.Address;
import io.orderhub.core.Amounts;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A fingerprint of the allocator's behaviour: a SHA-256 over the JSON line ({@link AllocationJson},
 * with the explanation) and the rendered explanation of 4,000 seeded decisions, so a change meant to
 * be a pure optimisation can be shown to leave every decision, score and explanation byte-identical
 * (run it before and after; the digests must match).
 *
 * <ul>
 *   <li>2,000 plans and allocations in {@link AllocationBenchmark}'s world (50 warehouses, 200 SKUs,
 *       3-line orders), every fourth reservation released and every fourth committed;
 *   <li>2,000 allocations in 8 small, tight worlds (8 to 14 warehouses, 12 SKUs, little stock, daily
 *       caps and waybills that run out, hazardous lines, carrier overrides, buffers per SKU,
 *       warehouse and position, a host factor, the transfer policy, expected restocks), with restocks
 *       that re-activate backorders, so single, split, transfer and backorder outcomes all occur.
 * </ul>
 *
 * Run: {@code java -cp benchmarks/target/benchmarks.jar io.orderhub.benchmarks.allocation.DecisionDigest}.
 */
public final class DecisionDigest {
  private static final List<String> PROVINCES = Worlds.PROVINCES;
  private static final Instant START = Instant.parse("2026-11-11T02:00:00Z");

  private final MessageDigest sha;
  private final Map<String, Integer> outcomes = new java.util.TreeMap<>();
  private int decisions;

  private DecisionDigest() throws NoSuchAlgorithmException {
    sha = MessageDigest.getInstance("SHA-256");
  }

  /** Prints the digest, the number of decisions and how many of each outcome. */
  public static void main(String[] args) throws Exception {
    DecisionDigest d = new DecisionDigest();
    d.benchmarkWorld();
    for (int world = 0; world < 8; world++) {
      d.tightWorld(world);
    }
    System.out.println(HexFormat.of().formatHex(d.sha.digest()) + " over " + d.decisions + " decisions "
        + d.outcomes);
  }

  private void record(String kind, Allocation a) {
    String line = kind + " " + AllocationJson.write(a) + "\n" + a.explanation().render() + "\n"
        + a.missing() + " " + a.promisedShipDate() + " " + a.transfers() + "\n";
    sha.update(line.getBytes(StandardCharsets.UTF_8));
    decisions++;
    outcomes.merge(kind + ":" + a.outcome(), 1, Integer::sum);
  }

  private void benchmarkWorld() {
    Random random = new Random(20261111L);
    Clock clock = Clock.fixed(START, ZoneOffset.UTC);
    Allocator allocator = Worlds.fiftyWarehouses(random, clock, 200);
    for (int o = 0; o < 1000; o++) {
      Order order = order(random, "B" + o, PROVINCES, 200, 3, 3, false, null);
      record("plan", allocator.plan(order));
      Allocation a = allocator.allocate(order);
      record("allocate", a);
      finish(allocator, a, o);
    }
  }

  private void tightWorld(int world) {
    Random random = new Random(7_000L + world);
    List<String> regions = PROVINCES.subList(0, 4);
    int skus = 12;
    boolean uniform = world % 3 == 0;
    BufferPolicy.Builder buffers = BufferPolicy.builder();
    if (!uniform) {
      buffers.defaultBuffer(StockBuffer.ratio("0.9"));
      buffers.sku(Sku.of("S0"), StockBuffer.safetyStock(2));
      buffers.warehouse(WarehouseId.of("W1"), StockBuffer.ratio("0.8"));
      buffers.position(StockKey.of("W2", "S1"), StockBuffer.NONE);
    }
    Clock clock = Clock.fixed(START.plusSeconds(world * 3_600L), ZoneOffset.UTC);
    InventoryPool pool = InventoryPool.builder().clock(clock).buffers(buffers.build()).build();
    AllocationConfig.Builder config = AllocationConfig.builder()
        .carrierRules(CarrierRules.builder().rule(List.of("江苏", "浙江", "上海"), "ZTO").build())
        .splitPolicy(world % 4 == 1 ? SplitPolicy.TRANSFER : SplitPolicy.SPLIT)
        .maxShipments(2 + world % 3)
        .weight("timeliness", 1 + world % 3).weight("waybills", world % 2);
    if (world % 2 == 0) {
      config.factor(ScoreFactor.of("nameLength", false, c -> c.warehouse().id().value().length()
          + c.sellable(Sku.of("S1")) % 3), 0.5);
    }
    int warehouses = 8 + world % 7;
    for (int w = 0; w < warehouses; w++) {
      String id = "W" + w + (w % 3 == 0 ? "-east" : "");
      Warehouse.Builder b = Warehouse.builder(id).region(regions.get(w % regions.size()))
          .hazardousAllowed(random.nextBoolean()).dailyOrderCap(5 + random.nextInt(40))
          .waybills(random.nextInt(8) == 0 ? 0 : 10 + random.nextInt(60))
          .onTimeRate(random.nextInt(101) / 100.0);
      for (String region : regions) {
        if (random.nextInt(4) > 0) {
          b.carrierDays(random.nextBoolean() ? "SF" : "ZTO", region, 1 + random.nextInt(4));
        }
      }
      if (random.nextBoolean()) {
        b.carrierDays("YTO", "*", 3 + random.nextInt(3));
      }
      for (int s = 0; s < skus; s++) {
        if (random.nextInt(3) > 0) {
          b.dailySales(Sku.of("S" + s), 0.5 + random.nextInt(30) / 3.0);
        }
        if (random.nextInt(5) == 0) {
          b.restock(new ExpectedRestock(Sku.of("S" + s), LocalDate.of(2026, 11, 12 + random.nextInt(10)),
              1 + random.nextInt(20)));
        }
      }
      Warehouse built = b.build();
      config.warehouse(built);
      for (int s = 0; s < skus; s++) {
        if (random.nextInt(3) > 0) {
          pool.setOnHand(StockKey.of(built.id(), Sku.of("S" + s)), random.nextInt(40));
        }
      }
    }
    Allocator allocator = Allocator.of(config.build(), pool);
    List<WarehouseId> ids = allocator.config().warehouseIds();
    for (int o = 0; o < 250; o++) {
      Order order = order(random, "T" + world + "-" + o, regions, skus, 4, 6, random.nextInt(5) == 0,
          random.nextInt(9) == 0 ? (random.nextBoolean() ? "SF" : "JD") : null);
      Allocation a = allocator.allocate(order);
      record("tight", a);
      finish(allocator, a, o);
      if (o % 5 == 4) {
        for (Allocation re : allocator.restock(ids.get(random.nextInt(ids.size())),
            Sku.of("S" + random.nextInt(skus)), 1 + random.nextInt(30))) {
          record("restock", re);
        }
      }
    }
  }

  /** Releases every fourth reservation and commits every fourth, so stock moves both ways. */
  private static void finish(Allocator allocator, Allocation a, int o) {
    if (a.reservation().isEmpty()) {
      return;
    }
    try {
      if (o % 4 == 1) {
        allocator.pool().release(a.reservation().get());
      } else if (o % 4 == 3) {
        allocator.pool().commit(a.reservation().get());
      }
    } catch (ReservationStateException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Order order(Random random, String externalId, List<String> regions, int skus, int maxLines,
      int maxQuantity, boolean hazardous, String carrier) {
    Money price = Money.cny("10.00");
    Order.Builder b = Order.builder().channel(ChannelId.TAOBAO).externalId(externalId).status(OrderStatus.PAID)
        .createdAt(START)
        .shippingAddress(Address.builder().province(regions.get(random.nextInt(regions.size()))).build());
    if (carrier != null) {
      b.attribute("carrier", carrier);
    }
    int lines = maxLines == 3 ? 3 : 1 + random.nextInt(maxLines);
    Money goods = Money.cny("0.00");
    for (int l = 0; l < lines; l++) {
      int q = 1 + random.nextInt(maxQuantity);
      OrderLine.Builder line = OrderLine.builder().lineId(externalId + "-" + l)
          .sku((skus == 200 ? "SKU-" : "S") + random.nextInt(skus)).title("item").quantity(q).unitPrice(price);
      if (hazardous) {
        line.tag(OrderLine.TAG_HAZARDOUS);
      }
      b.line(line.build());
      goods = goods.plus(price.times(q));
    }
    return b.amounts(Amounts.of(goods)).build();
  }
}
