package io.orderhub.core.health;

import io.orderhub.core.OrderStatus;
import io.orderhub.core.internal.Checks;
import io.orderhub.core.lifecycle.LifecycleRecord;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How long an order may stay in each state, and when to warn. Immutable; {@link #ofDefaults()},
 * {@link #custom()} or {@link #from(SlaPolicy)}.
 *
 * <p>Defaults, from the seller's practice: {@code PAID} 2 h (stock locked within 2 h of payment),
 * {@code LABEL_PRINTED} 24 h (the tracking number goes back to the platform within 24 h of the
 * label), {@code ON_HOLD} 2 h (pre-sale and approval holds escalate after 2 h). Conservative
 * defaults for the rest: {@code STOCK_LOCKED} 4 h, {@code WAREHOUSE_ASSIGNED} 12 h, {@code PACKING}
 * 12 h, {@code PICKED_UP} 7 days, {@code BACKORDERED} 72 h, {@code REFUND_REQUESTED} 48 h. No limit
 * for {@code PENDING_PAYMENT} (the platform closes unpaid orders), {@code DELIVERED} (the buyer
 * confirms) and the terminal states. Warning at 80 % of a limit. The payment sync limit (15 min)
 * is how late the payment may reach OrderHub to count as on time in the {@link OrderHealthIndex}.
 */
public final class SlaPolicy {
  private static final SlaPolicy DEFAULTS = new Builder().build();

  private final Map<OrderStatus, Duration> limits;
  private final Map<String, Duration> holdQueues;
  private final double warningRatio;
  private final Duration paymentSync;

  private SlaPolicy(Builder b) {
    this.limits = Collections.unmodifiableMap(new EnumMap<>(b.limits));
    this.holdQueues = Collections.unmodifiableMap(new LinkedHashMap<>(b.holdQueues));
    this.warningRatio = b.warningRatio;
    this.paymentSync = b.paymentSync;
  }

  /** The defaults described above. */
  public static SlaPolicy ofDefaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder starting from {@code base}. */
  public static Builder from(SlaPolicy base) {
    Builder b = new Builder();
    b.limits.clear();
    b.limits.putAll(base.limits);
    b.holdQueues.putAll(base.holdQueues);
    b.warningRatio = base.warningRatio;
    b.paymentSync = base.paymentSync;
    return b;
  }

  /** The maximum dwell in {@code status}, if it has one. */
  public Optional<Duration> limit(OrderStatus status) {
    return Optional.ofNullable(limits.get(status));
  }

  /** The limit that applies to an order with this record: its hold queue's when on hold, else its status's. */
  public Optional<Duration> limitFor(LifecycleRecord record) {
    if (record.status() == OrderStatus.ON_HOLD) {
      Optional<Duration> queue = record.hold().map(h -> holdQueues.get(h.queue()));
      if (queue.isPresent()) {
        return queue;
      }
    }
    return limit(record.status());
  }

  /** Every per-state limit, unmodifiable. */
  public Map<OrderStatus, Duration> limits() {
    return limits;
  }

  /** Per-review-queue limits for held orders, unmodifiable. */
  public Map<String, Duration> holdQueueLimits() {
    return holdQueues;
  }

  /** The share of a limit after which an order turns yellow (0 &lt; ratio &lt; 1). */
  public double warningRatio() {
    return warningRatio;
  }

  /** How late a payment may reach OrderHub and still count as on time. */
  public Duration paymentSync() {
    return paymentSync;
  }

  @Override
  public String toString() {
    return "SlaPolicy[limits=" + limits + ", holdQueues=" + holdQueues + ", warningRatio=" + warningRatio
        + ", paymentSync=" + paymentSync + "]";
  }

  /** Builds a {@link SlaPolicy}; every setter checks its value at once. */
  public static final class Builder {
    private final Map<OrderStatus, Duration> limits = new EnumMap<>(OrderStatus.class);
    private final Map<String, Duration> holdQueues = new LinkedHashMap<>();
    private double warningRatio = 0.8;
    private Duration paymentSync = Duration.ofMinutes(15);

    private Builder() {
      limits.put(OrderStatus.PAID, Duration.ofHours(2));
      limits.put(OrderStatus.STOCK_LOCKED, Duration.ofHours(4));
      limits.put(OrderStatus.WAREHOUSE_ASSIGNED, Duration.ofHours(12));
      limits.put(OrderStatus.PACKING, Duration.ofHours(12));
      limits.put(OrderStatus.LABEL_PRINTED, Duration.ofHours(24));
      limits.put(OrderStatus.PICKED_UP, Duration.ofDays(7));
      limits.put(OrderStatus.ON_HOLD, Duration.ofHours(2));
      limits.put(OrderStatus.BACKORDERED, Duration.ofHours(72));
      limits.put(OrderStatus.REFUND_REQUESTED, Duration.ofHours(48));
    }

    /** The maximum dwell in {@code status} (positive). */
    public Builder limit(OrderStatus status, Duration limit) {
      Checks.requireNonNull(status, "status");
      limits.put(status, positive(limit, "limit[" + status + "]"));
      return this;
    }

    /** No limit for {@code status}: it is always green. */
    public Builder noLimit(OrderStatus status) {
      limits.remove(Checks.requireNonNull(status, "status"));
      return this;
    }

    /** The limit for orders held in review queue {@code queue}, instead of the {@code ON_HOLD} one. */
    public Builder holdQueueLimit(String queue, Duration limit) {
      Checks.requireId(queue, "queue");
      holdQueues.put(queue, positive(limit, "holdQueueLimit[" + queue + "]"));
      return this;
    }

    /** The share of a limit after which an order turns yellow, strictly between 0 and 1 (default 0.8). */
    public Builder warningRatio(double ratio) {
      Checks.requireArgument(ratio > 0 && ratio < 1, "warningRatio", ratio, "is not strictly between 0 and 1");
      this.warningRatio = ratio;
      return this;
    }

    /** How late a payment may reach OrderHub to count as on time (default 15 min). */
    public Builder paymentSync(Duration limit) {
      this.paymentSync = positive(limit, "paymentSync");
      return this;
    }

    private static Duration positive(Duration d, String field) {
      Checks.requireNonNull(d, field);
      Checks.requireArgument(!d.isNegative() && !d.isZero(), field, d, "is not positive");
      return d;
    }

    public SlaPolicy build() {
      return new SlaPolicy(this);
    }
  }
}
