package io.orderhub.core.store;

import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.internal.Checks;
import io.orderhub.core.lifecycle.Lifecycle;
import io.orderhub.core.lifecycle.LifecycleEvent;
import io.orderhub.core.lifecycle.LifecycleRecord;
import io.orderhub.core.lifecycle.LifecycleResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fires lifecycle events at stored orders: loads the order's {@link LifecycleRecord} (starting one
 * from the order when it has none), applies the event with the {@link Lifecycle}, saves the record
 * with an optimistic version check, and copies a status change onto the {@link Order} in the
 * {@link OrderStore}. A write that lost a race is retried from a fresh read, a bounded number of
 * times; concurrent events for one order are therefore never lost and never overwrite each other.
 *
 * <p>The record is the lifecycle's source of truth; the order's {@code status} follows it. Hosts
 * should change an order's status only through this service. Thread-safe; holds no per-order state.
 */
public final class LifecycleService {
  private final OrderStore orders;
  private final LifecycleStore records;
  private final Lifecycle lifecycle;
  private final Clock clock;
  private final int maxAttempts;

  private LifecycleService(Builder b) {
    this.orders = b.orders;
    this.records = b.records;
    this.lifecycle = b.lifecycle;
    this.clock = b.clock;
    this.maxAttempts = b.maxAttempts;
  }

  /**
   * A builder over the two stores; the lifecycle defaults to {@link Lifecycle#standard()}, the
   * clock to UTC system time, the attempts to 10.
   */
  public static Builder builder(OrderStore orders, LifecycleStore records) {
    return new Builder(orders, records);
  }

  /**
   * Applies {@code event} to the order and returns what happened, with the record as stored.
   *
   * @throws OrderNotFoundException when the order is not stored
   * @throws StaleVersionException when every attempt lost a race with another writer
   */
  public LifecycleResult fire(OrderId orderId, LifecycleEvent event) {
    Checks.requireNonNull(orderId, "orderId");
    Checks.requireNonNull(event, "event");
    StaleVersionException lost = null;
    for (int attempt = 0; attempt < maxAttempts; attempt++) {
      LifecycleRecord current = stored(orderId);
      if (current == null) {
        continue;
      }
      LifecycleResult result = lifecycle.apply(current, event, clock.instant());
      LifecycleRecord saved;
      try {
        saved = records.update(result.record());
      } catch (StaleVersionException e) {
        lost = e;
        continue;
      }
      syncStatus(orderId);
      return result.withRecord(saved);
    }
    throw lost != null ? lost : new StaleVersionException(orderId, -1, -1);
  }

  /**
   * The order's stored record, or the record it would start with (not stored) when it has none.
   *
   * @throws OrderNotFoundException when the order is not stored
   */
  public LifecycleRecord record(OrderId orderId) {
    Order order = orders.get(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
    return records.get(orderId).orElseGet(() -> lifecycle.start(orderId, order.status(), enteredAt(order)));
  }

  /** The orders on hold in review queue {@code queue}, longest held first. */
  public List<LifecycleRecord> heldIn(String queue) {
    Checks.requireId(queue, "queue");
    List<LifecycleRecord> held = new ArrayList<>();
    for (LifecycleRecord r : records.byStatus(OrderStatus.ON_HOLD)) {
      if (r.hold().map(h -> h.queue().equals(queue)).orElse(false)) {
        held.add(r);
      }
    }
    held.sort(Comparator.comparing(LifecycleRecord::enteredAt).thenComparing(LifecycleRecord::orderId));
    return List.copyOf(held);
  }

  /** The lifecycle this service applies. */
  public Lifecycle lifecycle() {
    return lifecycle;
  }

  /** The stored record, inserting the starting one when there is none; null when another writer won the insert. */
  private @Nullable LifecycleRecord stored(OrderId orderId) {
    LifecycleRecord existing = records.get(orderId).orElse(null);
    if (existing != null) {
      return existing;
    }
    Order order = orders.get(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
    try {
      return records.insert(lifecycle.start(orderId, order.status(), enteredAt(order)));
    } catch (DuplicateOrderException e) {
      return null;
    }
  }

  /**
   * Makes the order's status equal to its latest record's. Reads the order before the record, so a
   * writer that raced ahead with a newer record either sees it or loses the order's version check.
   */
  private void syncStatus(OrderId orderId) {
    StaleVersionException lost = null;
    for (int attempt = 0; attempt < maxAttempts; attempt++) {
      Order order = orders.get(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
      OrderStatus latest = records.get(orderId).map(LifecycleRecord::status).orElse(order.status());
      if (order.status() == latest) {
        return;
      }
      try {
        orders.update(order.withStatus(latest));
        return;
      } catch (StaleVersionException e) {
        lost = e;
      }
    }
    throw lost;
  }

  private static Instant enteredAt(Order order) {
    if (order.status() == OrderStatus.PENDING_PAYMENT) {
      return order.createdAt();
    }
    if (order.status() == OrderStatus.PAID) {
      return order.paidAt().orElse(order.createdAt());
    }
    return order.updatedAt().orElse(order.paidAt().orElse(order.createdAt()));
  }

  /** Builds a {@link LifecycleService}; every setter checks its value at once. */
  public static final class Builder {
    private final OrderStore orders;
    private final LifecycleStore records;
    private Lifecycle lifecycle = Lifecycle.standard();
    private Clock clock = Clock.systemUTC();
    private int maxAttempts = 10;

    private Builder(OrderStore orders, LifecycleStore records) {
      this.orders = Checks.requireNonNull(orders, "orders");
      this.records = Checks.requireNonNull(records, "records");
    }

    /** The lifecycle to apply (default {@link Lifecycle#standard()}). */
    public Builder lifecycle(Lifecycle lifecycle) {
      this.lifecycle = Checks.requireNonNull(lifecycle, "lifecycle");
      return this;
    }

    /** The clock written to history entries as the recording time. */
    public Builder clock(Clock clock) {
      this.clock = Checks.requireNonNull(clock, "clock");
      return this;
    }

    /** How many times to try an event when writes keep losing races (1 to 1000, default 10). */
    public Builder maxAttempts(int maxAttempts) {
      Checks.requireArgument(maxAttempts >= 1 && maxAttempts <= 1000, "maxAttempts", maxAttempts,
          "is not between 1 and 1000");
      this.maxAttempts = maxAttempts;
      return this;
    }

    public LifecycleService build() {
      return new LifecycleService(this);
    }
  }
}
