package io.orderhub.core.health;

import io.orderhub.core.OrderStatus;
import io.orderhub.core.internal.Checks;
import io.orderhub.core.lifecycle.HistoryEntry;
import io.orderhub.core.lifecycle.LifecycleRecord;
import io.orderhub.core.lifecycle.OrderEventType;
import io.orderhub.core.lifecycle.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Order Health Index over a set of orders:
 *
 * <pre>OHI = 0.25·payment on time + 0.25·stock lock on time + 0.20·tracking number on time
 *       + 0.15·return status synced − 0.15·customer modification rate</pre>
 *
 * <p>each component a share between 0 and 1. The formula as written spans −15 to 85; {@link
 * #value()} reports it on a 0-100 scale by counting the last term as {@code 0.15·(1 − modification
 * rate)}, i.e. {@code value = formula + 15}; {@link #formulaValue()} is the unshifted number.
 *
 * <p>Components, from each order's {@link LifecycleRecord} and the {@link SlaPolicy}:
 *
 * <ul>
 *   <li><b>payment on time</b>: of the orders whose payment reached OrderHub through a {@code PAY}
 *       event, those recorded within the policy's payment sync limit of being paid;
 *   <li><b>stock lock on time</b>: of the paid orders that were locked, or are open and past the
 *       {@code PAID} limit without a lock, those locked within the limit of being paid;
 *   <li><b>tracking number on time</b>: of the orders with a printed label that were picked up, or
 *       are open and past the {@code LABEL_PRINTED} limit, those picked up within the limit;
 *   <li><b>return status synced</b>: of the orders with a refund request that was resolved or is
 *       overdue, those resolved within the {@code REFUND_REQUESTED} limit;
 *   <li><b>customer modification rate</b>: the share of all orders the buyer modified ({@code
 *       MODIFY}).
 * </ul>
 *
 * A component with nothing to count is a perfect 1 (no order was late); the modification rate of
 * an empty set is 0. Immutable.
 */
public final class OrderHealthIndex {
  /** The weights of the formula. */
  public static final double PAYMENT_WEIGHT = 0.25;
  public static final double STOCK_LOCK_WEIGHT = 0.25;
  public static final double TRACKING_WEIGHT = 0.20;
  public static final double RETURN_WEIGHT = 0.15;
  public static final double MODIFICATION_WEIGHT = 0.15;

  /**
   * One component of the index.
   *
   * @param name e.g. {@code "payment on time"}
   * @param weight its weight in the formula (the modification rate's counts negatively)
   * @param matching how many orders met it (for the modification rate: were modified)
   * @param counted how many orders it was measured on
   * @param rate {@code matching / counted} (1, or 0 for the modification rate, when nothing was counted)
   * @param points what it adds to {@link #value()}, 0 to {@code 100·weight}
   */
  public record Component(String name, double weight, long matching, long counted, double rate, double points) {}

  private static final Set<OrderStatus> CLOSED =
      EnumSet.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED, OrderStatus.REFUNDED);

  private final List<Component> components;
  private final double value;

  private OrderHealthIndex(List<Component> components) {
    this.components = List.copyOf(components);
    double sum = 0;
    for (Component c : components) {
      sum += c.points();
    }
    this.value = sum;
  }

  /**
   * The index of {@code records} as of {@code now} (orders still inside a limit are not counted
   * yet).
   */
  public static OrderHealthIndex compute(Collection<LifecycleRecord> records, SlaPolicy policy, Instant now) {
    Checks.requireNonNull(records, "records");
    Checks.requireNonNull(policy, "policy");
    Checks.requireNonNull(now, "now");
    Tally payment = new Tally();
    Tally lock = new Tally();
    Tally tracking = new Tally();
    Tally returns = new Tally();
    long modified = 0;
    for (LifecycleRecord r : records) {
      paymentSync(r, policy.paymentSync(), payment);
      within(r, OrderStatus.PAID, policy.limit(OrderStatus.PAID), r.firstEntered(OrderStatus.STOCK_LOCKED), now, lock);
      within(r, OrderStatus.LABEL_PRINTED, policy.limit(OrderStatus.LABEL_PRINTED),
          r.firstEntered(OrderStatus.PICKED_UP), now, tracking);
      within(r, OrderStatus.REFUND_REQUESTED, policy.limit(OrderStatus.REFUND_REQUESTED),
          r.status() == OrderStatus.REFUND_REQUESTED ? Optional.empty() : r.lastLeft(OrderStatus.REFUND_REQUESTED),
          now, returns);
      if (r.history().stream().anyMatch(e -> e.type() == OrderEventType.MODIFY && e.outcome() == Outcome.APPLIED)) {
        modified++;
      }
    }
    long all = records.size();
    double modificationRate = all == 0 ? 0 : (double) modified / all;
    return new OrderHealthIndex(List.of(
        payment.component("payment on time", PAYMENT_WEIGHT),
        lock.component("stock lock on time", STOCK_LOCK_WEIGHT),
        tracking.component("tracking number on time", TRACKING_WEIGHT),
        returns.component("return status synced", RETURN_WEIGHT),
        new Component("customer modification rate", MODIFICATION_WEIGHT, modified, all, modificationRate,
            100 * MODIFICATION_WEIGHT * (1 - modificationRate))));
  }

  private static void paymentSync(LifecycleRecord r, Duration limit, Tally tally) {
    for (HistoryEntry e : r.history()) {
      if (e.type() == OrderEventType.PAY && e.outcome() == Outcome.APPLIED) {
        tally.add(Duration.between(e.occurredAt(), e.recordedAt()).compareTo(limit) <= 0);
        return;
      }
    }
  }

  /**
   * Counts an order that entered {@code start}: on time when {@code done} came within the limit,
   * late when it came later or has not come, the limit has passed and the order is not closed.
   */
  private static void within(LifecycleRecord r, OrderStatus start, Optional<Duration> limit, Optional<Instant> done,
      Instant now, Tally tally) {
    Optional<Instant> entered = r.firstEntered(start);
    if (entered.isEmpty() || limit.isEmpty()) {
      return;
    }
    Instant deadline = entered.get().plus(limit.get());
    if (done.isPresent()) {
      tally.add(!done.get().isAfter(deadline));
    } else if (!CLOSED.contains(r.status()) && now.isAfter(deadline)) {
      tally.add(false);
    }
  }

  /** The index on a 0-100 scale (the formula + 15). */
  public double value() {
    return value;
  }

  /** The formula exactly as written: {@link #value()} − 15, from −15 to 85. */
  public double formulaValue() {
    return value - 100 * MODIFICATION_WEIGHT;
  }

  /** The five components, in the formula's order. */
  public List<Component> components() {
    return components;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "OHI %.1f %s", value, components);
  }

  private static final class Tally {
    long matching;
    long counted;

    void add(boolean onTime) {
      counted++;
      if (onTime) {
        matching++;
      }
    }

    Component component(String name, double weight) {
      double rate = counted == 0 ? 1.0 : (double) matching / counted;
      return new Component(name, weight, matching, counted, rate, 100 * weight * rate);
    }
  }
}
