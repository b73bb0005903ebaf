package io.orderhub.core.lifecycle;

import io.orderhub.core.OrderStatus;
import io.orderhub.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One line of an order's history: which event (id, source, type), the state before and after,
 * what the lifecycle decided ({@link Outcome}), when the event happened and when it was recorded,
 * and a detail such as the rejection reason. Immutable.
 */
public final class HistoryEntry {
  private final String eventId;
  private final EventSource source;
  private final OrderEventType type;
  private final OrderStatus from;
  private final OrderStatus to;
  private final Outcome outcome;
  private final Instant occurredAt;
  private final Instant recordedAt;
  private final @Nullable String detail;

  /**
   * An entry; stores that read records back use this too.
   *
   * @param detail why (for a rejection, a stale or duplicate event) or what (a hold reason), or
   *     {@code null}
   */
  public HistoryEntry(String eventId, EventSource source, OrderEventType type, OrderStatus from, OrderStatus to,
      Outcome outcome, Instant occurredAt, Instant recordedAt, @Nullable String detail) {
    this(Checks.requireId(eventId, "eventId"), Checks.requireNonNull(source, "source"),
        Checks.requireNonNull(type, "type"), Checks.requireNonNull(from, "from"), Checks.requireNonNull(to, "to"),
        Checks.requireNonNull(outcome, "outcome"), Checks.requireNonNull(occurredAt, "occurredAt"),
        Checks.requireNonNull(recordedAt, "recordedAt"), detail, true);
  }

  /** For values already checked (they come from a {@link LifecycleEvent}); the fire path avoids re-checking ids. */
  private HistoryEntry(String eventId, EventSource source, OrderEventType type, OrderStatus from, OrderStatus to,
      Outcome outcome, Instant occurredAt, Instant recordedAt, @Nullable String detail, boolean checked) {
    this.eventId = eventId;
    this.source = source;
    this.type = type;
    this.from = from;
    this.to = to;
    this.outcome = outcome;
    this.occurredAt = occurredAt;
    this.recordedAt = recordedAt;
    this.detail = detail;
  }

  /** An entry for {@code event}, whose values the event already checked. */
  static HistoryEntry of(LifecycleEvent event, OrderEventType type, OrderStatus from, OrderStatus to, Outcome outcome,
      Instant recordedAt, @Nullable String detail) {
    return new HistoryEntry(event.id(), event.source(), type, from, to, outcome, event.occurredAt(),
        Checks.requireNonNull(recordedAt, "recordedAt"), detail, true);
  }

  /** The event's id (for an {@link Outcome#IMPLIED} entry, the id of the event that implied it). */
  public String eventId() {
    return eventId;
  }

  public EventSource source() {
    return source;
  }

  /** The event's type (for an {@link Outcome#IMPLIED} entry, the type of the skipped step). */
  public OrderEventType type() {
    return type;
  }

  /** The state before. */
  public OrderStatus from() {
    return from;
  }

  /** The state after (equal to {@link #from()} unless the order moved). */
  public OrderStatus to() {
    return to;
  }

  public Outcome outcome() {
    return outcome;
  }

  /** When the event happened. */
  public Instant occurredAt() {
    return occurredAt;
  }

  /** When the lifecycle recorded it (the host's clock). */
  public Instant recordedAt() {
    return recordedAt;
  }

  /** Why, or what: the rejection reason, the step already reached, the hold reason. */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  boolean isDelivery(EventSource source, String eventId) {
    return this.source == source && outcome != Outcome.IMPLIED && this.eventId.equals(eventId);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof HistoryEntry)) {
      return false;
    }
    HistoryEntry that = (HistoryEntry) o;
    return eventId.equals(that.eventId) && source == that.source && type == that.type && from == that.from
        && to == that.to && outcome == that.outcome && occurredAt.equals(that.occurredAt)
        && recordedAt.equals(that.recordedAt) && Objects.equals(detail, that.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(eventId, source, type, from, to, outcome, occurredAt);
  }

  @Override
  public String toString() {
    return source + "/" + eventId + " " + type + " " + from + " -> " + to + " " + outcome
        + (detail == null ? "" : " (" + detail + ")") + " at " + occurredAt;
  }
}
