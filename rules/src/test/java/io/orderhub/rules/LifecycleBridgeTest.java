package io.orderhub.rules;

import static io.orderhub.rules.TestOrders.T0;
import static io.orderhub.rules.TestOrders.clean;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.lifecycle.EventSource;
import io.orderhub.core.lifecycle.HistoryEntry;
import io.orderhub.core.lifecycle.Hold;
import io.orderhub.core.lifecycle.LifecycleEvent;
import io.orderhub.core.lifecycle.LifecycleRecord;
import io.orderhub.core.lifecycle.LifecycleResult;
import io.orderhub.core.lifecycle.OrderEventType;
import io.orderhub.core.lifecycle.Outcome;
import io.orderhub.core.store.InMemoryLifecycleStore;
import io.orderhub.core.store.InMemoryOrderStore;
import io.orderhub.core.store.LifecycleService;
import io.orderhub.core.store.OrderNotFoundException;
import io.orderhub.rules.spi.GeocodeResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bridge through the real {@link LifecycleService} over the in-memory stores. */
class LifecycleBridgeTest {
  private static final Instant EVALUATED = T0.plusSeconds(90);

  private final InMemoryOrderStore orders = new InMemoryOrderStore();
  private final LifecycleService service = LifecycleService.builder(orders, new InMemoryLifecycleStore())
      .clock(Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC)).build();
  private final LifecycleBridge bridge = LifecycleBridge.to(service);

  /** The order stored, and evaluated by the default rules with a geocoder of {@code confidence}. */
  private Decision stored(Order order, double confidence) {
    orders.insert(order);
    return BuiltInRules.defaults().evaluate(EvaluationContext.builder(order).at(EVALUATED)
        .geocoder(a -> Optional.of(new GeocodeResult(confidence, "district"))).build());
  }

  private static List<HistoryEntry> ruleEntries(LifecycleRecord r) {
    return r.history().stream().filter(h -> h.source() == EventSource.RULE).toList();
  }

  @Test
  void aHoldPutsTheOrderOnHoldAndTheHistoryNamesTheRule() {
    Order o = clean("lb-1");
    Decision d = stored(o, 0.40);
    assertThat(d.firedIds()).containsExactly(BuiltInRules.ADDRESS_LOW_CONFIDENCE);

    List<LifecycleResult> results = bridge.apply(d);

    assertThat(results).extracting(LifecycleResult::outcome).containsExactly(Outcome.APPLIED);
    LifecycleRecord r = service.record(o.id());
    assertThat(r.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(r.returnTo()).contains(OrderStatus.PAID);
    assertThat(r.hold()).contains(new Hold("address-unverified (rule address.low-confidence)", "address-review",
        EVALUATED));
    HistoryEntry h = r.lastEntry().orElseThrow();
    assertThat(h.source()).isEqualTo(EventSource.RULE);
    assertThat(h.eventId()).isEqualTo("address.low-confidence/hold@" + EVALUATED);
    assertThat(h.type()).isEqualTo(OrderEventType.HOLD);
    assertThat(h.occurredAt()).isEqualTo(EVALUATED);
    assertThat(h.detail()).contains("address-review: address-unverified (rule address.low-confidence)");
    assertThat(orders.get(o.id()).orElseThrow().status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(service.heldIn("address-review")).extracting(LifecycleRecord::orderId).containsExactly(o.id());
  }

  @Test
  void theSameDecisionAppliedTwiceHoldsOnce() {
    Order o = clean("lb-2");
    Decision d = stored(o, 0.40);

    bridge.apply(d);
    List<LifecycleResult> again = bridge.apply(d);

    assertThat(again).extracting(LifecycleResult::outcome).containsExactly(Outcome.DUPLICATE);
    LifecycleRecord r = service.record(o.id());
    assertThat(r.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(ruleEntries(r)).extracting(HistoryEntry::outcome).containsExactly(Outcome.APPLIED, Outcome.DUPLICATE);
    assertThat(r.history().stream().filter(h -> h.type() == OrderEventType.HOLD && h.outcome() == Outcome.APPLIED))
        .hasSize(1);
  }

  @Test
  void aFreezeIsAHoldInTheFreezeQueueWithItsOwnReason() {
    Order o = clean("lb-3");
    orders.insert(o);
    Instant refund = o.paidAt().orElseThrow().plus(Duration.ofMinutes(3));
    Decision d = BuiltInRules.defaults().evaluate(EvaluationContext.builder(o).at(refund)
        .history(OrderHistory.of(Map.of(OrderHistory.REFUND_REQUESTED, refund))).build());
    assertThat(d.firedIds()).containsExactly(BuiltInRules.REFUND_FAST);

    assertThat(bridge.apply(d)).extracting(LifecycleResult::outcome).containsExactly(Outcome.APPLIED);

    LifecycleRecord r = service.record(o.id());
    assertThat(r.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(r.hold()).contains(new Hold("freeze-shipment (rule refund.fast)", "after-sales", refund));
    assertThat(r.lastEntry().orElseThrow().eventId()).isEqualTo("refund.fast/freeze@" + refund);
  }

  @Test
  void aFrozenOrderCannotBePickedUpUntilReleased() {
    Order o = clean("lb-4");
    Instant refund = o.paidAt().orElseThrow().plus(Duration.ofMinutes(3));
    orders.insert(o);
    bridge.apply(BuiltInRules.defaults().evaluate(EvaluationContext.builder(o).at(refund)
        .history(OrderHistory.of(Map.of(OrderHistory.REFUND_REQUESTED, refund))).build()));

    LifecycleResult pickUp = service.fire(o.id(),
        LifecycleEvent.of("sf-1", EventSource.CARRIER, OrderEventType.PICK_UP, refund.plusSeconds(60)));

    assertThat(pickUp.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(service.record(o.id()).status()).isEqualTo(OrderStatus.ON_HOLD);
  }

  @Test
  void anOrderAlreadyShippedIsNotMovedBackTheLifecycleRejectsTheHold() {
    Order o = clean("lb-5");
    Decision d = stored(o, 0.40);
    LifecycleResult shipped = service.fire(o.id(),
        LifecycleEvent.of("sf-2", EventSource.CARRIER, OrderEventType.PICK_UP, T0.plusSeconds(80)));
    assertThat(shipped.to()).isEqualTo(OrderStatus.PICKED_UP);

    List<LifecycleResult> results = bridge.apply(d);

    assertThat(results).extracting(LifecycleResult::outcome).containsExactly(Outcome.REJECTED);
    LifecycleRecord r = service.record(o.id());
    assertThat(r.status()).isEqualTo(OrderStatus.PICKED_UP);
    assertThat(r.hold()).isEmpty();
    assertThat(orders.get(o.id()).orElseThrow().status()).isEqualTo(OrderStatus.PICKED_UP);
    // the request is still on record, with the rule that made it
    assertThat(r.lastEntry().orElseThrow().eventId()).isEqualTo("address.low-confidence/hold@" + EVALUATED);
    assertThat(r.lastEntry().orElseThrow().outcome()).isEqualTo(Outcome.REJECTED);
  }

  @Test
  void anOrderInAfterSalesIsNotFrozenOnTopTheLifecycleRejectsIt() {
    Order o = clean("lb-6", T0).status(OrderStatus.REFUND_REQUESTED).updatedAt(T0.plusSeconds(240)).build();
    orders.insert(o);
    Decision d = RuleRunner.builder(BuiltInRules.defaults()).clock(Clock.fixed(EVALUATED, ZoneOffset.UTC)).build()
        .evaluate(o);
    assertThat(d.firedIds()).containsExactly(BuiltInRules.REFUND_FAST);

    assertThat(bridge.apply(d)).extracting(LifecycleResult::outcome).containsExactly(Outcome.REJECTED);
    assertThat(service.record(o.id()).status()).isEqualTo(OrderStatus.REFUND_REQUESTED);
  }

  @Test
  void withSeveralHoldsTheHighestPriorityRuleHoldsAndEveryRuleIsOnRecord() {
    Order o = clean("lb-7", T0).amounts(io.orderhub.core.Amounts.of(Money.cny("9000.00"))).lines(List.of(
        TestOrders.line("TEA-1", 90))).build();
    Decision d = stored(o, 0.40);
    assertThat(d.firedIds()).containsExactly(BuiltInRules.ADDRESS_LOW_CONFIDENCE, BuiltInRules.AMOUNT_HIGH);

    List<LifecycleResult> results = bridge.apply(d);

    assertThat(results).extracting(LifecycleResult::outcome).containsExactly(Outcome.APPLIED, Outcome.REJECTED);
    LifecycleRecord r = service.record(o.id());
    assertThat(r.hold().orElseThrow().queue()).isEqualTo("address-review");
    assertThat(ruleEntries(r)).extracting(HistoryEntry::eventId).containsExactly(
        "address.low-confidence/hold@" + EVALUATED, "amount.high/hold@" + EVALUATED);
  }

  @Test
  void aDecisionThatAsksNothingOfTheLifecycleFiresNothing() {
    Order o = clean("lb-8", T0).shippingAddress(TestOrders.address("石牛村3组")).build();
    Decision d = stored(o, 0.95);
    assertThat(d.firedIds()).containsExactly(BuiltInRules.ADDRESS_VAGUE);

    assertThat(bridge.apply(d)).isEmpty();
    assertThat(service.record(o.id()).history()).isEmpty();
  }

  @Test
  void eventsAreTheSameForTheSameDecisionAndNewForANewEvaluation() {
    Order o = clean("lb-9");
    Decision first = stored(o, 0.40);
    Decision later = BuiltInRules.defaults().evaluate(EvaluationContext.builder(o).at(EVALUATED.plusSeconds(60))
        .geocoder(a -> Optional.of(new GeocodeResult(0.40, "district"))).build());

    assertThat(LifecycleBridge.events(first)).isEqualTo(LifecycleBridge.events(first));
    assertThat(LifecycleBridge.events(later).get(0).id()).isNotEqualTo(LifecycleBridge.events(first).get(0).id());
  }

  @Test
  void aRuleAskingTwiceOfOneKindGetsNumberedIdsAndALongRuleIdAStableShortOne() {
    String longId = "seller.".repeat(15) + "rule"; // 109 characters: an id, too long for an event id with a time
    RuleSet set = RuleSet.builder().queues(List.of("q1", "q2"))
        .rule(Rule.builder("two").priority(1).when(Condition.of("always", c -> true))
            .then(io.orderhub.rules.Outcome.hold("q1", "first")).then(io.orderhub.rules.Outcome.hold("q2", "second"))
            .build())
        .rule(Rule.builder(longId).when(Condition.of("always", c -> true))
            .then(io.orderhub.rules.Outcome.freezeShipment("q1")).build())
        .build();
    Decision d = set.evaluate(EvaluationContext.builder(clean("lb-10")).at(EVALUATED).build());

    List<LifecycleEvent> events = LifecycleBridge.events(d);

    assertThat(events).extracting(LifecycleEvent::id).startsWith("two/hold@" + EVALUATED, "two/hold/2@" + EVALUATED);
    assertThat(events.get(2).id()).startsWith("rule-").hasSizeLessThanOrEqualTo(128)
        .isEqualTo(LifecycleBridge.events(d).get(2).id());
    assertThat(events.get(2).payload().holdReason()).contains("freeze-shipment (rule " + longId + ")");
  }

  @Test
  void anOrderTheServiceDoesNotKnowIsATypedError() {
    Decision d = BuiltInRules.defaults().evaluate(EvaluationContext.builder(clean("lb-11")).at(EVALUATED)
        .geocoder(a -> Optional.of(new GeocodeResult(0.40, "district"))).build());
    assertThatThrownBy(() -> bridge.apply(d)).isInstanceOf(OrderNotFoundException.class);
  }
}
