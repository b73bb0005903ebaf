package io.orderhub.channels.intake.internal;

import io.orderhub.channels.intake.IntakeAlert;
import io.orderhub.channels.intake.VolumeAlertConfig;
import io.orderhub.core.ChannelId;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * Counts deliveries per channel per clock hour and compares the last complete hour with the trailing
 * mean. Each (channel, kind, hour) alerts at most once.
 */
public final class VolumeTracker {
  private static final long HOUR = 3_600L;

  private final VolumeAlertConfig config;
  private final ConcurrentMap<ChannelId, ChannelHours> channels = new ConcurrentHashMap<>();

  public VolumeTracker(VolumeAlertConfig config) {
    this.config = config;
  }

  /** Makes {@code channel} known from {@code now} on, so that a channel that never delivers is judged too. */
  public void register(ChannelId channel, Instant now) {
    channels.computeIfAbsent(channel, c -> new ChannelHours(hourOf(now)));
  }

  /** Counts one delivery received at {@code at}. */
  public void record(ChannelId channel, Instant at) {
    long hour = hourOf(at);
    channels.computeIfAbsent(channel, c -> new ChannelHours(hour)).count(hour);
  }

  /** The alerts for the last complete hour before {@code now} that were not raised yet. */
  public List<IntakeAlert> check(Instant now) {
    long checked = hourOf(now) - 1;
    List<IntakeAlert> out = new ArrayList<>();
    for (Map.Entry<ChannelId, ChannelHours> e : channels.entrySet()) {
      ChannelHours h = e.getValue();
      long firstTrailing = Math.max(h.firstHour, checked - config.trailingHours());
      long history = checked - firstTrailing;
      if (history < config.minHistoryHours()) {
        continue;
      }
      long sum = 0;
      for (long hour = firstTrailing; hour < checked; hour++) {
        sum += h.get(hour);
      }
      double mean = (double) sum / history;
      if (mean < config.minTrailingMean()) {
        continue;
      }
      long volume = h.get(checked);
      Instant hourStart = Instant.ofEpochSecond(checked * HOUR);
      if (volume > config.spikeRatio() * mean && h.firstAlert("spike", checked)) {
        out.add(new IntakeAlert(IntakeAlert.Kind.VOLUME_SPIKE, e.getKey(), now, String.format(Locale.ROOT,
            "%d deliveries in the hour from %s, %.0f %% of the trailing mean %.1f", volume, hourStart,
            100.0 * volume / mean, mean)));
      }
      LocalTime local = hourStart.atZone(config.zone()).toLocalTime();
      if (volume == 0 && config.isBusinessHour(local) && h.firstAlert("silent", checked)) {
        out.add(new IntakeAlert(IntakeAlert.Kind.VOLUME_SILENT, e.getKey(), now, String.format(Locale.ROOT,
            "no delivery in the business hour from %s (%s local), trailing mean %.1f per hour", hourStart, local,
            mean)));
      }
      h.prune(checked - config.trailingHours() - 1);
    }
    return out;
  }

  private static long hourOf(Instant t) {
    return Math.floorDiv(t.getEpochSecond(), HOUR);
  }

  private static final class ChannelHours {
    final long firstHour;
    final ConcurrentMap<Long, LongAdder> counts = new ConcurrentHashMap<>();
    final ConcurrentMap<String, Long> alerted = new ConcurrentHashMap<>();

    ChannelHours(long firstHour) {
      this.firstHour = firstHour;
    }

    /** The counter of the hour deliveries last arrived in: saves boxing the hour and a map lookup per delivery. */
    private volatile @Nullable HourCount current;

    void count(long hour) {
      HourCount c = current;
      if (c == null || c.hour != hour) {
        c = new HourCount(hour, counts.computeIfAbsent(hour, k -> new LongAdder()));
        current = c;
      }
      c.count.increment();
    }

    long get(long hour) {
      LongAdder a = counts.get(hour);
      return a == null ? 0 : a.sum();
    }

    boolean firstAlert(String kind, long hour) {
      Long before = alerted.put(kind, hour);
      return before == null || before != hour;
    }

    void prune(long before) {
      counts.keySet().removeIf(h -> h < before);
      HourCount c = current;
      if (c != null && c.hour < before) {
        current = null; // hours before the trailing window are never read again
      }
    }
  }

  private record HourCount(long hour, LongAdder count) {}
}
