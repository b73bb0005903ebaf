package io.orderhub.core.lifecycle;

import static io.orderhub.core.OrderStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.lifecycle.machine.InvalidDefinitionException;
import io.orderhub.core.lifecycle.machine.TransitionFailedException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {
  static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");
  static final OrderId ID = OrderId.of("taobao-1");

  final Lifecycle lifecycle = Lifecycle.standard();
  int seconds;

  LifecycleEvent event(String id, EventSource source, OrderEventType type) {
    return LifecycleEvent.of(id, source, type, T0.plusSeconds(++seconds * 60L));
  }

  LifecycleResult apply(LifecycleRecord record, LifecycleEvent event) {
    return lifecycle.apply(record, event, T0.plusSeconds(3600));
  }

  LifecycleRecord at(OrderStatus status) {
    return LifecycleRecord.start(ID, status, T0);
  }

  @Test
  void theHappyPathWalksEveryStepAndRecordsEach() {
    LifecycleRecord r = at(PENDING_PAYMENT);
    OrderEventType[] steps = {OrderEventType.PAY, OrderEventType.LOCK_STOCK, OrderEventType.ASSIGN_WAREHOUSE,
        OrderEventType.START_PACKING, OrderEventType.PRINT_LABEL, OrderEventType.PICK_UP, OrderEventType.DELIVER,
        OrderEventType.COMPLETE};
    for (OrderEventType step : steps) {
      LifecycleResult res = apply(r, event("e-" + step, EventSource.PLATFORM, step));
      assertThat(res.outcome()).isEqualTo(Outcome.APPLIED);
      assertThat(res.to()).isEqualTo(step.fulfilmentTarget().orElseThrow());
      r = res.record();
    }
    assertThat(r.status()).isEqualTo(COMPLETED);
    assertThat(r.reached()).isEqualTo(COMPLETED);
    assertThat(r.history()).hasSize(8).allMatch(e -> e.outcome() == Outcome.APPLIED);
    HistoryEntry first = r.history().get(0);
    assertThat(first.eventId()).isEqualTo("e-PAY");
    assertThat(first.source()).isEqualTo(EventSource.PLATFORM);
    assertThat(first.from()).isEqualTo(PENDING_PAYMENT);
    assertThat(first.to()).isEqualTo(PAID);
    assertThat(first.occurredAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(first.recordedAt()).isEqualTo(T0.plusSeconds(3600));
    assertThat(r.enteredAt()).isEqualTo(T0.plusSeconds(8 * 60));
  }

  @Test
  void aRepeatedEventIdIsADuplicateAndChangesNothingButTheHistory() {
    LifecycleRecord r = apply(at(PAID), event("wms-7", EventSource.WMS, OrderEventType.LOCK_STOCK)).record();
    LifecycleResult again = apply(r, LifecycleEvent.of("wms-7", EventSource.WMS, OrderEventType.LOCK_STOCK, T0));
    assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(again.moved()).isFalse();
    assertThat(again.reason()).contains("event WMS/wms-7 was already processed");
    assertThat(again.record().status()).isEqualTo(STOCK_LOCKED);
    assertThat(again.record().enteredAt()).isEqualTo(r.enteredAt());
    assertThat(again.record().history()).extracting(HistoryEntry::outcome)
        .containsExactly(Outcome.APPLIED, Outcome.DUPLICATE);
  }

  @Test
  void theSameIdFromAnotherSourceIsAnotherEvent() {
    LifecycleRecord r = apply(at(PAID), event("7", EventSource.WMS, OrderEventType.LOCK_STOCK)).record();
    assertThat(apply(r, event("7", EventSource.RULE, OrderEventType.ASSIGN_WAREHOUSE)).outcome())
        .isEqualTo(Outcome.APPLIED);
  }

  @Test
  void aLateEventForAnEarlierStepIsStaleAndDoesNotMoveTheOrderBack() {
    LifecycleRecord r = at(WAREHOUSE_ASSIGNED);
    r = apply(r, event("c-1", EventSource.CARRIER, OrderEventType.PICK_UP)).record();
    LifecycleResult late = apply(r, event("w-9", EventSource.WMS, OrderEventType.START_PACKING));
    assertThat(late.outcome()).isEqualTo(Outcome.STALE);
    assertThat(late.to()).isEqualTo(PICKED_UP);
    assertThat(late.reason()).contains("the order already reached PICKED_UP");
    assertThat(late.record().lastEntry().orElseThrow().outcome()).isEqualTo(Outcome.STALE);
  }

  @Test
  void aStaleEventIsStaleEvenWhileOnHold() {
    LifecycleRecord r = at(PACKING);
    r = apply(r, event("h", EventSource.PERSON, OrderEventType.HOLD)).record();
    assertThat(apply(r, event("w", EventSource.WMS, OrderEventType.ASSIGN_WAREHOUSE)).outcome()).isEqualTo(Outcome.STALE);
  }

  @Test
  void anEventThatImpliesEarlierStepsJumpsForwardAndRecordsThemAsImplied() {
    LifecycleRecord r = at(WAREHOUSE_ASSIGNED);
    LifecycleResult jump = apply(r, event("sf-1", EventSource.CARRIER, OrderEventType.PICK_UP));
    assertThat(jump.outcome()).isEqualTo(Outcome.APPLIED);
    assertThat(jump.to()).isEqualTo(PICKED_UP);
    assertThat(jump.implied()).containsExactly(PACKING, LABEL_PRINTED);
    List<HistoryEntry> h = jump.record().history();
    assertThat(h).extracting(HistoryEntry::outcome).containsExactly(Outcome.IMPLIED, Outcome.IMPLIED, Outcome.APPLIED);
    assertThat(h).extracting(HistoryEntry::to).containsExactly(PACKING, LABEL_PRINTED, PICKED_UP);
    assertThat(h).extracting(HistoryEntry::from).containsExactly(WAREHOUSE_ASSIGNED, PACKING, LABEL_PRINTED);
    assertThat(h).extracting(HistoryEntry::eventId).containsOnly("sf-1");
    assertThat(h.get(0).type()).isEqualTo(OrderEventType.START_PACKING);
    assertThat(jump.record().reached()).isEqualTo(PICKED_UP);
  }

  @Test
  void aBackorderedOrderJumpsThroughTheStockLock() {
    assertThat(lifecycle.impliedSteps(BACKORDERED, OrderEventType.START_PACKING))
        .containsExactly(STOCK_LOCKED, WAREHOUSE_ASSIGNED);
    assertThat(lifecycle.impliedSteps(PENDING_PAYMENT, OrderEventType.COMPLETE))
        .containsExactly(PAID, STOCK_LOCKED, WAREHOUSE_ASSIGNED, PACKING, LABEL_PRINTED, PICKED_UP, DELIVERED);
    assertThat(lifecycle.impliedSteps(ON_HOLD, OrderEventType.PICK_UP)).isEmpty();
    assertThat(lifecycle.impliedSteps(PAID, OrderEventType.LOCK_STOCK)).isEmpty();
  }

  @Test
  void aHeldOrderComesBackToWhereItWas() {
    LifecycleRecord r = at(STOCK_LOCKED);
    EventPayload why = EventPayload.builder().holdReason("presale: ships after 11-11").reviewQueue("presale").build();
    LifecycleResult held = apply(r, event("h-1", EventSource.RULE, OrderEventType.HOLD).withPayload(why));
    assertThat(held.to()).isEqualTo(ON_HOLD);
    Hold hold = held.record().hold().orElseThrow();
    assertThat(hold.reason()).isEqualTo("presale: ships after 11-11");
    assertThat(hold.queue()).isEqualTo("presale");
    assertThat(hold.since()).isEqualTo(held.event().occurredAt());
    assertThat(held.record().returnTo()).contains(STOCK_LOCKED);
    assertThat(held.record().lastEntry().orElseThrow().detail()).contains("presale: presale: ships after 11-11");

    LifecycleResult ship = apply(held.record(), event("c-1", EventSource.CARRIER, OrderEventType.PICK_UP));
    assertThat(ship.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(ship.reason()).contains("no transition from ON_HOLD on PICK_UP");

    LifecycleResult released = apply(ship.record(), event("r-1", EventSource.PERSON, OrderEventType.RELEASE));
    assertThat(released.to()).isEqualTo(STOCK_LOCKED);
    assertThat(released.record().hold()).isEmpty();
    assertThat(released.record().returnTo()).isEmpty();
  }

  @Test
  void aHoldWithoutDetailsUsesTheDefaults() {
    LifecycleRecord r = apply(at(PAID), event("h", EventSource.PERSON, OrderEventType.HOLD)).record();
    assertThat(r.hold().orElseThrow().reason()).isEqualTo(Hold.UNSPECIFIED_REASON);
    assertThat(r.hold().orElseThrow().queue()).isEqualTo(Hold.DEFAULT_QUEUE);
  }

  @Test
  void aRejectedEventMayBeDeliveredAgainLater() {
    LifecycleRecord r = apply(at(PAID), event("h", EventSource.PERSON, OrderEventType.HOLD)).record();
    LifecycleEvent lock = event("w-1", EventSource.WMS, OrderEventType.LOCK_STOCK);
    r = apply(r, lock).record();
    assertThat(r.lastEntry().orElseThrow().outcome()).isEqualTo(Outcome.REJECTED);
    r = apply(r, event("r", EventSource.PERSON, OrderEventType.RELEASE)).record();
    LifecycleResult retry = apply(r, lock);
    assertThat(retry.outcome()).isEqualTo(Outcome.APPLIED);
    assertThat(retry.to()).isEqualTo(STOCK_LOCKED);
  }

  @Test
  void cancellingBeforeShipmentCancelsAndAfterShipmentRequestsARefund() {
    assertThat(apply(at(LABEL_PRINTED), event("x", EventSource.PLATFORM, OrderEventType.CANCEL)).to())
        .isEqualTo(CANCELLED);
    LifecycleResult afterShipment = apply(at(PICKED_UP), event("x", EventSource.PLATFORM, OrderEventType.CANCEL));
    assertThat(afterShipment.to()).isEqualTo(REFUND_REQUESTED);
    assertThat(afterShipment.record().returnTo()).contains(PICKED_UP);
    assertThat(apply(afterShipment.record(), event("y", EventSource.PLATFORM, OrderEventType.REFUND)).to())
        .isEqualTo(REFUNDED);
  }

  @Test
  void aRejectedRefundRequestReturnsToWhereItWas() {
    LifecycleRecord r = apply(at(DELIVERED), event("rr", EventSource.PLATFORM, OrderEventType.REQUEST_REFUND)).record();
    LifecycleResult back = apply(r, event("no", EventSource.PLATFORM, OrderEventType.REJECT_REFUND));
    assertThat(back.to()).isEqualTo(DELIVERED);
    assertThat(back.record().returnTo()).isEmpty();
  }

  @Test
  void aTerminalOrderRejectsEverythingButRecordsIt() {
    LifecycleResult r = apply(at(CANCELLED), event("c", EventSource.CARRIER, OrderEventType.PICK_UP));
    assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(r.reason()).contains("CANCELLED is terminal, no transition on PICK_UP");
    assertThat(r.record().history()).singleElement().satisfies(e -> {
      assertThat(e.outcome()).isEqualTo(Outcome.REJECTED);
      assertThat(e.from()).isEqualTo(CANCELLED);
      assertThat(e.to()).isEqualTo(CANCELLED);
    });
  }

  @Test
  void aBackorderResumesWithTheStockLock() {
    LifecycleRecord r = apply(at(PAID), event("b", EventSource.RULE, OrderEventType.BACKORDER)).record();
    assertThat(r.status()).isEqualTo(BACKORDERED);
    r = apply(r, event("l", EventSource.WMS, OrderEventType.LOCK_STOCK)).record();
    assertThat(r.status()).isEqualTo(STOCK_LOCKED);
  }

  @Test
  void aModificationIsAppliedInPlace() {
    LifecycleRecord before = at(PAID);
    LifecycleResult r = apply(before, event("m", EventSource.PLATFORM, OrderEventType.MODIFY));
    assertThat(r.outcome()).isEqualTo(Outcome.APPLIED);
    assertThat(r.moved()).isFalse();
    assertThat(r.record().enteredAt()).isEqualTo(before.enteredAt());
    assertThat(apply(at(PICKED_UP), event("m", EventSource.PLATFORM, OrderEventType.MODIFY)).outcome())
        .isEqualTo(Outcome.REJECTED);
  }

  @Test
  void anEventFromThePastDoesNotMoveEnteredAtBackwards() {
    LifecycleRecord r = at(PAID);
    LifecycleResult res = apply(r, LifecycleEvent.of("e", EventSource.WMS, OrderEventType.LOCK_STOCK, T0.minusSeconds(60)));
    assertThat(res.record().enteredAt()).isEqualTo(T0);
  }

  @Test
  void aFailingActionAppliesNothing() {
    Lifecycle strict = Lifecycle.of(Lifecycle.standardDefinition()
        .onEntry(PACKING, (f, t, e, c) -> {
          throw new IllegalStateException("WMS down");
        }).build());
    LifecycleRecord r = at(WAREHOUSE_ASSIGNED);
    assertThatThrownBy(() -> strict.apply(r, event("c", EventSource.CARRIER, OrderEventType.PICK_UP), T0))
        .isInstanceOf(TransitionFailedException.class)
        .hasMessageContaining("WAREHOUSE_ASSIGNED -START_PACKING-> PACKING");
    assertThat(r.history()).isEmpty();
    assertThat(r.status()).isEqualTo(WAREHOUSE_ASSIGNED);
  }

  @Test
  void theStandardDefinitionIsValidAndEveryStateIsReachable() {
    assertThat(lifecycle.machine().reachableFrom(PENDING_PAYMENT)).containsExactlyInAnyOrder(OrderStatus.values());
    assertThat(lifecycle.machine().terminalStates()).containsExactlyInAnyOrder(COMPLETED, CANCELLED, REFUNDED);
    assertThat(Lifecycle.standard()).isSameAs(lifecycle);
  }

  @Test
  void aHostCannotAddAnAmbiguousTransition() {
    assertThatThrownBy(() -> Lifecycle.standardDefinition().transition(PAID, OrderEventType.CANCEL, ON_HOLD).build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("PAID on CANCEL has 2 transitions without a guard");
  }

  @Test
  void theDiagramShowsHoldsWithTheirGuards() {
    String mermaid = lifecycle.machine().toMermaid();
    assertThat(mermaid).startsWith("stateDiagram-v2\n")
        .contains("    [*] --> PENDING_PAYMENT\n")
        .contains("    PICKED_UP --> DELIVERED : DELIVER\n")
        .contains("    ON_HOLD --> PACKING : RELEASE [held at PACKING]\n")
        .contains("    PICKED_UP --> REFUND_REQUESTED : CANCEL, REQUEST_REFUND\n")
        .contains("    REFUNDED --> [*]\n");
  }

  @Test
  void eventTypesMapToAndFromStatuses() {
    assertThat(OrderEventType.reaching(PICKED_UP)).contains(OrderEventType.PICK_UP);
    assertThat(OrderEventType.reaching(ON_HOLD)).contains(OrderEventType.HOLD);
    assertThat(OrderEventType.reaching(REFUNDED)).contains(OrderEventType.REFUND);
    assertThat(OrderEventType.reaching(PENDING_PAYMENT)).isEmpty();
    for (OrderStatus s : OrderStatus.values()) {
      OrderEventType.reaching(s).flatMap(OrderEventType::fulfilmentTarget).ifPresent(t -> assertThat(t).isEqualTo(s));
    }
    assertThat(OrderEventType.HOLD.isFulfilment()).isFalse();
  }

  @Test
  void recordsAndEventsCheckTheirValues() {
    assertThatThrownBy(() -> LifecycleEvent.of(" ", EventSource.WMS, OrderEventType.PAY, T0))
        .hasMessageContaining("eventId");
    assertThatThrownBy(() -> LifecycleRecord.builder(ID, PAID, T0).hold(new Hold("x", "q", T0)).build())
        .hasMessageContaining("hold").hasMessageContaining("status is PAID");
    assertThatThrownBy(() -> LifecycleRecord.builder(ID, PACKING, T0).reached(PAID).build())
        .hasMessageContaining("reached");
    assertThatThrownBy(() -> LifecycleRecord.builder(ID, PACKING, T0).reached(ON_HOLD))
        .hasMessageContaining("is not a fulfilment step");
    assertThat(EventPayload.builder().note("call 13812345678").build().toString()).doesNotContain("138");
  }

  @Test
  void aRecordRoundTripsThroughItsBuilder() {
    LifecycleRecord r = apply(at(PAID), event("h", EventSource.PERSON, OrderEventType.HOLD)).record();
    assertThat(r.toBuilder().build()).isEqualTo(r);
    assertThat(LifecycleRecord.builder(r.orderId(), r.status(), r.enteredAt()).reached(r.reached())
        .hold(r.hold().orElse(null)).returnTo(r.returnTo().orElse(null)).history(r.history())
        .startedAt(r.startedAt()).version(r.version()).build()).isEqualTo(r);
  }
}
