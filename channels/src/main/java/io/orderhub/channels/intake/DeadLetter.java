package io.orderhub.channels.intake;

import io.orderhub.core.ChannelId;
import io.orderhub.core.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A delivery the intake could not turn into an order, kept with its raw bytes, headers, the reason,
 * the error and (for an unreadable payload) the JSON path, so it can be inspected and {@linkplain
 * Intake#replayDeadLetters replayed} once the cause is fixed. Immutable.
 */
public final class DeadLetter {
  private final String id;
  private final Delivery delivery;
  private final DeadLetterReason reason;
  private final String error;
  private final @Nullable String jsonPath;
  private final int attempts;
  private final Instant deadAt;

  /**
   * @param id unique within the sink
   * @param delivery what arrived, raw bytes included
   * @param reason why it could not be imported
   * @param error the error message
   * @param jsonPath where in the payload the problem is, when known
   * @param attempts how many times the store was tried (0 when it was never reached)
   * @param deadAt when it was dead-lettered
   */
  public DeadLetter(String id, Delivery delivery, DeadLetterReason reason, String error, @Nullable String jsonPath,
      int attempts, Instant deadAt) {
    this.id = Checks.requireId(id, "id");
    this.delivery = Checks.requireNonNull(delivery, "delivery");
    this.reason = Checks.requireNonNull(reason, "reason");
    this.error = Checks.requireNonNull(error, "error");
    this.jsonPath = jsonPath;
    Checks.requireArgument(attempts >= 0, "attempts", attempts, "is negative");
    this.attempts = attempts;
    this.deadAt = Checks.requireNonNull(deadAt, "deadAt");
  }

  public String id() {
    return id;
  }

  /** The delivery as it arrived (its {@link Delivery#body()} holds the raw bytes). */
  public Delivery delivery() {
    return delivery;
  }

  public ChannelId channel() {
    return delivery.channel();
  }

  /** A copy of the raw bytes as received. */
  public byte[] rawBytes() {
    return delivery.body();
  }

  public DeadLetterReason reason() {
    return reason;
  }

  /** The error message (the adapter's, the verifier's or the store's). */
  public String error() {
    return error;
  }

  /** The JSON path of the problem in the payload, e.g. {@code $.trade.payment}. */
  public Optional<String> jsonPath() {
    return Optional.ofNullable(jsonPath);
  }

  /** How many store attempts were made. */
  public int attempts() {
    return attempts;
  }

  public Instant deadAt() {
    return deadAt;
  }

  /** The first {@code max} characters of the raw bytes as UTF-8, for a screen. */
  public String preview(int max) {
    String text = new String(delivery.rawBody(), StandardCharsets.UTF_8);
    return text.length() <= max ? text : text.substring(0, Math.max(0, max)) + "...";
  }

  /** The reason, path and sizes; never the payload (it holds personal data). */
  @Override
  public String toString() {
    return "DeadLetter[" + id + " " + delivery.channel() + " " + reason
        + (jsonPath == null ? "" : " at " + jsonPath) + ", " + delivery.rawBody().length + " bytes, deadAt=" + deadAt
        + "]";
  }
}
