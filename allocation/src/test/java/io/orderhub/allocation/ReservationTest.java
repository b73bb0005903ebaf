package io.orderhub.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.OrderId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Validation of reservations and their ids, and the quantities they share across state changes. */
class ReservationTest {
  private static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");
  private static final StockKey TEA = StockKey.of("HZ", "TEA");

  private static Reservation reservation(Map<StockKey, Long> quantities) {
    return new Reservation(ReservationId.of("R1"), OrderId.of("o1"), quantities, T0, T0.plusSeconds(60),
        ReservationState.ACTIVE);
  }

  @Test
  void aPositionWithoutUnitsIsNamed() {
    assertThatThrownBy(() -> reservation(Map.of(TEA, 0L))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("reservation.quantities[HZ/TEA]");
    Map<StockKey, Long> nullUnits = new HashMap<>();
    nullUnits.put(TEA, null);
    assertThatThrownBy(() -> reservation(nullUnits)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("reservation.quantities[HZ/TEA]");
    Map<StockKey, Long> nullKey = new HashMap<>();
    nullKey.put(null, 1L);
    assertThatThrownBy(() -> reservation(nullKey)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("reservation.quantities key");
  }

  @Test
  void quantitiesAreSortedUnmodifiableAndSharedByStateChanges() {
    Map<StockKey, Long> wanted = new HashMap<>(Map.of(StockKey.of("SH", "CUP"), 2L, TEA, 1L));
    Reservation r = reservation(wanted);
    wanted.clear();
    assertThat(r.quantities()).containsExactly(Map.entry(StockKey.of("HZ", "TEA"), 1L),
        Map.entry(StockKey.of("SH", "CUP"), 2L));
    assertThat(r.quantities()).isEqualTo(new TreeMap<>(Map.of(StockKey.of("SH", "CUP"), 2L, TEA, 1L)));
    assertThat(r.withState(ReservationState.RELEASED).quantities()).isSameAs(r.quantities());
    assertThatThrownBy(() -> r.quantities().put(TEA, 5L)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(r.quantity(TEA)).isEqualTo(1);
    assertThat(r.quantity(StockKey.of("XX", "TEA"))).isZero();
  }

  @Test
  void idsFollowTheIdRulesOnTheAsciiFastPathToo() {
    assertThat(ReservationId.of("R123").value()).isEqualTo("R123");
    assertThat(ReservationId.of("预占-1").value()).isEqualTo("预占-1");
    assertThat(ReservationId.of("R 1").value()).isEqualTo("R 1");
    for (String bad : new String[] {"", " R1", "R1 ", "R\u00011", "x".repeat(129)}) {
      assertThatThrownBy(() -> ReservationId.of(bad)).as(bad).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("reservationId");
    }
  }

  @Test
  void defaultIdsCountFromOneOnAThreadAndNeverRepeatAcrossThreads() throws Exception {
    InventoryPool pool = InventoryPool.builder().clock(new TestClock()).buffers(BufferPolicy.of(StockBuffer.NONE))
        .build();
    pool.setOnHand(TEA, StockLevel.MAX_QUANTITY);
    ReservationRequest one = ReservationRequest.builder(OrderId.of("o")).add(TEA, 1).build();
    assertThat(pool.reserve(one).id()).isEqualTo(ReservationId.of("R1"));
    assertThat(pool.reserve(one).id()).isEqualTo(ReservationId.of("R2"));
    java.util.Set<ReservationId> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.List<Thread> threads = new java.util.ArrayList<>();
    for (int t = 0; t < 4; t++) {
      threads.add(new Thread(() -> {
        for (int i = 0; i < 2_500; i++) {
          seen.add(pool.reserve(one).id());
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertThat(seen).hasSize(10_000).doesNotContain(ReservationId.of("R1"), ReservationId.of("R2"));
  }
}
