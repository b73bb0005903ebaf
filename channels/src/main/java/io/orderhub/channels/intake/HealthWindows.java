package io.orderhub.channels.intake;

import io.orderhub.core.internal.Checks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rolling windows over which {@link Intake#health} counts each channel's events (received,
 * imported, updated, duplicates, filtered, dead-lettered, parked) and latency. A window of length
 * {@code L} in buckets of {@code B} covers the {@code L / B} buckets up to and including the current
 * one, on the intake's clock, so it reaches back between {@code L - B} and {@code L}. Immutable;
 * build with {@link #custom()}.
 *
 * @param spans the windows, shortest first
 */
public record HealthWindows(List<Span> spans) {
  /** Most windows an intake keeps. */
  public static final int MAX_WINDOWS = 8;
  /** Most buckets a window has. */
  public static final int MAX_BUCKETS = 10_000;

  /**
   * One window.
   *
   * @param length how far back the window reaches, positive
   * @param bucket the granularity: a positive divisor of {@code length}, at least one second, and
   *     {@code length / bucket} at most {@value #MAX_BUCKETS}
   */
  public record Span(Duration length, Duration bucket) {
    public Span {
      Checks.requireNonNull(length, "length");
      Checks.requireNonNull(bucket, "bucket");
      Checks.requireArgument(!length.isNegative() && !length.isZero(), "length", length, "is not positive");
      Checks.requireArgument(bucket.compareTo(Duration.ofSeconds(1)) >= 0, "bucket", bucket, "is under one second");
      Checks.requireArgument(length.toMillis() % bucket.toMillis() == 0 && bucket.toNanos() % 1_000_000 == 0,
          "bucket", bucket, "does not divide the window length " + length + " into whole milliseconds");
      Checks.requireArgument(length.toMillis() / bucket.toMillis() <= MAX_BUCKETS, "bucket", bucket,
          "makes more than " + MAX_BUCKETS + " buckets of " + length);
    }

    /** How many buckets the window has. */
    public int buckets() {
      return (int) (length.toMillis() / bucket.toMillis());
    }
  }

  public HealthWindows {
    Checks.requireNonNull(spans, "spans");
    Checks.requireArgument(spans.size() <= MAX_WINDOWS, "spans", spans.size(), "are more than " + MAX_WINDOWS);
    List<Span> sorted = new ArrayList<>();
    for (Span s : spans) {
      Span span = Checks.requireNonNull(s, "spans[]");
      for (Span other : sorted) {
        Checks.requireArgument(!other.length().equals(span.length()), "spans", span.length(), "is given twice");
      }
      sorted.add(span);
    }
    sorted.sort(Comparator.comparing(Span::length));
    spans = List.copyOf(sorted);
  }

  /** The last 5 minutes in 10-second buckets, the last hour in minutes, the last 24 hours in quarter hours. */
  public static HealthWindows ofDefaults() {
    return custom()
        .window(Duration.ofMinutes(5), Duration.ofSeconds(10))
        .window(Duration.ofHours(1), Duration.ofMinutes(1))
        .window(Duration.ofHours(24), Duration.ofMinutes(15))
        .build();
  }

  /** No windows: totals only (the cheapest intake). */
  public static HealthWindows none() {
    return new HealthWindows(List.of());
  }

  /** A builder with no windows yet. */
  public static Builder custom() {
    return new Builder();
  }

  /** Builds {@link HealthWindows}; each window is checked when added. */
  public static final class Builder {
    private final List<Span> spans = new ArrayList<>();

    private Builder() {}

    /** Adds a window of {@code length} counted in buckets of {@code bucket}. */
    public Builder window(Duration length, Duration bucket) {
      spans.add(new Span(length, bucket));
      return this;
    }

    public HealthWindows build() {
      return new HealthWindows(spans);
    }
  }
}
