package io.orderhub.core.lifecycle;

import io.orderhub.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something a system reported about an order: an id unique within its {@link EventSource}, the
 * source, what happened ({@link OrderEventType}), when it happened, and an optional {@link
 * EventPayload}. Immutable.
 */
public final class LifecycleEvent {
  private final String id;
  private final EventSource source;
  private final OrderEventType type;
  private final Instant occurredAt;
  private final EventPayload payload;

  private LifecycleEvent(String id, EventSource source, OrderEventType type, Instant occurredAt, EventPayload payload) {
    this.id = Checks.requireId(id, "eventId");
    this.source = Checks.requireNonNull(source, "source");
    this.type = Checks.requireNonNull(type, "type");
    this.occurredAt = Checks.requireNonNull(occurredAt, "occurredAt");
    this.payload = Checks.requireNonNull(payload, "payload");
  }

  /**
   * An event without a payload.
   *
   * @throws io.orderhub.core.InvalidValueException naming the bad field
   */
  public static LifecycleEvent of(String id, EventSource source, OrderEventType type, Instant occurredAt) {
    return new LifecycleEvent(id, source, type, occurredAt, EventPayload.none());
  }

  /** An event with a payload. */
  public static LifecycleEvent of(
      String id, EventSource source, OrderEventType type, Instant occurredAt, EventPayload payload) {
    return new LifecycleEvent(id, source, type, occurredAt, payload);
  }

  /** The id, unique within {@link #source()}. */
  public String id() {
    return id;
  }

  /** Who reported it. */
  public EventSource source() {
    return source;
  }

  /** What happened. */
  public OrderEventType type() {
    return type;
  }

  /** When it happened, by the reporting system's clock. */
  public Instant occurredAt() {
    return occurredAt;
  }

  /** The details it carries. */
  public EventPayload payload() {
    return payload;
  }

  /** A copy with another payload. */
  public LifecycleEvent withPayload(EventPayload payload) {
    return new LifecycleEvent(id, source, type, occurredAt, payload);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LifecycleEvent)) {
      return false;
    }
    LifecycleEvent that = (LifecycleEvent) o;
    return id.equals(that.id) && source == that.source && type == that.type && occurredAt.equals(that.occurredAt)
        && payload.equals(that.payload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, source, type, occurredAt);
  }

  @Override
  public String toString() {
    return "LifecycleEvent[" + source + "/" + id + " " + type + " at " + occurredAt + " " + payload + "]";
  }
}
