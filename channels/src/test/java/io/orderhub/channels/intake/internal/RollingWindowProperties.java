package io.orderhub.channels.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A rolling window holds exactly the events and latencies whose bucket is one of the window's
 * buckets up to the one of the time asked about, whatever order they arrived in (some late, some
 * after the window has moved past them), as counting them one by one says.
 */
class RollingWindowProperties {
  private static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");

  record Event(int kind, long atMillis, long latency) {}

  @Property(tries = 300)
  void holdsExactlyTheEventsOfItsBuckets(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int shape,
      @ForAll @IntRange(min = 0, max = 400) int count) {
    Random random = new Random(seed);
    Duration length = List.of(Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofHours(24)).get(shape);
    Duration bucket = List.of(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(15)).get(shape);
    long span = 3 * length.toMillis(); // events over three window lengths
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(new Event(random.nextInt(3), (long) (random.nextDouble() * span), random.nextInt(5_000)));
    }
    events.sort((a, b) -> Long.compare(a.atMillis(), b.atMillis()));
    for (int i = 0; i + 1 < events.size(); i++) { // some arrive late: swapped with a neighbour
      if (random.nextInt(5) == 0) {
        Collections.swap(events, i, i + 1);
      }
    }
    for (int i = 0; i < events.size() / 10; i++) { // a few arrive very late: after everything else
      events.add(events.remove(random.nextInt(events.size())));
    }
    RollingWindow window = new RollingWindow(3, length, bucket);
    long now = 0;
    for (Event e : events) {
      window.add(e.kind(), T0.plusMillis(e.atMillis()));
      window.latency(e.latency(), T0.plusMillis(e.atMillis()));
      now = Math.max(now, e.atMillis());
    }
    now += random.nextInt((int) Math.min(Integer.MAX_VALUE, length.toMillis()));

    long b = bucket.toMillis();
    long nowSlot = Math.floorDiv(T0.toEpochMilli() + now, b);
    long buckets = length.toMillis() / b;
    long[] counts = new long[3];
    long latencies = 0;
    long total = 0;
    long max = 0;
    for (Event e : events) {
      long slot = Math.floorDiv(T0.toEpochMilli() + e.atMillis(), b);
      if (slot > nowSlot - buckets && slot <= nowSlot) {
        counts[e.kind()]++;
        latencies++;
        total += e.latency();
        max = Math.max(max, e.latency());
      }
    }
    RollingWindow.Snapshot got = window.snapshot(T0.plusMillis(now));
    assertThat(got.counts()).containsExactly(counts);
    assertThat(got.latencies()).isEqualTo(latencies);
    assertThat(got.latencyTotalMillis()).isEqualTo(total);
    assertThat(got.latencyMaxMillis()).isEqualTo(max);
    assertThat(got.length()).isEqualTo(length);
  }
}
