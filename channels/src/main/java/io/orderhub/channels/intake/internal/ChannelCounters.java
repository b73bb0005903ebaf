package io.orderhub.channels.intake.internal;

import io.orderhub.channels.intake.HealthWindows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * One channel's counters: totals since the intake was built (contention-free adders, read as a
 * snapshot that is not atomic) and the same events, with latencies, over each rolling window.
 */
public final class ChannelCounters {

  /** What is counted. */
  public enum Event {
    RECEIVED,
    IMPORTED,
    UPDATED,
    DUPLICATE,
    FILTERED,
    DEAD_LETTERED,
    PARKED,
  }

  private final LongAdder[] totals = new LongAdder[Event.values().length];
  private final RollingWindow[] windows;
  /** Dead letters of this channel still in the sink (a replay takes one out). */
  public final LongAdder deadLettersHeld = new LongAdder();
  /** Deliveries waiting behind the open circuit. */
  public final LongAdder parkedHeld = new LongAdder();
  public final LongAdder replayed = new LongAdder();
  public final LongAdder latencyCount = new LongAdder();
  public final LongAdder latencyTotalMillis = new LongAdder();
  public final LongAccumulator latencyMaxMillis = new LongAccumulator(Math::max, 0L);

  public ChannelCounters(HealthWindows config) {
    for (int i = 0; i < totals.length; i++) {
      totals[i] = new LongAdder();
    }
    windows = new RollingWindow[config.spans().size()];
    for (int i = 0; i < windows.length; i++) {
      HealthWindows.Span span = config.spans().get(i);
      windows[i] = new RollingWindow(Event.values().length, span.length(), span.bucket());
    }
  }

  /** Counts one event at {@code at}; dead letters and parked deliveries are also held until released. */
  public void count(Event event, Instant at) {
    totals[event.ordinal()].increment();
    for (RollingWindow w : windows) {
      w.add(event.ordinal(), at);
    }
    if (event == Event.DEAD_LETTERED) {
      deadLettersHeld.increment();
    } else if (event == Event.PARKED) {
      parkedHeld.increment();
    }
  }

  /** The total of {@code event} since the intake was built. */
  public long total(Event event) {
    return totals[event.ordinal()].sum();
  }

  /** What each window holds at {@code now}, shortest window first (counts by {@link Event} ordinal). */
  public List<RollingWindow.Snapshot> windows(Instant now) {
    List<RollingWindow.Snapshot> out = new ArrayList<>(windows.length);
    for (RollingWindow w : windows) {
      out.add(w.snapshot(now));
    }
    return out;
  }

  /**
   * Records one outcome's latency in milliseconds, reached at {@code at} (negative values, from
   * clock skew, count as 0).
   */
  public void latency(long millis, Instant at) {
    long m = Math.max(0L, millis);
    latencyCount.increment();
    latencyTotalMillis.add(m);
    latencyMaxMillis.accumulate(m);
    for (RollingWindow w : windows) {
      w.latency(m, at);
    }
  }
}
