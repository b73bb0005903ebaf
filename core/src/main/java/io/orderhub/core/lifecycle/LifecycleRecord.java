package io.orderhub.core.lifecycle;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.internal.Checks;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle state of one order, kept beside the order (not in its canonical JSON): the current
 * status, the furthest fulfilment step reached, when the current status was entered, the hold (when
 * on hold), the status to return to after a hold or a withdrawn refund request, the history of every
 * delivered event, and the store's optimistic version. Immutable: {@link Lifecycle#apply} returns a
 * new record.
 */
public final class LifecycleRecord {
  private static final HistoryEntry[] NO_ENTRIES = new HistoryEntry[0];

  private final OrderId orderId;
  private final long version;
  private final OrderStatus status;
  private final OrderStatus reached;
  private final Instant enteredAt;
  private final Instant startedAt;
  private final @Nullable Hold hold;
  private final @Nullable OrderStatus returnTo;
  private final HistoryEntry[] history;

  private LifecycleRecord(OrderId orderId, long version, OrderStatus status, OrderStatus reached, Instant enteredAt,
      Instant startedAt, @Nullable Hold hold, @Nullable OrderStatus returnTo, HistoryEntry[] history) {
    this.orderId = orderId;
    this.version = version;
    this.status = status;
    this.reached = reached;
    this.enteredAt = enteredAt;
    this.startedAt = startedAt;
    this.hold = hold;
    this.returnTo = returnTo;
    this.history = history;
  }

  /**
   * The record of an order that enters the lifecycle in {@code status} at {@code enteredAt}, with an
   * empty history and version 0. The furthest step reached is {@code status} when it is a
   * fulfilment step, else {@code PENDING_PAYMENT}.
   */
  public static LifecycleRecord start(OrderId orderId, OrderStatus status, Instant enteredAt) {
    return builder(orderId, status, enteredAt)
        .reached(status.isFulfilmentStep() ? status : OrderStatus.PENDING_PAYMENT).build();
  }

  /** A builder, for stores that read records back and for tests. */
  public static Builder builder(OrderId orderId, OrderStatus status, Instant enteredAt) {
    return new Builder(orderId, status, enteredAt);
  }

  /** A builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder(orderId, status, enteredAt);
    b.version = version;
    b.reached = reached;
    b.startedAt = startedAt;
    b.hold = hold;
    b.returnTo = returnTo;
    b.history = history;
    return b;
  }

  LifecycleRecord next(OrderStatus status, OrderStatus reached, Instant enteredAt, @Nullable Hold hold,
      @Nullable OrderStatus returnTo, HistoryEntry... entries) {
    HistoryEntry[] h = Arrays.copyOf(history, history.length + entries.length);
    System.arraycopy(entries, 0, h, history.length, entries.length);
    return new LifecycleRecord(orderId, version, status, reached, enteredAt, startedAt, hold, returnTo, h);
  }

  LifecycleRecord append(HistoryEntry entry) {
    return next(status, reached, enteredAt, hold, returnTo, entry);
  }

  public OrderId orderId() {
    return orderId;
  }

  /** The store's optimistic-concurrency version; 0 for a record never stored. */
  public long version() {
    return version;
  }

  /** The current status. */
  public OrderStatus status() {
    return status;
  }

  /** The furthest fulfilment step the order has reached; fulfilment events up to it are stale. */
  public OrderStatus reached() {
    return reached;
  }

  /** When the order entered its current status (the time of the event that moved it there). */
  public Instant enteredAt() {
    return enteredAt;
  }

  /** When the order entered the lifecycle (the {@code enteredAt} of its first record). */
  public Instant startedAt() {
    return startedAt;
  }

  /** The status the order entered the lifecycle in (before its first history entry). */
  public OrderStatus startStatus() {
    return history.length == 0 ? status : history[0].from();
  }

  /**
   * When the order first entered {@code status} (by an applied or implied step, or by starting in
   * it), if it ever did.
   */
  public Optional<Instant> firstEntered(OrderStatus status) {
    if (startStatus() == status) {
      return Optional.of(startedAt);
    }
    for (HistoryEntry e : history) {
      if (e.to() == status && e.from() != status && e.outcome() != Outcome.REJECTED) {
        return Optional.of(e.occurredAt());
      }
    }
    return Optional.empty();
  }

  /** When the order last left {@code status} for another one, if it did. */
  public Optional<Instant> lastLeft(OrderStatus status) {
    for (int i = history.length - 1; i >= 0; i--) {
      HistoryEntry e = history[i];
      if (e.from() == status && e.to() != status) {
        return Optional.of(e.occurredAt());
      }
    }
    return Optional.empty();
  }

  /** The hold, while the order is {@code ON_HOLD}. */
  public Optional<Hold> hold() {
    return Optional.ofNullable(hold);
  }

  /** The status a release (or a withdrawn refund request) returns the order to. */
  public Optional<OrderStatus> returnTo() {
    return Optional.ofNullable(returnTo);
  }

  /** Whether a release (or withdrawn refund request) would return the order to {@code status}. */
  public boolean returnsTo(OrderStatus status) {
    return returnTo == status;
  }

  /** Every delivered event's entry (and the implied steps), oldest first, unmodifiable. */
  public List<HistoryEntry> history() {
    return Collections.unmodifiableList(Arrays.asList(history));
  }

  /** The last history entry. */
  public Optional<HistoryEntry> lastEntry() {
    return history.length == 0 ? Optional.empty() : Optional.of(history[history.length - 1]);
  }

  /**
   * Whether this order already applied (or found stale) the event {@code eventId} from {@code
   * source}; a rejected event may be delivered again and is then processed again.
   */
  public boolean hasProcessed(EventSource source, String eventId) {
    for (int i = history.length - 1; i >= 0; i--) {
      HistoryEntry e = history[i];
      if (e.isDelivery(source, eventId) && (e.outcome() == Outcome.APPLIED || e.outcome() == Outcome.STALE)) {
        return true;
      }
    }
    return false;
  }

  /** A copy with another version (stores use this). */
  public LifecycleRecord withVersion(long version) {
    Checks.requireArgument(version >= 0, "version", version, "is negative");
    return new LifecycleRecord(orderId, version, status, reached, enteredAt, startedAt, hold, returnTo, history);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LifecycleRecord)) {
      return false;
    }
    LifecycleRecord that = (LifecycleRecord) o;
    return version == that.version && orderId.equals(that.orderId) && status == that.status && reached == that.reached
        && enteredAt.equals(that.enteredAt) && startedAt.equals(that.startedAt) && Objects.equals(hold, that.hold)
        && returnTo == that.returnTo && Arrays.equals(history, that.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(orderId, version, status, enteredAt, history.length);
  }

  @Override
  public String toString() {
    return "LifecycleRecord[" + orderId + " " + status + " since " + enteredAt + ", reached=" + reached
        + (hold == null ? "" : ", hold=" + hold.queue() + ": " + hold.reason())
        + (returnTo == null ? "" : ", returnTo=" + returnTo)
        + ", history=" + history.length + ", version=" + version + "]";
  }

  /** Builds a {@link LifecycleRecord}; every setter checks its value at once. */
  public static final class Builder {
    private final OrderId orderId;
    private final OrderStatus status;
    private final Instant enteredAt;
    private long version;
    private OrderStatus reached = OrderStatus.PENDING_PAYMENT;
    private Instant startedAt;
    private @Nullable Hold hold;
    private @Nullable OrderStatus returnTo;
    private HistoryEntry[] history = NO_ENTRIES;

    private Builder(OrderId orderId, OrderStatus status, Instant enteredAt) {
      this.orderId = Checks.requireNonNull(orderId, "orderId");
      this.status = Checks.requireNonNull(status, "status");
      this.enteredAt = Checks.requireNonNull(enteredAt, "enteredAt");
      this.startedAt = enteredAt;
    }

    /** When the order entered the lifecycle (defaults to {@code enteredAt}). */
    public Builder startedAt(Instant startedAt) {
      this.startedAt = Checks.requireNonNull(startedAt, "startedAt");
      return this;
    }

    public Builder version(long version) {
      Checks.requireArgument(version >= 0, "version", version, "is negative");
      this.version = version;
      return this;
    }

    /** The furthest fulfilment step reached (a fulfilment step). */
    public Builder reached(OrderStatus reached) {
      Checks.requireNonNull(reached, "reached");
      Checks.requireArgument(reached.isFulfilmentStep(), "reached", reached, "is not a fulfilment step");
      this.reached = reached;
      return this;
    }

    /** The hold; only an {@code ON_HOLD} record has one. */
    public Builder hold(@Nullable Hold hold) {
      this.hold = hold;
      return this;
    }

    public Builder returnTo(@Nullable OrderStatus returnTo) {
      this.returnTo = returnTo;
      return this;
    }

    /** Replaces the history. */
    public Builder history(List<HistoryEntry> history) {
      Checks.requireNonNull(history, "history");
      HistoryEntry[] copy = history.toArray(NO_ENTRIES);
      for (HistoryEntry e : copy) {
        Checks.requireNonNull(e, "history[]");
      }
      this.history = copy;
      return this;
    }

    /**
     * @throws InvalidValueException when a hold is set on a record that is not {@code ON_HOLD}, or
     *     the current fulfilment step is beyond the step reached
     */
    public LifecycleRecord build() {
      if (hold != null && status != OrderStatus.ON_HOLD) {
        throw new InvalidValueException("hold", hold.reason(), "is set but the status is " + status);
      }
      if (status.isFulfilmentStep() && status.step() > reached.step()) {
        throw new InvalidValueException("reached", reached, "is before the current status " + status);
      }
      return new LifecycleRecord(orderId, version, status, reached, enteredAt, startedAt, hold, returnTo, history);
    }
  }
}
