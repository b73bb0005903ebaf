package io.orderhub.channels.intake;

import io.orderhub.core.ChannelId;
import java.time.Instant;

/**
 * Something about a channel that a person should look at.
 *
 * @param kind what happened
 * @param channel the channel concerned
 * @param at when the intake noticed
 * @param message a one-line explanation (no personal data)
 */
public record IntakeAlert(Kind kind, ChannelId channel, Instant at, String message) {

  /** The alerts the intake raises. */
  public enum Kind {
    /** The same anomaly repeated for N consecutive deliveries: the channel is frozen. */
    CIRCUIT_OPENED,
    /** A frozen channel is processing again (after a successful trial or closed by the host). */
    CIRCUIT_CLOSED,
    /** The last hour's volume is above the configured multiple of the trailing hourly mean. */
    VOLUME_SPIKE,
    /** No delivery in the last business hour although the channel usually has some. */
    VOLUME_SILENT,
  }

  @Override
  public String toString() {
    return kind + " " + channel + " at " + at + ": " + message;
  }
}
