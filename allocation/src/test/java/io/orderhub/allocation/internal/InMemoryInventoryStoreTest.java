package io.orderhub.allocation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.allocation.BufferPolicy;
import io.orderhub.allocation.Reservation;
import io.orderhub.allocation.ReservationId;
import io.orderhub.allocation.ReservationState;
import io.orderhub.allocation.StockBuffer;
import io.orderhub.allocation.StockKey;
import io.orderhub.allocation.StockLevel;
import io.orderhub.allocation.spi.InventoryStore;
import io.orderhub.allocation.spi.InventoryStoreContract;
import io.orderhub.allocation.spi.StockCount;
import io.orderhub.core.OrderId;
import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class InMemoryInventoryStoreTest extends InventoryStoreContract {
  @Override
  protected InventoryStore newStore() {
    return InventoryStore.inMemory();
  }

  /**
   * Lock-free reads never see half a write: while a writer cycles one position through (10, 0) →
   * reserve → (10, 1) → commit → (9, 0) → restock → (10, 0), every count read (and every sellable
   * read of the allocator's row path) is one of those three states, never a mix such as (9, 1).
   */
  @Test
  void lockFreeReadsSeeOnlyWholeStates() throws Exception {
    InMemoryInventoryStore memory = new InMemoryInventoryStore();
    memory.setOnHand(A, 10, StockBuffer.NONE);
    Set<StockCount> legal = Set.of(new StockCount(10, 0), new StockCount(10, 1), new StockCount(9, 0));
    List<WarehouseId> row = List.of(A.warehouse());
    AtomicBoolean done = new AtomicBoolean();
    Thread writer = new Thread(() -> {
      for (int i = 0; i < 20_000; i++) {
        ReservationId id = ReservationId.of("r" + i);
        memory.reserve(new Reservation(id, OrderId.of("o" + i), Map.of(A, 1L), T0, T0.plusSeconds(60),
            ReservationState.ACTIVE), NO_BUFFER);
        memory.finish(id, ReservationState.COMMITTED, T0);
        memory.restock(A, 1);
      }
      done.set(true);
    });
    writer.start();
    long[] sellable = new long[1];
    long reads = 0;
    while (!done.get() || reads == 0) {
      assertThat(memory.count(A)).isIn(legal);
      memory.sellable(Sku.of("TEA"), row, NO_BUFFER, sellable, 0);
      assertThat(sellable[0]).isIn(9L, 10L); // 10 − 0, 10 − 1 or 9 − 0
      reads++;
    }
    writer.join();
    assertThat(memory.count(A)).isEqualTo(new StockCount(10, 0));
  }

  /**
   * A position holding more than {@link Integer#MAX_VALUE} units does not fit the row's packed word:
   * it is read under its lock, with the same numbers, and packed again once it fits.
   */
  @Test
  void positionsBeyondTheIntRangeReadTheSameAsSmallOnes() {
    InMemoryInventoryStore memory = new InMemoryInventoryStore();
    StockKey big = StockKey.of("WH-B", "TEA");
    long max = StockLevel.MAX_QUANTITY;
    memory.setOnHand(A, 10, StockBuffer.NONE);
    memory.setOnHand(big, max, StockBuffer.NONE);
    memory.reserve(new Reservation(ReservationId.of("r1"), OrderId.of("o1"), Map.of(big, 5_000_000_000L, A, 2L), T0,
        T0.plusSeconds(60), ReservationState.ACTIVE), NO_BUFFER);
    List<WarehouseId> row = List.of(A.warehouse(), big.warehouse(), WarehouseId.of("WH-C"));
    long[] sellable = new long[3];

    memory.sellable(Sku.of("TEA"), row, NO_BUFFER, sellable, 0);
    assertThat(sellable).containsExactly(8, max - 5_000_000_000L, 0);
    memory.sellable(Sku.of("TEA"), row,
        BufferPolicy.builder().defaultBuffer(StockBuffer.NONE).position(A, StockBuffer.safetyStock(1)).build(),
        sellable, 0);
    assertThat(sellable).containsExactly(7, max - 5_000_000_000L, 0);
    assertThat(memory.count(big)).isEqualTo(new StockCount(max, 5_000_000_000L));
    assertThat(memory.counts(Sku.of("TEA"), row))
        .containsExactly(new StockCount(10, 2), new StockCount(max, 5_000_000_000L), StockCount.ZERO);

    memory.finish(ReservationId.of("r1"), ReservationState.COMMITTED, T0);
    memory.setOnHand(big, Integer.MAX_VALUE, StockBuffer.NONE); // fits a word again
    memory.sellable(Sku.of("TEA"), row, NO_BUFFER, sellable, 0);
    assertThat(sellable).containsExactly(8, Integer.MAX_VALUE, 0);
    assertThat(memory.count(big)).isEqualTo(new StockCount(Integer.MAX_VALUE, 0));
  }

  /**
   * A SKU's row grows as warehouses are first stocked; the copy is made with every position of the
   * row locked, so reservations running meanwhile on a position already there lose no update.
   */
  @Test
  void aRowGrowsWithoutLosingConcurrentUpdates() throws Exception {
    InMemoryInventoryStore memory = new InMemoryInventoryStore();
    memory.setOnHand(A, 1_000_000, StockBuffer.NONE);
    int rounds = 20_000;
    Thread[] threads = new Thread[2];
    for (int t = 0; t < threads.length; t++) {
      int thread = t;
      threads[t] = new Thread(() -> {
        for (int i = 0; i < rounds; i++) {
          ReservationId id = ReservationId.of("t" + thread + "-" + i);
          memory.reserve(new Reservation(id, OrderId.of("o"), Map.of(A, 1L), T0, T0.plusSeconds(60),
              ReservationState.ACTIVE), NO_BUFFER);
          memory.finish(id, i % 2 == 0 ? ReservationState.COMMITTED : ReservationState.RELEASED, T0);
        }
      });
      threads[t].start();
    }
    List<WarehouseId> warehouses = new java.util.ArrayList<>(List.of(A.warehouse()));
    for (int w = 0; w < 300; w++) {
      StockKey key = StockKey.of("W" + w, "TEA");
      memory.setOnHand(key, w + 1, StockBuffer.NONE);
      warehouses.add(key.warehouse());
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(memory.count(A)).isEqualTo(new StockCount(1_000_000 - rounds, 0)); // each thread committed half
    long[] sellable = new long[warehouses.size()];
    memory.sellable(Sku.of("TEA"), warehouses, NO_BUFFER, sellable, 0);
    assertThat(sellable[0]).isEqualTo(1_000_000 - rounds);
    for (int w = 0; w < 300; w++) {
      assertThat(sellable[w + 1]).isEqualTo(w + 1);
    }
  }

  /**
   * The same race at its tightest: in each round one thread writes a position once while another
   * stocks a new warehouse of the same SKU, which grows the row at that moment; the row read
   * afterwards must hold both.
   */
  @Test
  void aWriteRacingTheRowsGrowthIsKept() throws Exception {
    int rounds = 5_000;
    InMemoryInventoryStore[] stores = new InMemoryInventoryStore[rounds];
    for (int r = 0; r < rounds; r++) {
      stores[r] = new InMemoryInventoryStore();
      stores[r].setOnHand(A, 1, StockBuffer.NONE); // a row of one slot
    }
    java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(2);
    Thread writer = new Thread(() -> {
      try {
        for (int r = 0; r < rounds; r++) {
          barrier.await();
          stores[r].restock(A, 1);
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    writer.start();
    for (int r = 0; r < rounds; r++) {
      barrier.await();
      stores[r].setOnHand(B, 1, StockBuffer.NONE); // a second warehouse: the row grows
    }
    writer.join();
    long[] sellable = new long[2];
    for (int r = 0; r < rounds; r++) {
      stores[r].sellable(Sku.of("TEA"), List.of(A.warehouse(), B.warehouse()), NO_BUFFER, sellable, 0);
      assertThat(sellable).as("round %d", r).containsExactly(2, 1);
    }
  }
}
