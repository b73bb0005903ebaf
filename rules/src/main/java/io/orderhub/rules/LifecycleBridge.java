package io.orderhub.rules;

import io.orderhub.core.internal.Checks;
import io.orderhub.core.lifecycle.EventPayload;
import io.orderhub.core.lifecycle.EventSource;
import io.orderhub.core.lifecycle.LifecycleEvent;
import io.orderhub.core.lifecycle.LifecycleResult;
import io.orderhub.core.lifecycle.OrderEventType;
import io.orderhub.core.store.LifecycleService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Applies a {@link Decision} to the order lifecycle: each of its {@link Decision#lifecycleRequests()
 * lifecycle requests} becomes one {@link OrderEventType#HOLD} event from {@link EventSource#RULE},
 * fired through the host's {@link LifecycleService}, so the order's history records which rule put
 * it on hold, in which queue and why. This is the only class of the rules module that knows the
 * lifecycle.
 *
 * <pre>{@code
 * LifecycleBridge bridge = LifecycleBridge.to(lifecycleService);
 * Decision d = runner.evaluate(order);
 * bridge.apply(d); // e.g. ON_HOLD in address-review: "address-unverified (rule address.low-confidence)"
 * }</pre>
 *
 * <h2>The events</h2>
 *
 * <ul>
 *   <li><b>Hold</b> ({@link Outcome.Hold}, and {@link Outcome.RequireApproval} with reason {@code
 *       approval-required}): a hold in the request's queue, reason {@code <reason> (rule <rule id>)}.
 *   <li><b>Freeze shipment</b> ({@link Outcome.FreezeShipment}): the lifecycle has no state of its own
 *       for a freeze. A hold is what stops an order before it ships (every pre-shipment state can be
 *       held, and a held order cannot be picked up until someone releases it), so a freeze is a hold
 *       in the outcome's queue with the distinct reason {@code freeze-shipment (rule <rule id>)}; the
 *       queue's people release it or cancel the order.
 *   <li><b>Ids.</b> An event's id is made from the rule id, the kind of request and the decision's
 *       {@link Decision#evaluatedAt() time}, e.g. {@code address.low-confidence/hold@2026-11-11T02:10:00Z}
 *       ({@code /2}, {@code /3} added for a rule's second and third request of one kind). Applying the
 *       same decision again is therefore a {@link io.orderhub.core.lifecycle.Outcome#DUPLICATE
 *       DUPLICATE} in the lifecycle, never a second hold; a new evaluation (a new time) may hold again.
 *   <li><b>Time.</b> Events occur at the decision's evaluation time; the service's clock records them.
 * </ul>
 *
 * <p>What the lifecycle does with an event is the lifecycle's decision, returned as it is: an order
 * already on hold rejects a second hold (the first request, from the highest-priority rule, holds
 * it; the history still lists every rule that asked), and an order that has shipped (picked up,
 * delivered) or is in after-sales ({@code REFUND_REQUESTED}) rejects a hold and is not moved back.
 * Routing, tags and flags are not lifecycle events: the host acts on {@link Decision#outcomes()}.
 *
 * <p>Thread-safe when the service is (the core service is).
 */
public final class LifecycleBridge {
  private static final int MAX_ID_LENGTH = 128;

  private final LifecycleService service;

  private LifecycleBridge(LifecycleService service) {
    this.service = service;
  }

  /** A bridge that fires events through {@code service}. */
  public static LifecycleBridge to(LifecycleService service) {
    return new LifecycleBridge(Checks.requireNonNull(service, "lifecycleService"));
  }

  /**
   * Fires the decision's events at its order, in priority order, and returns what the lifecycle did
   * with each (empty when the decision asks nothing of the lifecycle).
   *
   * @throws io.orderhub.core.store.OrderNotFoundException when the order is not in the service's
   *     order store and the decision asks for an event
   */
  public List<LifecycleResult> apply(Decision decision) {
    List<LifecycleEvent> events = events(decision);
    List<LifecycleResult> results = new ArrayList<>(events.size());
    for (LifecycleEvent e : events) {
      results.add(service.fire(decision.orderId(), e));
    }
    return List.copyOf(results);
  }

  /**
   * The lifecycle events {@code decision} asks for, in priority order, without firing them (for a
   * host that delivers events its own way). The same decision always gives equal events.
   */
  public static List<LifecycleEvent> events(Decision decision) {
    Checks.requireNonNull(decision, "decision");
    List<LifecycleRequest> requests = decision.lifecycleRequests();
    List<LifecycleEvent> out = new ArrayList<>(requests.size());
    for (int i = 0; i < requests.size(); i++) {
      LifecycleRequest r = requests.get(i);
      int nth = 1;
      for (int j = 0; j < i; j++) {
        LifecycleRequest before = requests.get(j);
        nth += before.ruleId().equals(r.ruleId()) && before.kind() == r.kind() ? 1 : 0;
      }
      EventPayload payload = EventPayload.builder().reviewQueue(r.queue())
          .holdReason(r.reason() + " (rule " + r.ruleId() + ")").build();
      out.add(LifecycleEvent.of(eventId(r, nth, decision), EventSource.RULE, OrderEventType.HOLD,
          decision.evaluatedAt(), payload));
    }
    return List.copyOf(out);
  }

  /** {@code <rule>/<kind>[/<nth>]@<time>}; a name-based UUID of that text when it would be longer than an id may be. */
  private static String eventId(LifecycleRequest r, int nth, Decision decision) {
    String kind = r.kind() == LifecycleRequest.Kind.HOLD ? "hold" : "freeze";
    String id = r.ruleId() + "/" + kind + (nth == 1 ? "" : "/" + nth) + "@" + decision.evaluatedAt();
    return id.length() <= MAX_ID_LENGTH ? id
        : "rule-" + UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
  }
}
