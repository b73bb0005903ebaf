package io.orderhub.rules.internal;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.internal.Checks;
import io.orderhub.rules.spi.VelocityKey;
import io.orderhub.rules.spi.VelocityStore;
import io.orderhub.rules.spi.WindowTotals;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory {@link VelocityStore}: per key, a short sorted run of non-empty time buckets (bucket
 * index, count, sum). Appending in time order is O(1) amortized; a query walks back from the newest
 * bucket and stops at the window's start, so it costs one step per non-empty bucket in the window.
 * Events older than the horizon (relative to the newest event recorded) are forgotten, so a key
 * holds at most {@code horizon / bucket} buckets. Thread-safe.
 *
 * <p>Keys live in two generations, each a map: the current one, which takes every record, and the
 * previous one. When the newest event crosses a horizon boundary the current map becomes the
 * previous one and the old previous map is dropped whole, with no per-key work: a key recorded in
 * the previous horizon moves to the current map (the same series object) when it is recorded again,
 * so a dropped key has been idle for a whole horizon, and memory holds at most two horizons of keys.
 * A writer that read the generations before a swap only writes buckets older than the boundary,
 * which are forgotten by the time its map is dropped.
 */
public final class BucketedVelocityStore implements VelocityStore {
  private final Duration horizon;
  private final Duration resolution;
  private final long widthMillis;
  private final long horizonMillis;
  private final int maxBuckets;
  private final AtomicLong newestBucket = new AtomicLong(Long.MIN_VALUE / 2);
  private final AtomicReference<Generations> generations;

  /** The current and previous maps, and the bucket at which the current one turns previous. */
  private static final class Generations {
    final ConcurrentHashMap<VelocityKey, Series> current;
    final ConcurrentHashMap<VelocityKey, Series> previous;
    final long nextBoundary;

    Generations(ConcurrentHashMap<VelocityKey, Series> current, ConcurrentHashMap<VelocityKey, Series> previous,
        long nextBoundary) {
      this.current = current;
      this.previous = previous;
      this.nextBoundary = nextBoundary;
    }

    @Nullable Series get(VelocityKey key) {
      Series s = current.get(key);
      return s != null ? s : previous.get(key);
    }
  }

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
    this.generations = new AtomicReference<>(
        new Generations(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), Long.MIN_VALUE / 2));
  }

  @Override
  public void record(VelocityKey key, Instant at, long amount) {
    Checks.requireNonNull(key, "key");
    long b = Math.floorDiv(Checks.requireNonNull(at, "at").toEpochMilli(), widthMillis);
    long newest = advanceNewest(b);
    if (b > newest - maxBuckets) { // buckets <= newest - maxBuckets are forgotten
      series(key, newest).add(b, amount, newest - maxBuckets);
    }
  }

  @Override
  public WindowTotals query(VelocityKey key, Instant now, Duration window) {
    Checks.requireNonNull(key, "key");
    long k = bucketsIn(window);
    long q = Math.floorDiv(Checks.requireNonNull(now, "now").toEpochMilli(), widthMillis);
    Series s = generations.get().get(key);
    if (s == null) {
      return WindowTotals.EMPTY;
    }
    return s.sum(Math.max(q - k, newestBucket.get() - maxBuckets), q);
  }

  /** One map lookup and one lock for both: the event is recorded, then the window read. */
  @Override
  public WindowTotals recordAndQuery(VelocityKey key, Instant at, long amount, Instant now, Duration window) {
    Checks.requireNonNull(key, "key");
    long k = bucketsIn(window);
    long q = Math.floorDiv(Checks.requireNonNull(now, "now").toEpochMilli(), widthMillis);
    long b = Math.floorDiv(Checks.requireNonNull(at, "at").toEpochMilli(), widthMillis);
    long newest = advanceNewest(b);
    long oldestKept = newest - maxBuckets;
    if (b <= oldestKept) { // too old to keep: only read
      Series s = generations.get().get(key);
      return s == null ? WindowTotals.EMPTY : s.sum(Math.max(q - k, oldestKept), q);
    }
    return series(key, newest).addAndSum(b, amount, oldestKept, Math.max(q - k, oldestKept), q);
  }

  /** Moves the newest bucket seen forward to {@code b} (a CAS only when it moves) and returns it. */
  private long advanceNewest(long b) {
    long n = newestBucket.get();
    while (b > n) {
      if (newestBucket.compareAndSet(n, b)) {
        return b;
      }
      n = newestBucket.get();
    }
    return n;
  }

  /**
   * The key's series in the current generation (after turning generations if {@code newest} crossed
   * a boundary): found there, else moved from the previous generation, else new.
   */
  private Series series(VelocityKey key, long newest) {
    Generations g = generations.get();
    while (newest >= g.nextBoundary) {
      g = turn(g, newest);
    }
    Series s = g.current.get(key);
    if (s != null) {
      return s;
    }
    Series old = g.previous.get(key);
    Series fresh = old != null ? old : new Series();
    Series raced = g.current.putIfAbsent(key, fresh);
    return raced != null ? raced : fresh;
  }

  /**
   * The generations after {@code newest} crossed {@code g}'s boundary: one boundary crossed, the
   * current map becomes the previous one; two or more, both are dropped (every bucket in them is
   * older than the horizon). Returns the generations in place after the attempt.
   */
  private Generations turn(Generations g, long newest) {
    long crossed = (newest - g.nextBoundary) / maxBuckets + 1;
    // sized for a horizon like the last one, so the map does not grow step by step again
    ConcurrentHashMap<VelocityKey, Series> current = new ConcurrentHashMap<>(Math.max(16, g.current.size()));
    Generations next = new Generations(current, crossed == 1 ? g.current : new ConcurrentHashMap<>(),
        g.nextBoundary + crossed * maxBuckets);
    return generations.compareAndSet(g, next) ? next : generations.get();
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
    Generations g = generations.get();
    int n = g.current.size();
    for (VelocityKey k : g.previous.keySet()) {
      if (!g.current.containsKey(k)) {
        n++;
      }
    }
    return n;
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

  /**
   * Non-empty buckets of one key, sorted by bucket index. Most keys (a buyer's SKU and quantity)
   * only ever hold one bucket: it lives in three fields, and a new key costs one small object. From
   * the second bucket on, the buckets are (bucket, count, sum) triples in one array. Guarded by its
   * own monitor.
   */
  private static final class Series {
    private static final int STRIDE = 3;
    /** The one bucket while {@link #data} is null (empty when {@code count1 == 0}). */
    private long bucket1;
    private long count1;
    private long sum1;
    private long @Nullable [] data;
    private int start; // first live triple
    private int size; // live triples


    /** Adds one event, then returns the totals of the buckets in {@code (from, to]}, under one lock. */
    synchronized WindowTotals addAndSum(long b, long amount, long oldestKept, long from, long to) {
      add(b, amount, oldestKept);
      return sum(from, to);
    }

    /** Adds one event; buckets up to {@code oldestKept} are dropped. */
    synchronized void add(long b, long amount, long oldestKept) {
      if (data == null) {
        if (count1 == 0 || bucket1 == b || bucket1 <= oldestKept) { // still one bucket
          if (count1 == 0 || bucket1 != b) {
            bucket1 = b;
            count1 = 0;
            sum1 = 0;
          }
          count1++;
          sum1 += amount;
          return;
        }
        data = new long[4 * STRIDE]; // a second bucket: move to the array
        data[0] = bucket1;
        data[1] = count1;
        data[2] = sum1;
        size = 1;
      }
      long[] data = this.data;
      while (size > 0 && data[start * STRIDE] <= oldestKept) {
        start++;
        size--;
      }
      if (size == 0) {
        start = 0;
      }
      int end = start + size;
      int pos = end;
      while (pos > start && data[(pos - 1) * STRIDE] > b) {
        pos--;
      }
      if (pos > start && data[(pos - 1) * STRIDE] == b) {
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
        this.data = to;
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
      long[] data = this.data;
      if (data == null) {
        return count1 == 0 || bucket1 <= from || bucket1 > to ? WindowTotals.EMPTY : new WindowTotals(count1, sum1);
      }
      long count = 0;
      long sum = 0;
      for (int i = start + size - 1; i >= start; i--) {
        long b = data[i * STRIDE];
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
