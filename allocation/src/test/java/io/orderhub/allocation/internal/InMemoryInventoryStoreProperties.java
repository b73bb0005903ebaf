package io.orderhub.allocation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.allocation.BufferPolicy;
import io.orderhub.allocation.InsufficientStockException;
import io.orderhub.allocation.Reservation;
import io.orderhub.allocation.ReservationId;
import io.orderhub.allocation.ReservationState;
import io.orderhub.allocation.StockAdjustmentException;
import io.orderhub.allocation.StockBuffer;
import io.orderhub.allocation.StockKey;
import io.orderhub.allocation.StockLevel;
import io.orderhub.allocation.spi.StockCount;
import io.orderhub.core.OrderId;
import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The store's row read (the allocator's path: one packed word per position, positions beyond the
 * int range read under their lock) against the per-position counts it must agree with, over random
 * stock, restocks, reservations, releases and commits, with small and huge quantities, warehouses
 * first stocked in any order (so rows grow), and uniform or per-position buffers.
 */
class InMemoryInventoryStoreProperties {
  private static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");
  private static final List<String> SKUS = List.of("S1", "S2", "S3");

  @Property(tries = 300)
  void theRowReadAgreesWithEachPositionsCounts(@ForAll long seed) {
    Random random = new Random(seed);
    InMemoryInventoryStore store = new InMemoryInventoryStore();
    List<WarehouseId> warehouses = new ArrayList<>();
    for (int w = 0; w < 2 + random.nextInt(12); w++) {
      warehouses.add(WarehouseId.of("W" + w));
    }
    BufferPolicy.Builder b = BufferPolicy.builder().defaultBuffer(random.nextBoolean() ? StockBuffer.DEFAULT
        : StockBuffer.safetyStock(random.nextInt(3)));
    if (random.nextBoolean()) {
      b.position(StockKey.of(warehouses.get(0), Sku.of("S1")), StockBuffer.NONE);
      b.sku(Sku.of("S2"), StockBuffer.ratio("0.5"));
    }
    BufferPolicy buffers = b.build();
    List<ReservationId> live = new ArrayList<>();
    for (int op = 0; op < 60; op++) {
      StockKey key = StockKey.of(warehouses.get(random.nextInt(warehouses.size())),
          Sku.of(SKUS.get(random.nextInt(SKUS.size()))));
      long units = random.nextInt(4) == 0 ? Integer.MAX_VALUE - 2L + random.nextInt(5) + random.nextInt(3) * 1_000_000_000L
          : random.nextInt(50);
      switch (random.nextInt(5)) {
        case 0:
          try {
            store.setOnHand(key, Math.min(units, StockLevel.MAX_QUANTITY), buffers.bufferFor(key));
          } catch (StockAdjustmentException belowReserved) {
            // refused, nothing changed
          }
          break;
        case 1:
          if (store.count(key).onHand() + units + 1 <= StockLevel.MAX_QUANTITY) {
            store.restock(key, units + 1);
          }
          break;
        case 2:
        case 3:
          ReservationId id = ReservationId.of("r" + op);
          try {
            store.reserve(new Reservation(id, OrderId.of("o" + op), Map.of(key, 1 + units / 2), T0,
                T0.plusSeconds(60), ReservationState.ACTIVE), buffers);
            live.add(id);
          } catch (InsufficientStockException refused) {
            // all or nothing
          }
          break;
        default:
          if (!live.isEmpty()) {
            store.finish(live.remove(random.nextInt(live.size())),
                random.nextBoolean() ? ReservationState.RELEASED : ReservationState.COMMITTED, T0);
          }
      }
      List<WarehouseId> asked = new ArrayList<>(warehouses);
      asked.add(WarehouseId.of("NEVER-STOCKED"));
      Collections.shuffle(asked, random);
      for (String code : SKUS) {
        Sku sku = Sku.of(code);
        long[] row = new long[asked.size() + 1];
        store.sellable(sku, asked, buffers, row, 1);
        List<StockCount> counts = store.counts(sku, asked);
        Map<WarehouseId, Long> expected = new HashMap<>();
        for (int i = 0; i < asked.size(); i++) {
          StockCount c = store.count(StockKey.of(asked.get(i), sku));
          assertThat(counts.get(i)).isEqualTo(c);
          long capacity = buffers.bufferFor(StockKey.of(asked.get(i), sku)).capacity(c.onHand());
          expected.put(asked.get(i), Math.max(0, capacity - c.reserved()));
        }
        assertThat(row[0]).isZero(); // nothing written before the offset
        for (int i = 0; i < asked.size(); i++) {
          assertThat(row[i + 1]).as("%s at %s", sku, asked.get(i)).isEqualTo(expected.get(asked.get(i)));
        }
      }
    }
  }
}
