package io.orderhub.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.lifecycle.machine.StateMachine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LifecycleProperties {
  static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");
  static final Lifecycle LIFECYCLE = Lifecycle.standard();
  static final StateMachine<OrderStatus, OrderEventType, LifecycleContext> MACHINE = LIFECYCLE.machine();

  /** Any events, ids from a small pool so that duplicates are frequent. */
  @Provide
  Arbitrary<List<LifecycleEvent>> anyEvents() {
    Arbitrary<LifecycleEvent> event = Combinators.combine(
            Arbitraries.integers().between(0, 7), Arbitraries.of(EventSource.class),
            Arbitraries.of(OrderEventType.class), Arbitraries.integers().between(0, 10_000))
        .as((id, source, type, minute) -> LifecycleEvent.of("e" + id, source, type, T0.plusSeconds(60L * minute)));
    return event.list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<OrderStatus> startStates() {
    return Arbitraries.of(OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, OrderStatus.STOCK_LOCKED,
        OrderStatus.PACKING, OrderStatus.PICKED_UP);
  }

  @Property(tries = 300)
  void theStateIsAlwaysOneTheDefinitionReachesByItsOwnTransitions(
      @ForAll("startStates") OrderStatus start, @ForAll("anyEvents") List<LifecycleEvent> events) {
    Set<OrderStatus> reachable = MACHINE.reachableFrom(start);
    LifecycleRecord r = LifecycleRecord.start(OrderId.of("o-1"), start, T0);
    for (LifecycleEvent e : events) {
      OrderStatus reachedBefore = r.reached();
      r = LIFECYCLE.apply(r, e, T0).record();
      assertThat(reachable).contains(r.status());
      assertThat(r.hold().isPresent()).isEqualTo(r.status() == OrderStatus.ON_HOLD);
      assertThat(r.reached().step()).isGreaterThanOrEqualTo(reachedBefore.step());
      if (r.status().isFulfilmentStep()) {
        assertThat(r.status().step()).isLessThanOrEqualTo(r.reached().step());
      }
    }
    for (HistoryEntry h : r.history()) {
      if (h.from() != h.to()) {
        assertThat(MACHINE.transitions()).as("history step %s", h)
            .anyMatch(t -> t.from() == h.from() && t.to() == h.to());
      }
    }
  }

  @Property(tries = 300)
  void historyHasOneEntryPerDeliveredEventInDeliveryOrder(
      @ForAll("startStates") OrderStatus start, @ForAll("anyEvents") List<LifecycleEvent> events) {
    LifecycleRecord r = LifecycleRecord.start(OrderId.of("o-1"), start, T0);
    for (LifecycleEvent e : events) {
      r = LIFECYCLE.apply(r, e, T0).record();
    }
    List<String> delivered = new ArrayList<>();
    events.forEach(e -> delivered.add(e.source() + "/" + e.id() + "/" + e.type()));
    List<String> recorded = new ArrayList<>();
    r.history().stream().filter(h -> h.outcome() != Outcome.IMPLIED)
        .forEach(h -> recorded.add(h.source() + "/" + h.eventId() + "/" + h.type()));
    assertThat(recorded).isEqualTo(delivered);
  }

  /** What each source reports, in its own order: a subset of its steps, ascending, some delivered twice. */
  @Provide
  Arbitrary<Map<EventSource, List<OrderEventType>>> perSource() {
    Map<EventSource, List<OrderEventType>> steps = new EnumMap<>(EventSource.class);
    steps.put(EventSource.PLATFORM, List.of(OrderEventType.PAY, OrderEventType.PICK_UP, OrderEventType.COMPLETE));
    steps.put(EventSource.RULE, List.of(OrderEventType.LOCK_STOCK, OrderEventType.ASSIGN_WAREHOUSE));
    steps.put(EventSource.WMS, List.of(OrderEventType.LOCK_STOCK, OrderEventType.START_PACKING,
        OrderEventType.PRINT_LABEL));
    steps.put(EventSource.CARRIER, List.of(OrderEventType.PICK_UP, OrderEventType.DELIVER));
    List<Arbitrary<List<OrderEventType>>> each = new ArrayList<>();
    for (List<OrderEventType> s : steps.values()) {
      each.add(Arbitraries.of(s).list().ofMaxSize(5)
          .map(l -> {
            List<OrderEventType> sorted = new ArrayList<>(l);
            sorted.sort(Comparator.naturalOrder());
            return sorted;
          }));
    }
    return Combinators.combine(each).as(lists -> {
      Map<EventSource, List<OrderEventType>> out = new EnumMap<>(EventSource.class);
      int i = 0;
      for (EventSource source : steps.keySet()) {
        out.put(source, lists.get(i++));
      }
      return out;
    });
  }

  @Property(tries = 300)
  void anyInterleavingThatKeepsEachSourcesOrderEndsInTheSameFulfilmentState(
      @ForAll("perSource") Map<EventSource, List<OrderEventType>> reports, @ForAll Random random) {
    Map<EventSource, List<LifecycleEvent>> streams = new EnumMap<>(EventSource.class);
    reports.forEach((source, types) -> {
      List<LifecycleEvent> stream = new ArrayList<>();
      for (int i = 0; i < types.size(); i++) {
        // a repeated step is a re-delivery of the same event id
        int first = types.indexOf(types.get(i));
        stream.add(LifecycleEvent.of(source + "-" + first, source, types.get(i), T0.plusSeconds(60L * i)));
      }
      streams.put(source, stream);
    });
    OrderStatus one = finalState(interleave(streams, random));
    OrderStatus other = finalState(interleave(streams, random));
    assertThat(one).isEqualTo(other);
    OrderStatus furthest = reports.values().stream().flatMap(List::stream)
        .map(t -> t.fulfilmentTarget().orElseThrow())
        .max(Comparator.comparingInt(OrderStatus::step)).orElse(OrderStatus.PENDING_PAYMENT);
    assertThat(one).isEqualTo(furthest);
  }

  private static OrderStatus finalState(List<LifecycleEvent> events) {
    LifecycleRecord r = LifecycleRecord.start(OrderId.of("o-1"), OrderStatus.PENDING_PAYMENT, T0);
    for (LifecycleEvent e : events) {
      r = LIFECYCLE.apply(r, e, T0).record();
    }
    return r.status();
  }

  /** A random merge of the streams that keeps each stream's own order. */
  private static List<LifecycleEvent> interleave(Map<EventSource, List<LifecycleEvent>> streams, Random random) {
    List<List<LifecycleEvent>> left = new ArrayList<>();
    streams.values().forEach(s -> left.add(new ArrayList<>(s)));
    left.removeIf(List::isEmpty);
    List<LifecycleEvent> out = new ArrayList<>();
    while (!left.isEmpty()) {
      int pick = random.nextInt(left.size());
      out.add(left.get(pick).remove(0));
      if (left.get(pick).isEmpty()) {
        left.remove(pick);
      }
    }
    return out;
  }
}
