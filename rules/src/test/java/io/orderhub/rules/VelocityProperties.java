package io.orderhub.rules;

import io.orderhub.rules.spi.VelocityKey;
import io.orderhub.rules.spi.VelocityStore;
import io.orderhub.rules.spi.WindowTotals;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.api.Assertions;

/** The bucketed in-memory velocity store counts exactly what a brute-force count over the same events finds. */
class VelocityProperties {
  private static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");
  private static final Duration BUCKET = Duration.ofMinutes(1);
  private static final int BUCKETS = 60;
  private static final List<VelocityKey> KEYS = List.of(new VelocityKey("buyer.phone", "13800001111"),
      new VelocityKey("buyer.phone", "13900002222"), new VelocityKey("sku", "TEA-1"));

  /** An event: which key, when (milliseconds after T0), how much. */
  record Event(int key, long millis, long amount) {}

  @Provide
  Arbitrary<List<Event>> alignedEvents() {
    return Combinators.combine(Arbitraries.integers().between(0, KEYS.size() - 1),
            Arbitraries.longs().between(0, 3 * BUCKETS).map(m -> m * BUCKET.toMillis()),
            Arbitraries.longs().between(0, 20))
        .as(Event::new).list().ofMaxSize(200);
  }

  @Provide
  Arbitrary<List<Event>> anyTimeEvents() {
    return Combinators.combine(Arbitraries.integers().between(0, KEYS.size() - 1),
            Arbitraries.longs().between(0, 3L * BUCKETS * BUCKET.toMillis()),
            Arbitraries.longs().between(0, 20))
        .as(Event::new).list().ofMaxSize(200);
  }

  private static VelocityStore record(List<Event> events) {
    VelocityStore store = VelocityStore.inMemory(BUCKET.multipliedBy(BUCKETS), BUCKET);
    for (Event e : events) {
      store.record(KEYS.get(e.key()), T0.plusMillis(e.millis()), e.amount());
    }
    return store;
  }

  private static long newest(List<Event> events) {
    return events.stream().mapToLong(Event::millis).max().orElse(0);
  }

  /** Events and query times on bucket boundaries: the window is exactly (now - window, now]. */
  @Property(tries = 300)
  void countsAndSumsEqualABruteForceCountOverTheSameEvents(@ForAll("alignedEvents") List<Event> events,
      @ForAll @IntRange(min = 0, max = 90) int minutesAfterNewest, @ForAll @IntRange(min = 1, max = BUCKETS) int windowMinutes,
      @ForAll @IntRange(min = 0, max = 2) int key) {
    VelocityStore store = record(events);
    long now = newest(events) + minutesAfterNewest * BUCKET.toMillis();
    long window = windowMinutes * BUCKET.toMillis();
    long count = 0;
    long sum = 0;
    for (Event e : events) {
      if (e.key() == key && e.millis() > now - window && e.millis() <= now) {
        count++;
        sum += e.amount();
      }
    }
    WindowTotals t = store.query(KEYS.get(key), T0.plusMillis(now), Duration.ofMillis(window));
    Assertions.assertThat(t).isEqualTo(new WindowTotals(count, sum));
  }

  /** Any times: an event counts when its bucket is one of the window's buckets ending with now's bucket. */
  @Property(tries = 300)
  void atAnyTimeTheWindowIsTheLastBucketsUpToNow(@ForAll("anyTimeEvents") List<Event> events,
      @ForAll @IntRange(min = 0, max = 5_400_000) int millisAfterNewest,
      @ForAll @IntRange(min = 1, max = BUCKETS) int windowBuckets, @ForAll @IntRange(min = 0, max = 2) int key) {
    VelocityStore store = record(events);
    long now = newest(events) + millisAfterNewest;
    long w = BUCKET.toMillis();
    long nowBucket = Math.floorDiv(now, w);
    long count = 0;
    long sum = 0;
    for (Event e : events) {
      long b = Math.floorDiv(e.millis(), w);
      if (e.key() == key && b > nowBucket - windowBuckets && b <= nowBucket) {
        count++;
        sum += e.amount();
      }
    }
    WindowTotals t = store.query(KEYS.get(key), T0.plusMillis(now), BUCKET.multipliedBy(windowBuckets));
    Assertions.assertThat(t).isEqualTo(new WindowTotals(count, sum));
  }

  /** Recording and reading in one call gives what recording, then querying, gives: the brute-force count. */
  @Property(tries = 300)
  void recordAndQueryCountsWhatABruteForceCountFinds(@ForAll("anyTimeEvents") List<Event> events,
      @ForAll @IntRange(min = 1, max = BUCKETS) int windowBuckets) {
    VelocityStore store = VelocityStore.inMemory(BUCKET.multipliedBy(BUCKETS), BUCKET);
    long w = BUCKET.toMillis();
    long newest = Long.MIN_VALUE;
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      newest = Math.max(newest, e.millis());
      WindowTotals t = store.recordAndQuery(KEYS.get(e.key()), T0.plusMillis(e.millis()), e.amount(),
          T0.plusMillis(newest), BUCKET.multipliedBy(windowBuckets));
      long nowBucket = Math.floorDiv(newest, w);
      long count = 0;
      long sum = 0;
      for (int j = 0; j <= i; j++) {
        Event past = events.get(j);
        long b = Math.floorDiv(past.millis(), w);
        // kept: inside the window and not older than the horizon when it was recorded
        if (past.key() == e.key() && b > nowBucket - windowBuckets && b <= nowBucket && keptWhenRecorded(events, j)) {
          count++;
          sum += past.amount();
        }
      }
      Assertions.assertThat(t).isEqualTo(new WindowTotals(count, sum));
    }
  }

  /** Whether the store kept event {@code j}: its bucket was within the horizon of the newest event seen then. */
  private static boolean keptWhenRecorded(List<Event> events, int j) {
    long newest = Long.MIN_VALUE;
    for (int i = 0; i <= j; i++) {
      newest = Math.max(newest, events.get(i).millis());
    }
    return Math.floorDiv(events.get(j).millis(), BUCKET.toMillis()) > Math.floorDiv(newest, BUCKET.toMillis()) - BUCKETS;
  }
}
