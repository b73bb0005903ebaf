package io.orderhub.allocation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.allocation.Reservation;
import io.orderhub.allocation.ReservationId;
import io.orderhub.allocation.ReservationState;
import io.orderhub.allocation.StockBuffer;
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
}
