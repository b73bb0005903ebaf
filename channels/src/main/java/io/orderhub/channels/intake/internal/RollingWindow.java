package io.orderhub.channels.intake.internal;

import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

/**
 * Event counts over the last hour in one-minute buckets, on the intake's clock. A bucket is
 * recycled when its minute comes round again; counts racing with a recycle may land in the new
 * minute, which is good enough for a health screen.
 */
public final class RollingWindow {
  private static final int MINUTES = 60;

  private final int kinds;
  private final Bucket[] buckets = new Bucket[MINUTES];

  public RollingWindow(int kinds) {
    this.kinds = kinds;
    for (int i = 0; i < MINUTES; i++) {
      buckets[i] = new Bucket(kinds);
    }
  }

  /** Counts one event of kind {@code kind} at {@code at}. */
  public void add(int kind, Instant at) {
    long minute = Math.floorDiv(at.getEpochSecond(), 60);
    Bucket b = buckets[Math.floorMod(minute, MINUTES)];
    if (b.minute != minute) {
      synchronized (b) {
        if (minute < b.minute) {
          return; // older than the hour the bucket now holds
        }
        if (b.minute != minute) {
          for (LongAdder a : b.counts) {
            a.reset();
          }
          b.minute = minute;
        }
      }
    }
    b.counts[kind].increment();
  }

  /** The counts per kind of the 60 minutes up to and including {@code now}'s minute. */
  public long[] lastHour(Instant now) {
    long current = Math.floorDiv(now.getEpochSecond(), 60);
    long[] out = new long[kinds];
    for (Bucket b : buckets) {
      long m = b.minute;
      if (m > current - MINUTES && m <= current) {
        for (int k = 0; k < kinds; k++) {
          out[k] += b.counts[k].sum();
        }
      }
    }
    return out;
  }

  private static final class Bucket {
    volatile long minute = Long.MIN_VALUE;
    final LongAdder[] counts;

    Bucket(int kinds) {
      counts = new LongAdder[kinds];
      for (int i = 0; i < kinds; i++) {
        counts[i] = new LongAdder();
      }
    }
  }
}
