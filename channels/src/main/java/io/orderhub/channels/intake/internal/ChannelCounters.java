package io.orderhub.channels.intake.internal;

import java.time.Instant;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * One channel's counters: totals since the intake was built (contention-free adders, read as a
 * snapshot that is not atomic) and the same events over the last hour.
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
  private final RollingWindow lastHour = new RollingWindow(Event.values().length);
  /** Dead letters of this channel still in the sink (a replay takes one out). */
  public final LongAdder deadLettersHeld = new LongAdder();
  /** Deliveries waiting behind the open circuit. */
  public final LongAdder parkedHeld = new LongAdder();
  public final LongAdder replayed = new LongAdder();
  public final LongAdder latencyCount = new LongAdder();
  public final LongAdder latencyTotalMillis = new LongAdder();
  public final LongAccumulator latencyMaxMillis = new LongAccumulator(Math::max, 0L);

  public ChannelCounters() {
    for (int i = 0; i < totals.length; i++) {
      totals[i] = new LongAdder();
    }
  }

  /** Counts one event at {@code at}; dead letters and parked deliveries are also held until released. */
  public void count(Event event, Instant at) {
    totals[event.ordinal()].increment();
    lastHour.add(event.ordinal(), at);
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

  /** The counts per {@link Event} (by ordinal) over the hour up to {@code now}. */
  public long[] lastHour(Instant now) {
    return lastHour.lastHour(now);
  }

  /** Records one outcome's latency in milliseconds (negative values, from clock skew, count as 0). */
  public void latency(long millis) {
    long m = Math.max(0L, millis);
    latencyCount.increment();
    latencyTotalMillis.add(m);
    latencyMaxMillis.accumulate(m);
  }
}
