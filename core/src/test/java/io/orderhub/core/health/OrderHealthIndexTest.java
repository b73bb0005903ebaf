package io.orderhub.core.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.lifecycle.EventSource;
import io.orderhub.core.lifecycle.Lifecycle;
import io.orderhub.core.lifecycle.LifecycleEvent;
import io.orderhub.core.lifecycle.LifecycleRecord;
import io.orderhub.core.lifecycle.OrderEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderHealthIndexTest {
  static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");
  static final Instant NOW = T0.plus(Duration.ofDays(3));

  /** Applies (type, minutes after T0, minutes of recording delay) steps to a new pending order. */
  static LifecycleRecord order(String id, Object... steps) {
    LifecycleRecord r = LifecycleRecord.start(OrderId.of(id), OrderStatus.PENDING_PAYMENT, T0);
    for (int i = 0; i < steps.length; i += 3) {
      Instant at = T0.plus(Duration.ofMinutes((Integer) steps[i + 1]));
      r = Lifecycle.standard().apply(r, LifecycleEvent.of(id + i, EventSource.PLATFORM, (OrderEventType) steps[i], at),
          at.plus(Duration.ofMinutes((Integer) steps[i + 2]))).record();
    }
    return r;
  }

  @Test
  void aPerfectSetScoresOneHundred() {
    LifecycleRecord r = order("a", OrderEventType.PAY, 0, 1, OrderEventType.LOCK_STOCK, 30, 0,
        OrderEventType.PRINT_LABEL, 60, 0, OrderEventType.PICK_UP, 120, 0);
    OrderHealthIndex ohi = OrderHealthIndex.compute(List.of(r), SlaPolicy.ofDefaults(), NOW);
    assertThat(ohi.value()).isCloseTo(100.0, within(1e-9));
    assertThat(ohi.formulaValue()).isCloseTo(85.0, within(1e-9));
    assertThat(ohi.components()).extracting(OrderHealthIndex.Component::name).containsExactly("payment on time",
        "stock lock on time", "tracking number on time", "return status synced", "customer modification rate");
  }

  @Test
  void eachComponentCountsItsOwnOrders() {
    LifecycleRecord lateSync = order("late-sync", OrderEventType.PAY, 0, 60, OrderEventType.LOCK_STOCK, 30, 0);
    LifecycleRecord lateLock = order("late-lock", OrderEventType.PAY, 0, 0, OrderEventType.LOCK_STOCK, 200, 0);
    LifecycleRecord stuckLabel = order("stuck-label", OrderEventType.PAY, 0, 0, OrderEventType.PRINT_LABEL, 10, 0);
    LifecycleRecord modified = order("modified", OrderEventType.PAY, 0, 0, OrderEventType.MODIFY, 5, 0);
    LifecycleRecord refundLate = order("refund", OrderEventType.PAY, 0, 0, OrderEventType.LOCK_STOCK, 10, 0,
        OrderEventType.REQUEST_REFUND, 20, 0, OrderEventType.REFUND, 20 + 49 * 60, 0);
    OrderHealthIndex ohi = OrderHealthIndex.compute(
        List.of(lateSync, lateLock, stuckLabel, modified, refundLate), SlaPolicy.ofDefaults(), NOW);
    List<OrderHealthIndex.Component> c = ohi.components();
    assertThat(c.get(0)).satisfies(p -> {
      assertThat(p.counted()).isEqualTo(5);
      assertThat(p.matching()).isEqualTo(4);
    });
    // stock lock: lateSync on time, lateLock late, stuckLabel (implied lock at 10 min) on time,
    // modified still PAID for 3 days (late), refund locked on time
    assertThat(c.get(1).counted()).isEqualTo(5);
    assertThat(c.get(1).matching()).isEqualTo(3);
    assertThat(c.get(2).counted()).isEqualTo(1);
    assertThat(c.get(2).matching()).isZero();
    assertThat(c.get(3).counted()).isEqualTo(1);
    assertThat(c.get(3).matching()).isZero();
    assertThat(c.get(4).matching()).isEqualTo(1);
    assertThat(c.get(4).rate()).isCloseTo(0.2, within(1e-9));
    double expected = 25 * 0.8 + 25 * 0.6 + 20 * 0 + 15 * 0 + 15 * (1 - 0.2);
    assertThat(ohi.value()).isCloseTo(expected, within(1e-9));
    assertThat(c.stream().mapToDouble(OrderHealthIndex.Component::points).sum()).isCloseTo(expected, within(1e-9));
  }

  @Test
  void anOrderStillInsideItsLimitIsNotCountedYet() {
    LifecycleRecord fresh = order("fresh", OrderEventType.PAY, 0, 0);
    OrderHealthIndex ohi = OrderHealthIndex.compute(List.of(fresh), SlaPolicy.ofDefaults(), T0.plusSeconds(600));
    assertThat(ohi.components().get(1).counted()).isZero();
    assertThat(ohi.components().get(1).rate()).isEqualTo(1.0);
  }

  @Test
  void anEmptySetIsPerfect() {
    assertThat(OrderHealthIndex.compute(List.of(), SlaPolicy.ofDefaults(), NOW).value()).isCloseTo(100.0, within(1e-9));
  }

  @Test
  void leavingPaidForAHoldIsNotALockAndACancelledOrderIsNotLate() {
    LifecycleRecord held = order("held", OrderEventType.PAY, 0, 0, OrderEventType.HOLD, 10, 0);
    LifecycleRecord cancelled = order("cancelled", OrderEventType.PAY, 0, 0, OrderEventType.CANCEL, 10, 0);
    OrderHealthIndex ohi = OrderHealthIndex.compute(List.of(held, cancelled), SlaPolicy.ofDefaults(), NOW);
    assertThat(ohi.components().get(1).counted()).isEqualTo(1);
    assertThat(ohi.components().get(1).matching()).isZero();
  }
}
