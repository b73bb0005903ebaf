package io.orderhub.rules.spi;

import io.orderhub.rules.internal.BucketedVelocityStore;
import java.time.Duration;
import java.time.Instant;

/**
 * Sliding-window counters behind the velocity conditions ("more than 3 orders from this phone in
 * 24 hours"). A single JVM uses {@link #inMemory()}; hosts running several nodes implement this
 * interface over a shared store (the jdbc module, Redis, ...). Implementations must be
 * thread-safe.
 *
 * <p>Time is bucketed: an implementation may round event and query times down to a bucket of
 * {@link #resolution()}, so a window of {@code w} counts the events whose bucket lies in the last
 * {@code w / resolution} buckets up to and including the query time's bucket.
 */
public interface VelocityStore {
  /**
   * Records one event for {@code key} at {@code at} with {@code amount} (added to the window's
   * sum). An event older than {@link #horizon()} relative to the newest event seen may be dropped.
   */
  void record(VelocityKey key, Instant at, long amount);

  /**
   * The events of {@code key} in the window of length {@code window} ending at {@code now}
   * (inclusive); events after {@code now}'s bucket are not counted.
   *
   * @throws io.orderhub.core.InvalidValueException when {@code window} is longer than {@link
   *     #horizon()} or not a positive multiple of {@link #resolution()}
   */
  WindowTotals query(VelocityKey key, Instant now, Duration window);

  /**
   * Records one event, as {@link #record}, then returns the totals of {@code key} in the window
   * ending at {@code now}, as {@link #query}: what a rule runner does for each key of an incoming
   * order. The default calls the two; a store that can do both in one step (one lookup, one round
   * trip to a shared store) should override it.
   *
   * @throws io.orderhub.core.InvalidValueException as {@link #query} does
   */
  default WindowTotals recordAndQuery(VelocityKey key, Instant at, long amount, Instant now, Duration window) {
    record(key, at, amount);
    return query(key, now, window);
  }

  /** The longest window this store can answer. */
  Duration horizon();

  /** The bucket width: the precision of windows. */
  Duration resolution();

  /** An in-memory store with a 24-hour horizon and 5-minute buckets. */
  static VelocityStore inMemory() {
    return inMemory(Duration.ofHours(24), Duration.ofMinutes(5));
  }

  /**
   * An in-memory, bucketed store: O(1) amortized per update, a query costs one step per non-empty
   * bucket in its window (at most {@code horizon / bucket}), and memory is bounded by the horizon:
   * a key keeps at most {@code horizon / bucket} buckets and keys idle for longer than the horizon
   * are dropped.
   *
   * @param horizon the longest window, a positive multiple of {@code bucket}
   * @param bucket the bucket width, at least one second
   */
  static VelocityStore inMemory(Duration horizon, Duration bucket) {
    return new BucketedVelocityStore(horizon, bucket);
  }
}
