package io.orderhub.allocation.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.allocation.BufferPolicy;
import io.orderhub.allocation.DuplicateReservationException;
import io.orderhub.allocation.InsufficientStockException;
import io.orderhub.allocation.Reservation;
import io.orderhub.allocation.ReservationId;
import io.orderhub.allocation.ReservationState;
import io.orderhub.allocation.ReservationStateException;
import io.orderhub.allocation.StockAdjustmentException;
import io.orderhub.allocation.StockBuffer;
import io.orderhub.allocation.StockKey;
import io.orderhub.allocation.UnknownReservationException;
import io.orderhub.core.OrderId;
import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link InventoryStore} must show; a store's test extends this class and
 * supplies a fresh, empty store.
 */
public abstract class InventoryStoreContract {
  protected static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");
  protected static final StockKey A = StockKey.of("WH-A", "TEA");
  protected static final StockKey B = StockKey.of("WH-B", "TEA");
  protected static final BufferPolicy NO_BUFFER = BufferPolicy.of(StockBuffer.NONE);

  protected InventoryStore store;

  /** A new, empty store. */
  protected abstract InventoryStore newStore();

  @BeforeEach
  void fresh() {
    store = newStore();
  }

  protected static Reservation reservation(String id, Map<StockKey, Long> quantities, Instant expiresAt) {
    return new Reservation(ReservationId.of(id), OrderId.of("order-" + id), quantities, T0, expiresAt,
        ReservationState.ACTIVE);
  }

  @Test
  void anUnknownPositionCountsZero() {
    assertThat(store.count(A)).isEqualTo(StockCount.ZERO);
    assertThat(store.keys()).isEmpty();
  }

  @Test
  void setOnHandAndRestockAddUp() {
    store.setOnHand(A, 10, StockBuffer.NONE);
    assertThat(store.restock(A, 5)).isEqualTo(new StockCount(15, 0));
    store.setOnHand(B, 1, StockBuffer.NONE);
    assertThat(store.keys()).containsExactly(A, B);
  }

  @Test
  void countsReadASkuRowInTheOrderAsked() {
    List<WarehouseId> warehouses = List.of(WarehouseId.of("WH-B"), WarehouseId.of("WH-C"), WarehouseId.of("WH-A"));
    assertThat(store.counts(Sku.of("TEA"), warehouses)).containsOnly(StockCount.ZERO);
    store.setOnHand(A, 4, StockBuffer.NONE);
    assertThat(store.counts(Sku.of("TEA"), warehouses))
        .containsExactly(StockCount.ZERO, StockCount.ZERO, new StockCount(4, 0));
    store.setOnHand(B, 7, StockBuffer.NONE); // a position added after the row was read
    store.reserve(reservation("r1", Map.of(A, 1L), T0.plusSeconds(60)), NO_BUFFER);
    assertThat(store.counts(Sku.of("TEA"), warehouses))
        .containsExactly(new StockCount(7, 0), StockCount.ZERO, new StockCount(4, 1));
    assertThat(store.counts(Sku.of("CUP"), warehouses)).containsOnly(StockCount.ZERO);
  }

  @Test
  void reserveIsAllOrNothing() {
    store.setOnHand(A, 10, StockBuffer.NONE);
    store.setOnHand(B, 2, StockBuffer.NONE);
    assertThatThrownBy(() -> store.reserve(reservation("r1", Map.of(A, 5L, B, 3L), T0.plusSeconds(60)), NO_BUFFER))
        .isInstanceOfSatisfying(InsufficientStockException.class, e -> {
          assertThat(e.shortfalls()).containsOnlyKeys(B);
          assertThat(e.shortfalls().get(B).missing()).isEqualTo(1);
        });
    assertThat(store.count(A).reserved()).isZero();
    assertThat(store.reservation(ReservationId.of("r1"))).isEmpty();
  }

  @Test
  void reserveChecksTheBuffer() {
    store.setOnHand(A, 10, StockBuffer.DEFAULT); // capacity floor(9.5) = 9
    assertThatThrownBy(() -> store.reserve(reservation("r1", Map.of(A, 10L), T0.plusSeconds(60)),
        BufferPolicy.ofDefaults())).isInstanceOf(InsufficientStockException.class);
    store.reserve(reservation("r2", Map.of(A, 9L), T0.plusSeconds(60)), BufferPolicy.ofDefaults());
    assertThat(store.count(A)).isEqualTo(new StockCount(10, 9));
  }

  @Test
  void aReservationIdIsUsedOnce() {
    store.setOnHand(A, 10, StockBuffer.NONE);
    store.reserve(reservation("r1", Map.of(A, 1L), T0.plusSeconds(60)), NO_BUFFER);
    assertThatThrownBy(() -> store.reserve(reservation("r1", Map.of(A, 1L), T0.plusSeconds(60)), NO_BUFFER))
        .isInstanceOf(DuplicateReservationException.class);
    assertThat(store.count(A).reserved()).isEqualTo(1);
  }

  @Test
  void commitShipsAndReleaseReturns() {
    store.setOnHand(A, 10, StockBuffer.NONE);
    store.reserve(reservation("r1", Map.of(A, 3L), T0.plusSeconds(60)), NO_BUFFER);
    store.reserve(reservation("r2", Map.of(A, 2L), T0.plusSeconds(60)), NO_BUFFER);
    assertThat(store.finish(ReservationId.of("r1"), ReservationState.COMMITTED, T0).state())
        .isEqualTo(ReservationState.COMMITTED);
    assertThat(store.count(A)).isEqualTo(new StockCount(7, 2));
    store.finish(ReservationId.of("r2"), ReservationState.RELEASED, T0);
    assertThat(store.count(A)).isEqualTo(new StockCount(7, 0));
  }

  @Test
  void releasingTwiceOrCommittingAReleasedReservationIsATypedError() {
    store.setOnHand(A, 10, StockBuffer.NONE);
    store.reserve(reservation("r1", Map.of(A, 3L), T0.plusSeconds(60)), NO_BUFFER);
    store.finish(ReservationId.of("r1"), ReservationState.RELEASED, T0);
    assertThatThrownBy(() -> store.finish(ReservationId.of("r1"), ReservationState.RELEASED, T0))
        .isInstanceOfSatisfying(ReservationStateException.class, e -> {
          assertThat(e.state()).isEqualTo(ReservationState.RELEASED);
          assertThat(e.attempted()).isEqualTo(ReservationState.RELEASED);
        });
    assertThatThrownBy(() -> store.finish(ReservationId.of("r1"), ReservationState.COMMITTED, T0))
        .isInstanceOf(ReservationStateException.class).hasMessageContaining("cannot commit");
    assertThat(store.count(A)).isEqualTo(new StockCount(10, 0));
    assertThatThrownBy(() -> store.finish(ReservationId.of("nope"), ReservationState.RELEASED, T0))
        .isInstanceOf(UnknownReservationException.class);
  }

  @Test
  void aDueReservationExpiresInsteadOfCommitting() {
    store.setOnHand(A, 10, StockBuffer.NONE);
    store.reserve(reservation("r1", Map.of(A, 3L), T0.plusSeconds(60)), NO_BUFFER);
    assertThatThrownBy(() -> store.finish(ReservationId.of("r1"), ReservationState.COMMITTED, T0.plusSeconds(60)))
        .isInstanceOfSatisfying(ReservationStateException.class,
            e -> assertThat(e.state()).isEqualTo(ReservationState.EXPIRED));
    assertThat(store.count(A)).isEqualTo(new StockCount(10, 0));
    assertThat(store.reservation(ReservationId.of("r1")).orElseThrow().state()).isEqualTo(ReservationState.EXPIRED);
  }

  @Test
  void expireDueReturnsOnlyDueActiveReservations() {
    store.setOnHand(A, 10, StockBuffer.NONE);
    store.reserve(reservation("r1", Map.of(A, 1L), T0.plusSeconds(10)), NO_BUFFER);
    store.reserve(reservation("r2", Map.of(A, 2L), T0.plusSeconds(20)), NO_BUFFER);
    store.reserve(reservation("r3", Map.of(A, 4L), T0.plusSeconds(5)), NO_BUFFER);
    store.finish(ReservationId.of("r3"), ReservationState.RELEASED, T0);
    List<Reservation> expired = store.expireDue(T0.plusSeconds(10));
    assertThat(expired).extracting(Reservation::id).containsExactly(ReservationId.of("r1"));
    assertThat(store.count(A)).isEqualTo(new StockCount(10, 2));
    assertThat(store.active()).extracting(Reservation::id).containsExactly(ReservationId.of("r2"));
    assertThat(store.expireDue(T0.plusSeconds(10))).isEmpty();
  }

  @Test
  void settingOnHandBelowTheReservedUnitsIsRefused() {
    store.setOnHand(A, 10, StockBuffer.NONE);
    store.reserve(reservation("r1", Map.of(A, 8L), T0.plusSeconds(60)), NO_BUFFER);
    assertThatThrownBy(() -> store.setOnHand(A, 8, StockBuffer.DEFAULT)) // floor(7.6) = 7 < 8
        .isInstanceOf(StockAdjustmentException.class).hasMessageContaining("WH-A/TEA");
    assertThat(store.setOnHand(A, 8, StockBuffer.NONE)).isEqualTo(new StockCount(8, 8));
  }

  @Test
  void purgeForgetsReservationsFinishedByTheCutoff() {
    store.setOnHand(A, 10, StockBuffer.NONE);
    store.reserve(reservation("r1", Map.of(A, 1L), T0.plusSeconds(100)), NO_BUFFER);
    store.reserve(reservation("r2", Map.of(A, 1L), T0.plusSeconds(100)), NO_BUFFER);
    store.reserve(reservation("r3", Map.of(A, 1L), T0.plusSeconds(100)), NO_BUFFER);
    store.finish(ReservationId.of("r1"), ReservationState.RELEASED, T0.plusSeconds(10));
    store.finish(ReservationId.of("r3"), ReservationState.COMMITTED, T0.plusSeconds(20));
    assertThat(store.purgeFinished(T0.plusSeconds(10))).isEqualTo(1);
    assertThat(store.reservation(ReservationId.of("r1"))).isEmpty();
    assertThat(store.reservation(ReservationId.of("r2"))).isPresent();
    assertThat(store.reservation(ReservationId.of("r3"))).isPresent();
    assertThatThrownBy(() -> store.finish(ReservationId.of("r1"), ReservationState.RELEASED, T0.plusSeconds(30)))
        .isInstanceOf(UnknownReservationException.class);
    assertThat(store.count(A)).isEqualTo(new StockCount(9, 1));
  }

  @Test
  void concurrentMultiPositionReservationsKeepExactCounts() throws Exception {
    store.setOnHand(A, 1_000_000, StockBuffer.NONE);
    store.setOnHand(B, 1_000_000, StockBuffer.NONE);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < 2_000; i++) {
            String id = thread + "-" + i;
            store.reserve(reservation(id, Map.of(A, 1L, B, 1L), T0.plusSeconds(60)), NO_BUFFER);
            store.finish(ReservationId.of(id), i % 2 == 0 ? ReservationState.RELEASED : ReservationState.COMMITTED,
                T0);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.count(A)).isEqualTo(new StockCount(1_000_000 - 4_000, 0));
    assertThat(store.count(B)).isEqualTo(new StockCount(1_000_000 - 4_000, 0));
  }
}
