package io.orderhub.core.lifecycle;

import static io.orderhub.core.OrderStatus.BACKORDERED;
import static io.orderhub.core.OrderStatus.CANCELLED;
import static io.orderhub.core.OrderStatus.COMPLETED;
import static io.orderhub.core.OrderStatus.DELIVERED;
import static io.orderhub.core.OrderStatus.LABEL_PRINTED;
import static io.orderhub.core.OrderStatus.ON_HOLD;
import static io.orderhub.core.OrderStatus.PACKING;
import static io.orderhub.core.OrderStatus.PAID;
import static io.orderhub.core.OrderStatus.PENDING_PAYMENT;
import static io.orderhub.core.OrderStatus.PICKED_UP;
import static io.orderhub.core.OrderStatus.REFUNDED;
import static io.orderhub.core.OrderStatus.REFUND_REQUESTED;
import static io.orderhub.core.OrderStatus.STOCK_LOCKED;
import static io.orderhub.core.OrderStatus.WAREHOUSE_ASSIGNED;

import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.internal.Checks;
import io.orderhub.core.lifecycle.machine.FireResult;
import io.orderhub.core.lifecycle.machine.Guard;
import io.orderhub.core.lifecycle.machine.StateMachine;
import io.orderhub.core.lifecycle.machine.Transition;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The order lifecycle: a {@link StateMachine} over {@link OrderStatus} and {@link OrderEventType}
 * plus the rules that make it safe with events that arrive late, twice and out of order.
 * Immutable and thread-safe; build it once ({@link #standard()}) and share it.
 *
 * <h2>States of the standard lifecycle, and who usually reports them</h2>
 *
 * <table>
 *   <caption>states</caption>
 *   <tr><th>state</th><th>means</th><th>reported by</th></tr>
 *   <tr><td>PENDING_PAYMENT</td><td>created, not yet paid</td><td>platform</td></tr>
 *   <tr><td>PAID</td><td>paid, waiting to be fulfilled</td><td>platform</td></tr>
 *   <tr><td>STOCK_LOCKED</td><td>inventory reserved for every line</td><td>allocation / WMS</td></tr>
 *   <tr><td>WAREHOUSE_ASSIGNED</td><td>a warehouse chosen</td><td>allocation</td></tr>
 *   <tr><td>PACKING</td><td>the warehouse is picking and packing</td><td>WMS</td></tr>
 *   <tr><td>LABEL_PRINTED</td><td>waybill printed, tracking number known</td><td>WMS</td></tr>
 *   <tr><td>PICKED_UP</td><td>the carrier collected the parcel</td><td>carrier / platform</td></tr>
 *   <tr><td>DELIVERED</td><td>the carrier delivered it</td><td>carrier</td></tr>
 *   <tr><td>COMPLETED</td><td>buyer confirmed, trade closed (terminal)</td><td>platform</td></tr>
 *   <tr><td>ON_HOLD</td><td>stopped for review, with a reason and a review queue</td><td>person / rule</td></tr>
 *   <tr><td>BACKORDERED</td><td>paid but no warehouse can fill it yet</td><td>allocation</td></tr>
 *   <tr><td>CANCELLED</td><td>cancelled before shipment (terminal)</td><td>platform / person</td></tr>
 *   <tr><td>REFUND_REQUESTED</td><td>refund or return asked for; after-sales handles it</td><td>platform</td></tr>
 *   <tr><td>REFUNDED</td><td>money returned (terminal)</td><td>platform</td></tr>
 * </table>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>The fulfilment path is one step per fulfilment event ({@link OrderEventType#PAY} … {@link
 *       OrderEventType#COMPLETE}); a backordered order resumes with {@link OrderEventType#LOCK_STOCK}.
 *   <li>Every pre-shipment state (pending payment to label printed, and backordered) can go on
 *       hold; {@link OrderEventType#RELEASE} returns it to the state it was held in (one guarded
 *       transition per state, {@code "held at X"}).
 *   <li>Before shipment {@link OrderEventType#CANCEL} cancels; after shipment (picked up,
 *       delivered) it becomes a refund request, like {@link OrderEventType#REQUEST_REFUND}. A
 *       refund request ends in {@link OrderEventType#REFUND} or returns to where it was with
 *       {@link OrderEventType#REJECT_REFUND} ({@code "refund requested at X"}).
 *   <li>{@link OrderEventType#MODIFY} is accepted in place before shipment.
 * </ul>
 *
 * <p>On top of the machine, {@link #apply} makes each event safe to deliver in any order: an event
 * id already processed is a {@link Outcome#DUPLICATE}; a fulfilment event for a step already
 * reached is {@link Outcome#STALE}; a fulfilment event the machine has no transition for, but that
 * later fulfilment steps lead to, first fires the steps before it (recorded as {@link
 * Outcome#IMPLIED}); anything else not permitted is {@link Outcome#REJECTED}. Every delivered event
 * gets exactly one history entry of its own.
 */
public final class Lifecycle {
  /** The states an order leaves to come back to: a hold, a refund request. */
  private static final Set<OrderStatus> PARKING = Collections.unmodifiableSet(EnumSet.of(ON_HOLD, REFUND_REQUESTED));

  private static final OrderStatus[] NO_STEPS = new OrderStatus[0];

  private final StateMachine<OrderStatus, OrderEventType, LifecycleContext> machine;
  /** [state][event] → the fulfilment events to fire before the event, when it implies earlier steps. */
  private final OrderEventType[][] @Nullable [] impliedPaths;

  private Lifecycle(StateMachine<OrderStatus, OrderEventType, LifecycleContext> machine) {
    this.machine = machine;
    OrderStatus[] states = OrderStatus.values();
    OrderEventType[] events = OrderEventType.values();
    this.impliedPaths = new OrderEventType[states.length][events.length][];
    for (OrderStatus s : machine.states()) {
      for (OrderEventType e : events) {
        if (e.target != null && !machine.permits(s, e)) {
          impliedPaths[s.ordinal()][e.ordinal()] = impliedPath(s, e);
        }
      }
    }
  }

  /** The standard order lifecycle described above; one shared, immutable instance. */
  public static Lifecycle standard() {
    return Standard.INSTANCE;
  }

  /**
   * A lifecycle over a host's own machine, e.g. the {@link #standardDefinition()} with listeners or
   * actions added. The duplicate, stale, jump and hold rules apply to it as to the standard one.
   */
  public static Lifecycle of(StateMachine<OrderStatus, OrderEventType, LifecycleContext> machine) {
    return new Lifecycle(Checks.requireNonNull(machine, "machine"));
  }

  /**
   * A builder holding the standard definition, for a host that wants to add listeners, entry or exit
   * actions (or more transitions) before building its own {@link #of lifecycle}.
   */
  public static StateMachine.Builder<OrderStatus, OrderEventType, LifecycleContext> standardDefinition() {
    StateMachine.Builder<OrderStatus, OrderEventType, LifecycleContext> b =
        StateMachine.builder(OrderStatus.class, OrderEventType.class, LifecycleContext.class);
    b.name("order lifecycle").initial(PENDING_PAYMENT).terminal(COMPLETED, CANCELLED, REFUNDED);
    b.transition(PENDING_PAYMENT, OrderEventType.PAY, PAID)
        .transition(PAID, OrderEventType.LOCK_STOCK, STOCK_LOCKED)
        .transition(STOCK_LOCKED, OrderEventType.ASSIGN_WAREHOUSE, WAREHOUSE_ASSIGNED)
        .transition(WAREHOUSE_ASSIGNED, OrderEventType.START_PACKING, PACKING)
        .transition(PACKING, OrderEventType.PRINT_LABEL, LABEL_PRINTED)
        .transition(LABEL_PRINTED, OrderEventType.PICK_UP, PICKED_UP)
        .transition(PICKED_UP, OrderEventType.DELIVER, DELIVERED)
        .transition(DELIVERED, OrderEventType.COMPLETE, COMPLETED);
    b.transition(PAID, OrderEventType.BACKORDER, BACKORDERED)
        .transition(BACKORDERED, OrderEventType.LOCK_STOCK, STOCK_LOCKED);
    Set<OrderStatus> preShipment =
        EnumSet.of(PENDING_PAYMENT, PAID, STOCK_LOCKED, WAREHOUSE_ASSIGNED, PACKING, LABEL_PRINTED, BACKORDERED);
    b.transitions(preShipment, OrderEventType.HOLD, ON_HOLD);
    for (OrderStatus s : preShipment) {
      b.transition(ON_HOLD, OrderEventType.RELEASE, s, Guard.of("held at " + s, c -> c.record().returnsTo(s)));
    }
    for (OrderStatus s : preShipment) {
      b.transition(s, OrderEventType.MODIFY, s);
    }
    b.transition(ON_HOLD, OrderEventType.MODIFY, ON_HOLD);
    Set<OrderStatus> cancellable = EnumSet.copyOf(preShipment);
    cancellable.add(ON_HOLD);
    b.transitions(cancellable, OrderEventType.CANCEL, CANCELLED);
    Set<OrderStatus> refundable = EnumSet.copyOf(preShipment);
    refundable.remove(PENDING_PAYMENT);
    refundable.addAll(EnumSet.of(PICKED_UP, DELIVERED));
    b.transitions(EnumSet.of(PICKED_UP, DELIVERED), OrderEventType.CANCEL, REFUND_REQUESTED);
    b.transitions(refundable, OrderEventType.REQUEST_REFUND, REFUND_REQUESTED);
    for (OrderStatus s : refundable) {
      b.transition(REFUND_REQUESTED, OrderEventType.REJECT_REFUND, s,
          Guard.of("refund requested at " + s, c -> c.record().returnsTo(s)));
    }
    b.transition(REFUND_REQUESTED, OrderEventType.REFUND, REFUNDED);
    return b;
  }

  /** The machine this lifecycle fires. */
  public StateMachine<OrderStatus, OrderEventType, LifecycleContext> machine() {
    return machine;
  }

  /**
   * The record of an order entering the lifecycle in {@code status} at {@code at}.
   *
   * @see LifecycleRecord#start
   */
  public LifecycleRecord start(OrderId orderId, OrderStatus status, Instant at) {
    return LifecycleRecord.start(orderId, status, at);
  }

  /**
   * The fulfilment steps an event of type {@code type} implies when it arrives in {@code state}
   * (the states it passes through), or an empty list when the machine takes it directly or cannot
   * reach it.
   */
  public List<OrderStatus> impliedSteps(OrderStatus state, OrderEventType type) {
    OrderEventType[] path = impliedPaths[state.ordinal()][type.ordinal()];
    List<OrderStatus> steps = new ArrayList<>();
    if (path != null) {
      for (OrderEventType e : path) {
        steps.add(e.target);
      }
    }
    return Collections.unmodifiableList(steps);
  }

  /**
   * Handles one event for the order whose record is {@code record} and returns what happened with
   * the new record (one history entry for the event, plus one per implied step). The record's
   * version is kept; storing the new record is the caller's job.
   *
   * @param recordedAt the host's clock time, written to the history entries
   * @throws io.orderhub.core.lifecycle.machine.TransitionFailedException when an action of the
   *     machine threw; nothing is returned, so nothing is applied
   */
  public LifecycleResult apply(LifecycleRecord record, LifecycleEvent event, Instant recordedAt) {
    OrderStatus from = record.status();
    if (record.hasProcessed(event.source(), event.id())) {
      return unchanged(record, event, Outcome.DUPLICATE,
          "event " + event.source() + "/" + event.id() + " was already processed", recordedAt);
    }
    OrderEventType type = event.type();
    OrderStatus target = type.target;
    if (target != null && target.step() <= record.reached().step()) {
      return unchanged(record, event, Outcome.STALE, "the order already reached " + record.reached(), recordedAt);
    }
    LifecycleContext context = new LifecycleContext(record, event);
    FireResult<OrderStatus, OrderEventType> fired = machine.fire(from, type, context);
    if (fired.accepted()) {
      return applied(record, event, fired.to(), NO_STEPS, recordedAt);
    }
    OrderEventType[] path = impliedPaths[from.ordinal()][type.ordinal()];
    if (path == null) {
      return unchanged(record, event, Outcome.REJECTED, fired.rejection().orElse("rejected"), recordedAt);
    }
    OrderStatus current = from;
    OrderStatus[] steps = new OrderStatus[path.length];
    for (int i = 0; i < path.length; i++) {
      FireResult<OrderStatus, OrderEventType> step = machine.fire(current, path[i], context);
      if (step.rejected()) {
        return unchanged(record, event, Outcome.REJECTED,
            "implied step " + path[i] + " rejected: " + step.rejection().orElse(""), recordedAt);
      }
      current = step.to();
      steps[i] = current;
    }
    FireResult<OrderStatus, OrderEventType> last = machine.fire(current, type, context);
    if (last.rejected()) {
      return unchanged(record, event, Outcome.REJECTED, last.rejection().orElse("rejected"), recordedAt);
    }
    return applied(record, event, last.to(), steps, recordedAt);
  }

  private static LifecycleResult unchanged(
      LifecycleRecord record, LifecycleEvent event, Outcome outcome, String reason, Instant recordedAt) {
    OrderStatus s = record.status();
    HistoryEntry entry = HistoryEntry.of(event, event.type(), s, s, outcome, recordedAt, reason);
    return new LifecycleResult(event, outcome, s, s, List.of(), reason, record.append(entry));
  }

  private static LifecycleResult applied(
      LifecycleRecord record, LifecycleEvent event, OrderStatus to, OrderStatus[] implied, Instant recordedAt) {
    OrderStatus from = record.status();
    HistoryEntry[] entries = new HistoryEntry[implied.length + 1];
    OrderStatus before = from;
    for (int i = 0; i < implied.length; i++) {
      OrderStatus step = implied[i];
      entries[i] = HistoryEntry.of(event, OrderEventType.reaching(step).orElse(event.type()), before, step,
          Outcome.IMPLIED, recordedAt, "implied by " + event.type());
      before = step;
    }
    OrderStatus reached = record.reached();
    if (to.isFulfilmentStep() && to.step() > reached.step()) {
      reached = to;
    }
    if (from == to) {
      entries[implied.length] = HistoryEntry.of(event, event.type(), from, to, Outcome.APPLIED, recordedAt, null);
      return new LifecycleResult(event, Outcome.APPLIED, from, to, List.of(), null, record.append(entries[implied.length]));
    }
    Hold hold = null;
    OrderStatus returnTo;
    if (!PARKING.contains(to)) {
      returnTo = null;
    } else if (!PARKING.contains(from)) {
      returnTo = from;
    } else {
      returnTo = record.returnTo().orElse(null);
    }
    String detail = null;
    if (to == ON_HOLD) {
      EventPayload p = event.payload();
      hold = new Hold(p.holdReason().orElse(Hold.UNSPECIFIED_REASON), p.reviewQueue().orElse(Hold.DEFAULT_QUEUE),
          event.occurredAt());
      detail = hold.queue() + ": " + hold.reason();
    }
    entries[implied.length] = HistoryEntry.of(event, event.type(), before, to, Outcome.APPLIED, recordedAt, detail);
    Instant enteredAt = event.occurredAt().isAfter(record.enteredAt()) ? event.occurredAt() : record.enteredAt();
    return new LifecycleResult(event, Outcome.APPLIED, from, to,
        implied.length == 0 ? List.of() : List.of(implied), null,
        record.next(to, reached, enteredAt, hold, returnTo, entries));
  }

  /** Shortest path of unguarded fulfilment transitions, each to a step before the event's target. */
  private OrderEventType @Nullable [] impliedPath(OrderStatus start, OrderEventType event) {
    OrderStatus target = event.target;
    Map<OrderStatus, Transition<OrderStatus, OrderEventType, LifecycleContext>> via = new EnumMap<>(OrderStatus.class);
    Queue<OrderStatus> queue = new ArrayDeque<>(List.of(start));
    Set<OrderStatus> seen = EnumSet.of(start);
    while (!queue.isEmpty()) {
      OrderStatus s = queue.remove();
      if (s != start && machine.permits(s, event)) {
        List<OrderEventType> path = new ArrayList<>();
        for (OrderStatus at = s; at != start; at = via.get(at).from()) {
          path.add(via.get(at).event());
        }
        Collections.reverse(path);
        return path.toArray(new OrderEventType[0]);
      }
      for (Transition<OrderStatus, OrderEventType, LifecycleContext> t : machine.transitions()) {
        OrderStatus to = t.to();
        if (t.from() == s && t.guardName().isEmpty() && t.event().target == to
            && to.step() < target.step() && seen.add(to)) {
          via.put(to, t);
          queue.add(to);
        }
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "Lifecycle[" + machine + "]";
  }

  private static final class Standard {
    static final Lifecycle INSTANCE = of(standardDefinition().build());
  }
}
