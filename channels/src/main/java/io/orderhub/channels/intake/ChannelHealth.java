package io.orderhub.channels.intake;

import io.orderhub.core.ChannelId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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
 * @param windows the same events and latencies over each rolling window ({@link HealthWindows}),
 *     shortest first
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
    List<Window> windows) {

  public ChannelHealth {
    windows = List.copyOf(windows);
  }

  /**
   * Events over a rolling window: deliveries received, and outcomes reached, in the window, with
   * the latency of those outcomes. Unlike the totals, a dead letter or a parked delivery released
   * later still counts here as it happened.
   *
   * @param length how far back the window reaches (see {@link HealthWindows})
   * @param meanLatency mean time from {@code receivedAt} to the outcomes reached in the window
   *     (zero when none)
   * @param maxLatency longest of those
   */
  public record Window(Duration length, long received, long imported, long updated, long duplicates, long filtered,
      long deadLettered, long parked, Duration meanLatency, Duration maxLatency) {

    /** A window in which nothing happened. */
    public static Window empty(Duration length) {
      return new Window(length, 0, 0, 0, 0, 0, 0, 0, Duration.ZERO, Duration.ZERO);
    }
  }

  /** The window of exactly {@code length}, when the intake keeps one. */
  public Optional<Window> window(Duration length) {
    for (Window w : windows) {
      if (w.length().equals(length)) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  /** Every received delivery has exactly one outcome (true whenever nothing is in flight). */
  public boolean accountedFor() {
    return received == imported + updated + duplicates + filtered + deadLetters + parked;
  }
}
