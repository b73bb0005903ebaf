package io.orderhub.allocation;

import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import io.orderhub.core.internal.Checks;

/**
 * One stock position: a SKU in a warehouse. Ordered by warehouse, then SKU; that order is the
 * fixed order in which stores take per-position locks.
 *
 * @param warehouse the warehouse
 * @param sku the SKU
 */
public record StockKey(WarehouseId warehouse, Sku sku) implements Comparable<StockKey> {
  public StockKey {
    Checks.requireNonNull(warehouse, "warehouse");
    Checks.requireNonNull(sku, "sku");
  }

  /** The position of {@code sku} in {@code warehouse}. */
  public static StockKey of(WarehouseId warehouse, Sku sku) {
    return new StockKey(warehouse, sku);
  }

  /** The position of {@code sku} in {@code warehouse}, from their codes. */
  public static StockKey of(String warehouse, String sku) {
    return new StockKey(WarehouseId.of(warehouse), Sku.of(sku));
  }

  /** Mixes both halves, so that similar codes ({@code WH-01}/{@code SKU-53}) do not collide in hash tables. */
  @Override
  public int hashCode() {
    int h = warehouse.hashCode() * 0x9E3779B9 + sku.hashCode();
    return h ^ (h >>> 15);
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof StockKey && ((StockKey) o).warehouse.equals(warehouse) && ((StockKey) o).sku.equals(sku);
  }

  @Override
  public int compareTo(StockKey other) {
    int c = warehouse.compareTo(other.warehouse);
    return c != 0 ? c : sku.compareTo(other.sku);
  }

  @Override
  public String toString() {
    return warehouse + "/" + sku;
  }
}
