package io.orderhub.allocation;

import java.time.Clock;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A warehouses file as loaded by {@link WarehouseFile}: the allocation configuration, the buffers
 * and the opening stock. Immutable; each {@link #newAllocator} call starts from the opening stock.
 *
 * @param config warehouses, weights, carrier rules, split policy
 * @param buffers the stock buffers
 * @param stock units on hand per position, sorted, unmodifiable
 */
public record WarehouseSetup(AllocationConfig config, BufferPolicy buffers, Map<StockKey, Long> stock) {
  public WarehouseSetup {
    stock = Collections.unmodifiableMap(new TreeMap<>(stock));
  }

  /** A new in-memory pool holding the opening stock. */
  public InventoryPool newPool(Clock clock) {
    InventoryPool pool = InventoryPool.builder().clock(clock).buffers(buffers).build();
    stock.forEach(pool::setOnHand);
    return pool;
  }

  /** A new allocator over a {@link #newPool new pool}. */
  public Allocator newAllocator(Clock clock) {
    return Allocator.of(config, newPool(clock));
  }
}
