package io.orderhub.channels.intake;

import io.orderhub.core.ChannelId;
import io.orderhub.core.OrderId;
import io.orderhub.core.internal.Checks;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What the intake did with one delivery. Immutable. */
public final class Outcome {

  /** The possible outcomes; every delivery ends in exactly one. */
  public enum Kind {
    /** A new order was stored and {@link IntakeEvent.OrderReceived} emitted. */
    IMPORTED,
    /** A newer version of a known order was stored and {@link IntakeEvent.OrderUpdated} emitted. */
    UPDATED,
    /** The same delivery id, or a version not newer than the stored one: counted, not imported. */
    DUPLICATE,
    /** A test or click-farming order: not imported, kept in the {@code FilteredOrderLog}. */
    FILTERED,
    /** Kept in the {@code DeadLetterSink} with its raw bytes. */
    DEAD_LETTERED,
    /** The channel's circuit breaker is open: the delivery waits, unprocessed, until it closes. */
    PARKED;

    /** Whether the delivery resulted in a stored order (new or updated). */
    public boolean isImported() {
      return this == IMPORTED || this == UPDATED;
    }
  }

  private final Kind kind;
  private final ChannelId channel;
  private final @Nullable OrderId orderId;
  private final String detail;

  /**
   * @param kind what happened
   * @param channel the delivery's channel
   * @param orderId the order concerned, {@code null} when the payload was never read
   * @param detail a short explanation, possibly empty
   */
  public Outcome(Kind kind, ChannelId channel, @Nullable OrderId orderId, String detail) {
    this.kind = Checks.requireNonNull(kind, "kind");
    this.channel = Checks.requireNonNull(channel, "channel");
    this.orderId = orderId;
    this.detail = Checks.requireNonNull(detail, "detail");
  }

  public Kind kind() {
    return kind;
  }

  public ChannelId channel() {
    return channel;
  }

  /** The order concerned, once the payload was read. */
  public Optional<OrderId> orderId() {
    return Optional.ofNullable(orderId);
  }

  /** A short explanation: the filter's reason, the duplicate's kind, the dead letter's id and reason. */
  public String detail() {
    return detail;
  }

  @Override
  public String toString() {
    return kind + " " + channel + (orderId == null ? "" : " " + orderId) + (detail.isEmpty() ? "" : ": " + detail);
  }
}
