package io.orderhub.core.lifecycle;

import io.orderhub.core.WarehouseId;
import io.orderhub.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The optional details an event carries: a tracking number (label, pick-up), a warehouse
 * (assignment), a hold reason and review queue (hold), a free note. Immutable; build one with
 * {@link #builder()}, or use {@link #none()}.
 */
public final class EventPayload {
  private static final EventPayload NONE = new EventPayload(new Builder());

  private final @Nullable String trackingNumber;
  private final @Nullable WarehouseId warehouse;
  private final @Nullable String holdReason;
  private final @Nullable String reviewQueue;
  private final @Nullable String note;

  private EventPayload(Builder b) {
    this.trackingNumber = b.trackingNumber;
    this.warehouse = b.warehouse;
    this.holdReason = b.holdReason;
    this.reviewQueue = b.reviewQueue;
    this.note = b.note;
  }

  /** The empty payload. */
  public static EventPayload none() {
    return NONE;
  }

  /** A builder for a payload. */
  public static Builder builder() {
    return new Builder();
  }

  /** The waybill's tracking number. */
  public Optional<String> trackingNumber() {
    return Optional.ofNullable(trackingNumber);
  }

  /** The warehouse the event concerns. */
  public Optional<WarehouseId> warehouse() {
    return Optional.ofNullable(warehouse);
  }

  /** Why the order is held, e.g. {@code "address needs checking"}. */
  public Optional<String> holdReason() {
    return Optional.ofNullable(holdReason);
  }

  /** The review queue a held order waits in, e.g. {@code "presale-approval"}. */
  public Optional<String> reviewQueue() {
    return Optional.ofNullable(reviewQueue);
  }

  /** A free note (may hold personal text; never logged). */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof EventPayload)) {
      return false;
    }
    EventPayload that = (EventPayload) o;
    return Objects.equals(trackingNumber, that.trackingNumber) && Objects.equals(warehouse, that.warehouse)
        && Objects.equals(holdReason, that.holdReason) && Objects.equals(reviewQueue, that.reviewQueue)
        && Objects.equals(note, that.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(trackingNumber, warehouse, holdReason, reviewQueue, note);
  }

  /** The note is shown only by length. */
  @Override
  public String toString() {
    return "EventPayload[" + (trackingNumber == null ? "" : "tracking=" + trackingNumber + " ")
        + (warehouse == null ? "" : "warehouse=" + warehouse + " ")
        + (holdReason == null ? "" : "holdReason=" + holdReason + " ")
        + (reviewQueue == null ? "" : "queue=" + reviewQueue + " ")
        + (note == null ? "" : "note=<" + note.length() + " chars>") + "]";
  }

  /** Builds an {@link EventPayload}; every setter checks its value at once. */
  public static final class Builder {
    private @Nullable String trackingNumber;
    private @Nullable WarehouseId warehouse;
    private @Nullable String holdReason;
    private @Nullable String reviewQueue;
    private @Nullable String note;

    private Builder() {}

    public Builder trackingNumber(String trackingNumber) {
      this.trackingNumber = Checks.requireId(trackingNumber, "trackingNumber");
      return this;
    }

    public Builder warehouse(WarehouseId warehouse) {
      this.warehouse = Checks.requireNonNull(warehouse, "warehouse");
      return this;
    }

    public Builder holdReason(String holdReason) {
      this.holdReason = Checks.requireText(holdReason, "holdReason");
      return this;
    }

    public Builder reviewQueue(String reviewQueue) {
      this.reviewQueue = Checks.requireId(reviewQueue, "reviewQueue");
      return this;
    }

    public Builder note(String note) {
      this.note = Checks.requireText(note, "note");
      return this;
    }

    public EventPayload build() {
      return new EventPayload(this);
    }
  }
}
