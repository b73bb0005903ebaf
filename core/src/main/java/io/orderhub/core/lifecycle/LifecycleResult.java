package io.orderhub.core.lifecycle;

import io.orderhub.core.OrderStatus;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Lifecycle#apply} did with one event: the outcome, the state before and after, the
 * steps it implied, why it was rejected (or stale, or a duplicate), and the new record to store.
 * Immutable.
 */
public final class LifecycleResult {
  private final LifecycleEvent event;
  private final Outcome outcome;
  private final OrderStatus from;
  private final OrderStatus to;
  private final List<OrderStatus> implied;
  private final @Nullable String reason;
  private final LifecycleRecord record;

  LifecycleResult(LifecycleEvent event, Outcome outcome, OrderStatus from, OrderStatus to, List<OrderStatus> implied,
      @Nullable String reason, LifecycleRecord record) {
    this.event = event;
    this.outcome = outcome;
    this.from = from;
    this.to = to;
    this.implied = implied;
    this.reason = reason;
    this.record = record;
  }

  /** The event handled. */
  public LifecycleEvent event() {
    return event;
  }

  /** {@link Outcome#APPLIED}, {@link Outcome#DUPLICATE}, {@link Outcome#STALE} or {@link Outcome#REJECTED}. */
  public Outcome outcome() {
    return outcome;
  }

  /** The status before the event. */
  public OrderStatus from() {
    return from;
  }

  /** The status after the event (equal to {@link #from()} unless it was applied and moved the order). */
  public OrderStatus to() {
    return to;
  }

  /** Whether the status changed. */
  public boolean moved() {
    return from != to;
  }

  /** The fulfilment steps the event implied (skipped on the way to {@link #to()}), in order. */
  public List<OrderStatus> implied() {
    return implied;
  }

  /** Why the event was rejected, stale or a duplicate. */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** The order's new lifecycle record (history appended), with the version of the record it came from. */
  public LifecycleRecord record() {
    return record;
  }

  /** This result with the record as a store saved it (e.g. with its new version). */
  public LifecycleResult withRecord(LifecycleRecord saved) {
    return new LifecycleResult(event, outcome, from, to, implied, reason, saved);
  }

  @Override
  public String toString() {
    return event.source() + "/" + event.id() + " " + event.type() + ": " + outcome + " " + from + " -> " + to
        + (implied.isEmpty() ? "" : " implied " + implied) + (reason == null ? "" : " (" + reason + ")");
  }
}
