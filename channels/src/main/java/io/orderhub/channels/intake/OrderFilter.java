package io.orderhub.channels.intake;

import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.internal.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides that an order should not be imported (a test order, likely click-farming). A filtered
 * order is counted and kept in the {@link io.orderhub.channels.intake.spi.FilteredOrderLog} for
 * audit, never silently discarded. Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface OrderFilter {

  /** Why {@code order} is filtered, or empty to let it through. */
  Optional<String> reasonToFilter(Order order);

  /**
   * The defaults from practice: an order number containing {@code TEST} (any case), and a paid
   * amount under 5.00 CNY (likely click-farming).
   */
  static List<OrderFilter> defaults() {
    return List.of(externalIdContains("TEST"), paidBelow(Money.cny("5.00")));
  }

  /** Filters orders whose platform order number contains {@code marker}, ignoring case. */
  static OrderFilter externalIdContains(String marker) {
    String m = Checks.requireText(marker, "marker").toUpperCase(Locale.ROOT);
    String reason = "order number contains \"" + marker + "\"";
    return order -> order.externalId().value().toUpperCase(Locale.ROOT).contains(m)
        ? Optional.of(reason) : Optional.empty();
  }

  /**
   * Filters orders paid in {@code threshold}'s currency with less than {@code threshold}; orders in
   * another currency pass.
   */
  static OrderFilter paidBelow(Money threshold) {
    Checks.requireNonNull(threshold, "threshold");
    String reason = "paid less than " + threshold + " (likely click-farming)";
    return order -> {
      Money paid = order.amounts().paid();
      return paid.currency().equals(threshold.currency()) && paid.isLessThan(threshold)
          ? Optional.of(reason) : Optional.empty();
    };
  }

  /** A filter from a predicate; {@code reason} is recorded for each filtered order. */
  static OrderFilter of(String reason, Predicate<Order> matches) {
    Checks.requireText(reason, "reason");
    Checks.requireNonNull(matches, "matches");
    return order -> matches.test(order) ? Optional.of(reason) : Optional.empty();
  }
}
