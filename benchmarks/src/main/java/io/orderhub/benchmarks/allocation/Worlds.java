package io.orderhub.benchmarks.allocation;

import io.orderhub.allocation.AllocationConfig;
import io.orderhub.allocation.Allocator;
import io.orderhub.allocation.CarrierRules;
import io.orderhub.allocation.InventoryPool;
import io.orderhub.allocation.StockKey;
import io.orderhub.allocation.Warehouse;
import io.orderhub.core.Sku;
import java.time.Clock;
import java.util.List;
import java.util.Random;

/** The allocation benchmarks' world, built the same way wherever it is used (benchmark and digest). */
final class Worlds {
  static final List<String> PROVINCES =
      List.of("浙江", "江苏", "上海", "广东", "四川", "北京", "湖北", "山东", "河南", "福建");

  private Worlds() {}

  /**
   * 50 warehouses in 10 provinces with two carriers each (next day in their own province, 2 to 4
   * days elsewhere), unlimited waybills and caps; each of {@code skus} SKUs stocked (50 to 549 units,
   * with daily sales) in a random half of them. Draws from {@code random} in a fixed order, so a seed
   * gives the same world every time.
   */
  static Allocator fiftyWarehouses(Random random, Clock clock, int skus) {
    InventoryPool pool = InventoryPool.inMemory(clock);
    AllocationConfig.Builder config = AllocationConfig.builder()
        .carrierRules(CarrierRules.builder().rule(List.of("江苏", "浙江", "上海"), "ZTO")
            .rule(List.of("广东"), "Yunda").build());
    for (int w = 0; w < 50; w++) {
      String id = String.format("WH-%02d", w);
      Warehouse.Builder b = Warehouse.builder(id).region(PROVINCES.get(w % PROVINCES.size()))
          .hazardousAllowed(w % 5 == 0).dailyOrderCap(1_000_000_000).waybills(Long.MAX_VALUE)
          .onTimeRate(0.85 + random.nextInt(15) / 100.0);
      for (String carrier : List.of("ZTO", w % 2 == 0 ? "SF" : "Yunda")) {
        b.carrierDays(carrier, PROVINCES.get(w % PROVINCES.size()), 1);
        b.carrierDays(carrier, "*", 2 + random.nextInt(3));
      }
      for (int s = 0; s < skus; s++) {
        if (random.nextBoolean()) {
          pool.setOnHand(StockKey.of(id, "SKU-" + s), 50 + random.nextInt(500));
          b.dailySales(Sku.of("SKU-" + s), 1 + random.nextInt(20));
        }
      }
      config.warehouse(b.build());
    }
    return Allocator.of(config.build(), pool);
  }
}
