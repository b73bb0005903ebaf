package io.orderhub.allocation;

import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The carrier and days of every warehouse to a destination region under the carrier rules, worked
 * out once per region and then shared (the allocator asks for it on every order). Thread-safe;
 * bounded by the number of distinct regions.
 */
final class Routes {
  /** One region's routes, indexed like {@link AllocationConfig#warehouses()}; a null carrier = no route. */
  record Row(@Nullable String[] carriers, int[] days) {}

  private final AllocationConfig config;
  private final ConcurrentHashMap<String, Row> byRegion = new ConcurrentHashMap<>();

  Routes(AllocationConfig config) {
    this.config = config;
  }

  /** The rule-based routes to {@code region} (no per-order override). */
  Row to(String region) {
    Row row = byRegion.get(region);
    return row != null ? row : byRegion.computeIfAbsent(region, r -> compute(r, null));
  }

  /**
   * The routes when {@code override} (if not null) was requested by the order: that carrier where the
   * warehouse has days for it, else the warehouse's fastest; without an override, the rule carrier
   * where the warehouse has that route, else its fastest.
   */
  Row compute(String region, @Nullable String override) {
    int n = config.warehouses().size();
    String[] carriers = new String[n];
    int[] days = new int[n];
    String rule = override == null ? config.carrierRules().carrierFor(region).orElse(null) : null;
    for (int i = 0; i < n; i++) {
      Warehouse w = config.warehouses().get(i);
      String wanted = override != null ? override : rule;
      int d = wanted == null ? -1 : w.dayCount(wanted, region);
      if (d >= 0) {
        carriers[i] = wanted;
        days[i] = d;
        continue;
      }
      String fastest = w.fastest(region);
      if (fastest != null) {
        carriers[i] = override != null ? override : fastest;
        days[i] = w.dayCount(fastest, region);
      }
    }
    return new Row(carriers, days);
  }
}
