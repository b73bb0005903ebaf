package io.orderhub.channels.intake.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Event counts and latencies over a rolling window in fixed buckets, on the intake's clock: a ring
 * of {@code length / bucket} buckets, each recycled when its slot of time comes round again. The
 * window covers the buckets up to and including the one of the time asked about. An event older
 * than what its bucket now holds is outside the window already and is not counted. Counts racing
 * with a recycle may land in the new bucket, which is good enough for a health screen.
 */
public final class RollingWindow {
  private final Duration length;
  private final long bucketMillis;
  private final int kinds;
  private final Bucket[] buckets;

  /**
   * @param kinds how many kinds of event are counted (indexes {@code 0..kinds-1})
   * @param length the window
   * @param bucket the bucket, a divisor of {@code length}
   */
  public RollingWindow(int kinds, Duration length, Duration bucket) {
    this.length = length;
    this.kinds = kinds;
    this.bucketMillis = bucket.toMillis();
    int n = (int) (length.toMillis() / bucketMillis);
    this.buckets = new Bucket[n];
    for (int i = 0; i < n; i++) {
      buckets[i] = new Bucket(kinds);
    }
  }

  public Duration length() {
    return length;
  }

  private long slot(Instant at) {
    return Math.floorDiv(at.toEpochMilli(), bucketMillis);
  }

  /** The bucket of {@code slot}, recycled for it if it held an older one; {@code null} when it holds a newer one. */
  private Bucket bucket(long slot) {
    Bucket b = buckets[(int) Math.floorMod(slot, (long) buckets.length)];
    if (b.slot != slot) {
      synchronized (b) {
        if (slot < b.slot) {
          return null; // older than the time the bucket now holds: outside the window
        }
        if (b.slot != slot) {
          b.reset();
          b.slot = slot;
        }
      }
    }
    return b;
  }

  /** Counts one event of kind {@code kind} at {@code at}. */
  public void add(int kind, Instant at) {
    Bucket b = bucket(slot(at));
    if (b != null) {
      b.counts[kind].increment();
    }
  }

  /** Records one outcome's latency at {@code at}. */
  public void latency(long millis, Instant at) {
    Bucket b = bucket(slot(at));
    if (b != null) {
      b.latencyCount.increment();
      b.latencyTotal.add(millis);
      b.latencyMax.accumulate(millis);
    }
  }

  /** What the window holds at {@code now}. */
  public Snapshot snapshot(Instant now) {
    long current = slot(now);
    long[] counts = new long[kinds];
    long n = 0;
    long total = 0;
    long max = 0;
    for (Bucket b : buckets) {
      long s = b.slot;
      if (s > current - buckets.length && s <= current) {
        for (int k = 0; k < kinds; k++) {
          counts[k] += b.counts[k].sum();
        }
        n += b.latencyCount.sum();
        total += b.latencyTotal.sum();
        max = Math.max(max, b.latencyMax.get());
      }
    }
    return new Snapshot(length, counts, n, total, max);
  }

  /**
   * Counts by kind, and latencies in milliseconds (count, total, max), over a window.
   *
   * @param counts by kind; owned by the snapshot
   */
  public record Snapshot(Duration length, long[] counts, long latencies, long latencyTotalMillis,
      long latencyMaxMillis) {}

  private static final class Bucket {
    volatile long slot = Long.MIN_VALUE;
    final LongAdder[] counts;
    final LongAdder latencyCount = new LongAdder();
    final LongAdder latencyTotal = new LongAdder();
    final LongAccumulator latencyMax = new LongAccumulator(Math::max, 0L);

    Bucket(int kinds) {
      counts = new LongAdder[kinds];
      for (int i = 0; i < kinds; i++) {
        counts[i] = new LongAdder();
      }
    }

    void reset() {
      for (LongAdder a : counts) {
        a.reset();
      }
      latencyCount.reset();
      latencyTotal.reset();
      latencyMax.reset();
    }
  }
}
