package io.orderhub.core.health;

import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How one order stands against its SLA at a given moment: its light, how long it has been in its
 * status, the limit and deadline that apply, and the rule they come from. Immutable.
 */
public final class OrderHealth {
  /** Most urgent first: red before yellow before green, then the earliest deadline, then the order id. */
  public static final Comparator<OrderHealth> MOST_URGENT_FIRST = Comparator
      .comparing(OrderHealth::light, Comparator.reverseOrder())
      .thenComparing(h -> h.deadline == null ? Instant.MAX : h.deadline)
      .thenComparing(OrderHealth::orderId);

  private final OrderId orderId;
  private final OrderStatus status;
  private final HealthLight light;
  private final Instant at;
  private final Instant enteredAt;
  private final @Nullable Duration limit;
  private final @Nullable Instant deadline;
  private final String rule;
  private final @Nullable String queue;

  OrderHealth(OrderId orderId, OrderStatus status, HealthLight light, Instant at, Instant enteredAt,
      @Nullable Duration limit, @Nullable Instant deadline, String rule, @Nullable String queue) {
    this.orderId = orderId;
    this.status = status;
    this.light = light;
    this.at = at;
    this.enteredAt = enteredAt;
    this.limit = limit;
    this.deadline = deadline;
    this.rule = rule;
    this.queue = queue;
  }

  public OrderId orderId() {
    return orderId;
  }

  public OrderStatus status() {
    return status;
  }

  public HealthLight light() {
    return light;
  }

  /** The moment this assessment is for. */
  public Instant at() {
    return at;
  }

  /** When the order entered its status. */
  public Instant enteredAt() {
    return enteredAt;
  }

  /** How long the order has been in its status (zero if it entered in the future of {@link #at()}). */
  public Duration dwell() {
    return at.isAfter(enteredAt) ? Duration.between(enteredAt, at) : Duration.ZERO;
  }

  /** The dwell limit that applies, if any. */
  public Optional<Duration> limit() {
    return Optional.ofNullable(limit);
  }

  /** When the order turns (or turned) red, if a limit applies. */
  public Optional<Instant> deadline() {
    return Optional.ofNullable(deadline);
  }

  /** How late the order is (zero unless red). */
  public Duration overdueBy() {
    return deadline != null && at.isAfter(deadline) ? Duration.between(deadline, at) : Duration.ZERO;
  }

  /** The rule the deadline comes from, e.g. {@code "PAID within 2h"} or {@code "promised ship-by"}. */
  public String rule() {
    return rule;
  }

  /** The review queue, for a held order. */
  public Optional<String> queue() {
    return Optional.ofNullable(queue);
  }

  @Override
  public String toString() {
    return "OrderHealth[" + orderId + " " + status + " " + light + ", dwell " + dwell()
        + (deadline == null ? "" : ", deadline " + deadline) + ", " + rule + "]";
  }
}
