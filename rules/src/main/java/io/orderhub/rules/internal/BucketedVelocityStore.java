package io.orderhub.rules.internal;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.internal.Checks;
import io.orderhub.rules.spi.VelocityKey;
import io.orderhub.rules.spi.VelocityStore;
import io.orderhub.rules.spi.WindowTotals;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-memory {@link VelocityStore}: per key, a short sorted run of non-empty time buckets (bucket
 * index, count, sum). Appending in time order is O(1) amortized; a query walks back from the newest
 * bucket and stops at the window's start, so it costs one step per non-empty bucket in the window.
 * Events older than the horizon (relative to the newest event recorded) are forgotten, so a key
 * holds at most {@code horizon / bucket} buckets, and keys idle for a whole horizon are dropped by a
 * sweep that runs once per horizon of event time. Thread-safe.
 */
public final class BucketedVelocityStore implements VelocityStore {
  private final Duration horizon;
  private final Duration resolution;
  private final long widthMillis;
  private final long horizonMillis;
  private final int maxBuckets;
  private final ConcurrentHashMap<VelocityKey, Series> series = new ConcurrentHashMap<>();
  private final AtomicLong newestBucket = new AtomicLong(Long.MIN_VALUE / 2);
  private final AtomicLong nextSweep = new AtomicLong(Long.MIN_VALUE / 2);

  public BucketedVelocityStore(Duration horizon, Duration bucket) {
    Checks.requireNonNull(horizon, "horizon");
    Checks.requireNonNull(bucket, "bucket");
    Checks.requireArgument(!bucket.isNegative() && bucket.toMillis() >= 1, "bucket", bucket, "is not at least 1 ms");
    Checks.requireArgument(!horizon.isNegative() && !horizon.isZero(), "horizon", horizon, "is not positive");
    long width = bucket.toMillis();
    long h = horizon.toMillis();
    Checks.requireArgument(h % width == 0 && bucket.equals(Duration.ofMillis(width)), "horizon", horizon,
        "is not a whole number of buckets of " + bucket);
    Checks.requireArgument(h / width <= 100_000, "bucket", bucket, "gives more than 100000 buckets per horizon");
    this.horizon = horizon;
    this.resolution = bucket;
    this.widthMillis = width;
    this.horizonMillis = h;
    this.maxBuckets = (int) (h / width);
  }

  @Override
  public void record(VelocityKey key, Instant at, long amount) {
    Checks.requireNonNull(key, "key");
    long b = Math.floorDiv(Checks.requireNonNull(at, "at").toEpochMilli(), widthMillis);
    long newest = newestBucket.accumulateAndGet(b, Math::max);
    long oldestKept = newest - maxBuckets; // buckets <= this are forgotten
    if (b <= oldestKept) {
      return;
    }
    series.compute(key, (k, s) -> {
      Series out = s == null ? new Series() : s;
      out.add(b, amount, oldestKept);
      return out;
    });
    sweepIfDue(newest);
  }

  @Override
  public WindowTotals query(VelocityKey key, Instant now, Duration window) {
    Checks.requireNonNull(key, "key");
    long k = bucketsIn(window);
    long q = Math.floorDiv(Checks.requireNonNull(now, "now").toEpochMilli(), widthMillis);
    Series s = series.get(key);
    if (s == null) {
      return WindowTotals.EMPTY;
    }
    long from = Math.max(q - k, newestBucket.get() - maxBuckets); // exclusive
    return s.sum(from, q);
  }

  @Override
  public Duration horizon() {
    return horizon;
  }

  @Override
  public Duration resolution() {
    return resolution;
  }

  /** How many keys the store holds now (for tests of the memory bound). */
  public int keyCount() {
    return series.size();
  }

  /** The window as a number of buckets, checked (messages are built only on failure: this is the hot path). */
  private long bucketsIn(Duration window) {
    Checks.requireNonNull(window, "window");
    long ms = window.toMillis();
    if (ms <= 0 || window.getNano() % 1_000_000 != 0) {
      throw new InvalidValueException("window", window, "is not a positive whole number of milliseconds");
    }
    if (ms > horizonMillis) {
      throw new InvalidValueException("window", window, "is longer than the velocity store's horizon " + horizon);
    }
    if (ms % widthMillis != 0) {
      throw new InvalidValueException("window", window,
          "is not a whole number of the velocity store's buckets of " + resolution);
    }
    return ms / widthMillis;
  }

  private void sweepIfDue(long newest) {
    long due = nextSweep.get();
    if (newest < due || !nextSweep.compareAndSet(due, newest + maxBuckets)) {
      return;
    }
    long oldestKept = newest - maxBuckets;
    for (Map.Entry<VelocityKey, Series> e : series.entrySet()) {
      if (e.getValue().newest() <= oldestKept) { // re-checked under the bin lock: a record may race
        series.computeIfPresent(e.getKey(), (k, s) -> s.newest() <= oldestKept ? null : s);
      }
    }
  }

  /**
   * Non-empty buckets of one key, sorted by bucket index, in one array of (bucket, count, sum)
   * triples: most keys hold one bucket, so a new key costs two small objects. Guarded by its own
   * monitor.
   */
  private static final class Series {
    private static final int STRIDE = 3;
    private long[] data = new long[STRIDE];
    private int start; // first live triple
    private int size; // live triples

    private long bucket(int i) {
      return data[i * STRIDE];
    }

    synchronized long newest() {
      return size == 0 ? Long.MIN_VALUE : bucket(start + size - 1);
    }

    synchronized void add(long b, long amount, long oldestKept) {
      while (size > 0 && bucket(start) <= oldestKept) {
        start++;
        size--;
      }
      if (size == 0) {
        start = 0;
      }
      int end = start + size;
      int pos = end;
      while (pos > start && bucket(pos - 1) > b) {
        pos--;
      }
      if (pos > start && bucket(pos - 1) == b) {
        data[(pos - 1) * STRIDE + 1]++;
        data[(pos - 1) * STRIDE + 2] += amount;
        return;
      }
      if (end * STRIDE == data.length) {
        int offset = pos - start;
        // move the live run to the front, doubling the array when it fills more than half of it;
        // size <= horizon / bucket, so the array stays below 4 * STRIDE * horizon / bucket
        long[] to = size + 1 > data.length / STRIDE / 2 ? new long[data.length * 2] : data;
        System.arraycopy(data, start * STRIDE, to, 0, size * STRIDE);
        data = to;
        start = 0;
        end = size;
        pos = offset;
      }
      System.arraycopy(data, pos * STRIDE, data, (pos + 1) * STRIDE, (end - pos) * STRIDE);
      data[pos * STRIDE] = b;
      data[pos * STRIDE + 1] = 1;
      data[pos * STRIDE + 2] = amount;
      size++;
    }

    /** Totals of the buckets in {@code (from, to]}. */
    synchronized WindowTotals sum(long from, long to) {
      long count = 0;
      long sum = 0;
      for (int i = start + size - 1; i >= start; i--) {
        long b = bucket(i);
        if (b > to) {
          continue;
        }
        if (b <= from) {
          break;
        }
        count += data[i * STRIDE + 1];
        sum += data[i * STRIDE + 2];
      }
      return count == 0 ? WindowTotals.EMPTY : new WindowTotals(count, sum);
    }
  }
}
