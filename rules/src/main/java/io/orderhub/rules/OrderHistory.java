package io.orderhub.rules;

import io.orderhub.core.Order;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.internal.Checks;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The host's view of what already happened to an order, as the rules need it: when each kind of
 * event first happened. Conditions do not read the lifecycle's classes; a host adapts its order
 * history (the core lifecycle, its own database) to this interface.
 */
@FunctionalInterface
public interface OrderHistory {
  /** The kind of event a buyer's refund request is. */
  String REFUND_REQUESTED = "refund-requested";

  /** When an event of {@code kind} first happened to the order, if it did. */
  Optional<Instant> firstAt(String kind);

  /** When the buyer first asked for a refund. */
  default Optional<Instant> refundRequestedAt() {
    return firstAt(REFUND_REQUESTED);
  }

  /** No history. */
  static OrderHistory empty() {
    return kind -> Optional.empty();
  }

  /** A history of the given first times by event kind. */
  static OrderHistory of(Map<String, Instant> firstTimes) {
    Map<String, Instant> copy = Map.copyOf(Checks.requireNonNull(firstTimes, "firstTimes"));
    return kind -> Optional.ofNullable(copy.get(kind));
  }

  /**
   * What can be read from the order alone: an order whose status is {@code REFUND_REQUESTED} asked
   * for its refund at {@link Order#updatedAt()} (when the platform gives it). Used when a host has
   * no history store, e.g. by the command line.
   */
  static OrderHistory fromOrder(Order order) {
    Checks.requireNonNull(order, "order");
    Optional<Instant> refund = order.status() == OrderStatus.REFUND_REQUESTED ? order.updatedAt() : Optional.empty();
    if (refund.isEmpty()) { // most orders: nothing to remember, no object per order
      return empty();
    }
    return kind -> REFUND_REQUESTED.equals(kind) ? refund : Optional.empty();
  }
}
