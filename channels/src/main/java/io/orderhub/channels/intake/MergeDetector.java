package io.orderhub.channels.intake;

import io.orderhub.channels.intake.internal.MergeIndex;
import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.internal.Checks;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Finds the order a new order should be merged under (combined invoicing and packing): the intake
 * stores the new order with that order as its {@code parentOrderId}. Called once per new order,
 * from several threads; implementations must be thread-safe.
 */
@FunctionalInterface
public interface MergeDetector {

  /** The parent of {@code order}, or empty when it starts a group of its own. */
  Optional<OrderId> parentFor(Order order);

  /**
   * The usual rule: orders of the same buyer (platform buyer id, else nick, else phone) on the same
   * channel to the identical address (every part, recipient and phone included) within {@code
   * window} of the first one are merged under the first; remembered in memory on {@code clock}.
   *
   * @throws io.orderhub.core.InvalidValueException when the window is not in (0, 7 days]
   */
  static MergeDetector sameBuyerAndAddress(Duration window, Clock clock) {
    Checks.requireNonNull(window, "mergeWindow");
    Checks.requireArgument(!window.isNegative() && !window.isZero() && window.compareTo(Duration.ofDays(7)) <= 0,
        "mergeWindow", window, "is not in (0, 7 days]");
    return new MergeIndex(window, Checks.requireNonNull(clock, "clock"));
  }
}
