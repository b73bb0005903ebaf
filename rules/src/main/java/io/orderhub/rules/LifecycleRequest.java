package io.orderhub.rules;

import io.orderhub.core.OrderId;
import io.orderhub.core.internal.Checks;

/**
 * The bridge from a {@link Decision} to the order lifecycle: a request to stop the order, naming
 * the rule that asked, the queue and the reason, so the order's history records which rule put it
 * on hold. {@link LifecycleBridge} turns each request into a lifecycle event; a host that delivers
 * events its own way may read the requests directly.
 *
 * @param orderId the order
 * @param ruleId the rule that asked
 * @param kind what is requested
 * @param queue the queue that handles it
 * @param reason the reason recorded in the history
 */
public record LifecycleRequest(OrderId orderId, String ruleId, Kind kind, String queue, String reason) {
  /** What the lifecycle should do. */
  public enum Kind {
    /** Put the order on hold in a review queue ({@link Outcome.Hold}, {@link Outcome.RequireApproval}). */
    HOLD,
    /** Freeze the shipment ({@link Outcome.FreezeShipment}). */
    FREEZE_SHIPMENT
  }

  public LifecycleRequest {
    Checks.requireNonNull(orderId, "orderId");
    Checks.requireNonNull(ruleId, "ruleId");
    Checks.requireNonNull(kind, "kind");
    Checks.requireNonNull(queue, "queue");
    Checks.requireNonNull(reason, "reason");
  }
}
