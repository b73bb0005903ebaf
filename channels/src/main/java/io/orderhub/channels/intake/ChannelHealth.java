package io.orderhub.channels.intake;

import io.orderhub.core.ChannelId;
import java.time.Duration;

/**
 * A snapshot of one channel's intake counters since the intake was built.
 *
 * <p>Once the queue is drained, {@code received = imported + updated + duplicates + filtered +
 * deadLetters + parked} ({@link #accountedFor()}): {@code deadLetters} and {@code parked} count the
 * deliveries held right now, so a replayed dead letter or a released parked delivery moves to its
 * new outcome instead of being counted twice.
 *
 * @param channel the channel
 * @param received deliveries that entered the pipeline (taken from the queue or processed synchronously)
 * @param imported new orders stored
 * @param updated newer versions of known orders stored
 * @param duplicates re-deliveries and versions not newer than the stored one
 * @param filtered test and click-farming orders kept for audit
 * @param deadLetters deliveries of this channel dead-lettered by this intake and not replayed by it
 * @param parked deliveries waiting behind the open circuit
 * @param replayed dead letters replayed so far
 * @param circuit the circuit breaker's state
 * @param meanLatency mean time from {@code receivedAt} to the outcome
 * @param maxLatency longest time from {@code receivedAt} to the outcome
 * @param lastHour the same events over the last 60 minutes of the intake's clock
 */
public record ChannelHealth(
    ChannelId channel,
    long received,
    long imported,
    long updated,
    long duplicates,
    long filtered,
    long deadLetters,
    long parked,
    long replayed,
    CircuitState circuit,
    Duration meanLatency,
    Duration maxLatency,
    Window lastHour) {

  /**
   * Events over a rolling window (one-minute buckets): deliveries received, and outcomes reached,
   * in the window. Unlike the totals, a dead letter or a parked delivery released later still
   * counts here as it happened.
   */
  public record Window(
      long received, long imported, long updated, long duplicates, long filtered, long deadLettered, long parked) {}

  /** Every received delivery has exactly one outcome (true whenever nothing is in flight). */
  public boolean accountedFor() {
    return received == imported + updated + duplicates + filtered + deadLetters + parked;
  }
}
