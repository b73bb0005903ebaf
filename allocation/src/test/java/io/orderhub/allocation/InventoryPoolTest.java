package io.orderhub.allocation;

import static io.orderhub.allocation.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InventoryPoolTest {
  private final TestClock clock = new TestClock();
  private final InventoryPool pool = InventoryPool.builder().clock(clock).reservationTtl(Duration.ofMinutes(10))
      .build();
  private final StockKey tea = StockKey.of("HZ", "TEA");

  @Test
  void sellableIsTheBufferedStockMinusReservations() {
    pool.setOnHand(tea, 100);
    assertThat(pool.level(tea)).isEqualTo(new StockLevel(tea, 100, 0, 95));
    pool.reserve(ReservationRequest.builder(OrderId.of("o1")).add(tea, 90).build());
    assertThat(pool.level(tea)).isEqualTo(new StockLevel(tea, 100, 90, 5));
    assertThat(pool.sellable(WarehouseId.of("HZ"), Sku.of("TEA"))).isEqualTo(5);
    assertThat(pool.sellable(WarehouseId.of("HZ"), Sku.of("NONE"))).isZero();
  }

  @Test
  void demandIsSummedAcrossLinesBeforeTheCheck() {
    pool.setOnHand(tea, 10); // 9 sellable
    Order twoLines = order("1", "浙江", "TEA", 5, "TEA", 5);
    ReservationRequest request = ReservationRequest.wholeOrder(twoLines, WarehouseId.of("HZ"));
    assertThat(request.quantities()).containsEntry(tea, 10L);
    assertThatThrownBy(() -> pool.reserve(request)).isInstanceOfSatisfying(InsufficientStockException.class,
        e -> assertThat(e.shortfalls().get(tea)).isEqualTo(new InsufficientStockException.Shortfall(10, 9)));
    assertThat(pool.level(tea).reserved()).isZero();
  }

  @Test
  void reservationsCarryIdOwnerAndExpiry() {
    pool.setOnHand(tea, 10);
    Reservation r = pool.reserve(ReservationRequest.builder(OrderId.of("o1")).add(tea, 2).build());
    Reservation s = pool.reserve(ReservationRequest.builder(OrderId.of("o2")).add(tea, 1)
        .ttl(Duration.ofMinutes(1)).build());
    assertThat(r.id()).isNotEqualTo(s.id());
    assertThat(r.owner()).isEqualTo(OrderId.of("o1"));
    assertThat(r.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
    assertThat(s.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
    assertThat(pool.liveReservations()).containsExactly(r, s);
  }

  @Test
  void commitLowersOnHandAndReserved() {
    pool.setOnHand(tea, 10);
    Reservation r = pool.reserve(ReservationRequest.builder(OrderId.of("o1")).add(tea, 4).build());
    assertThat(pool.commit(r.id()).state()).isEqualTo(ReservationState.COMMITTED);
    assertThat(pool.level(tea)).isEqualTo(new StockLevel(tea, 6, 0, 5));
    assertThatThrownBy(() -> pool.release(r.id())).isInstanceOf(ReservationStateException.class)
        .hasMessage("cannot release reservation " + r.id() + ": it is already committed");
  }

  @Test
  void theSweepExpiresDueReservationsByTheInjectedClock() {
    pool.setOnHand(tea, 10);
    Reservation shortOne = pool.reserve(ReservationRequest.builder(OrderId.of("o1")).add(tea, 4)
        .ttl(Duration.ofMinutes(1)).build());
    Reservation longOne = pool.reserve(ReservationRequest.builder(OrderId.of("o2")).add(tea, 3).build());
    assertThat(pool.sweepExpired()).isEmpty();
    clock.advance(Duration.ofMinutes(1));
    assertThat(pool.sweepExpired()).extracting(Reservation::id).containsExactly(shortOne.id());
    assertThat(pool.level(tea).reserved()).isEqualTo(3);
    assertThatThrownBy(() -> pool.commit(shortOne.id())).isInstanceOfSatisfying(ReservationStateException.class,
        e -> assertThat(e.state()).isEqualTo(ReservationState.EXPIRED));
    clock.advance(Duration.ofMinutes(9));
    assertThatThrownBy(() -> pool.commit(longOne.id())).isInstanceOf(ReservationStateException.class);
    assertThat(pool.level(tea)).isEqualTo(new StockLevel(tea, 10, 0, 9));
  }

  @Test
  void restockRaisesSellable() {
    pool.restock(tea, 20);
    assertThat(pool.level(tea).sellable()).isEqualTo(19);
    assertThat(pool.levels()).extracting(StockLevel::key).containsExactly(tea);
  }

  @Test
  void customIdsAndPurge() {
    int[] n = {0};
    InventoryPool p = InventoryPool.builder().clock(clock).reservationIds(() -> ReservationId.of("X" + ++n[0]))
        .buffers(BufferPolicy.of(StockBuffer.NONE)).build();
    p.setOnHand(tea, 3);
    Reservation r = p.reserve(ReservationRequest.builder(OrderId.of("o")).add(tea, 3).build());
    assertThat(r.id()).isEqualTo(ReservationId.of("X1"));
    p.release(r.id());
    clock.advance(Duration.ofHours(2));
    assertThat(p.purgeFinished(Duration.ofMinutes(30))).isEqualTo(1);
    assertThatThrownBy(() -> p.release(r.id())).isInstanceOf(UnknownReservationException.class);
  }

  @Test
  void builderChecksItsValues() {
    assertThatThrownBy(() -> InventoryPool.builder().build()).hasMessageContaining("clock");
    assertThatThrownBy(() -> InventoryPool.builder().reservationTtl(Duration.ZERO))
        .hasMessageContaining("reservationTtl");
    assertThatThrownBy(() -> ReservationRequest.builder(OrderId.of("o")).build()).hasMessageContaining("quantities");
    assertThatThrownBy(() -> ReservationRequest.builder(OrderId.of("o")).add(tea, 0))
        .hasMessageContaining("quantity[HZ/TEA]");
  }
}
