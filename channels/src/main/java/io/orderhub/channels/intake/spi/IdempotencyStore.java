package io.orderhub.channels.intake.spi;

import io.orderhub.channels.intake.internal.CaffeineIdempotencyStore;
import java.time.Clock;
import java.time.Duration;

/**
 * Remembers which delivery ids and order versions the intake has already taken care of, so that a
 * re-delivery is recognised as a duplicate. Keys are opaque strings made by the intake (they name the
 * channel). Implementations must be thread-safe; a host with several nodes backs this with its
 * database (a table with a unique key and an expiry column).
 *
 * <p>The intake only {@linkplain #mark marks} a key once the delivery has reached a final outcome
 * (stored, filtered or recognised as a duplicate), so a delivery that failed can come again.
 */
public interface IdempotencyStore {

  /** Whether {@code key} was marked and has not yet expired. */
  boolean contains(String key);

  /** Remembers {@code key} for the store's horizon. Marking a known key again is harmless. */
  void mark(String key);

  /**
   * The default: keys kept in memory by Caffeine for {@code horizon} after they were marked, time
   * read from {@code clock} (so tests can move time), at most {@code maximumKeys} keys (the oldest
   * go first). Starts no threads.
   *
   * @throws io.orderhub.core.InvalidValueException when the horizon is not positive or the size is
   *     not positive
   */
  static IdempotencyStore inMemory(Duration horizon, long maximumKeys, Clock clock) {
    return new CaffeineIdempotencyStore(horizon, maximumKeys, clock);
  }
}
