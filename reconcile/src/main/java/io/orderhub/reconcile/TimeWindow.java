package io.orderhub.reconcile;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How far before and after the payment time a settlement or shipment may be and still match.
 * Asymmetric on purpose: a shipment leaves after the payment, rarely before it.
 *
 * @param before how long before the payment time a record may be (not negative, at most {@link #MAX_SPAN})
 * @param after how long after the payment time a record may be (not negative, at most {@link #MAX_SPAN})
 */
public record TimeWindow(Duration before, Duration after) {

  /**
   * The longest bound, ten years: longer than any settlement or refund cycle, and short enough that
   * window arithmetic on epoch milliseconds cannot overflow.
   */
  public static final Duration MAX_SPAN = Duration.ofDays(3650);

  private static final String TOO_LONG = "is longer than " + MAX_SPAN.toDays() + " days";

  /** The default window: two hours either side. */
  public static final TimeWindow DEFAULT = symmetric(Duration.ofHours(2));

  /** Both bounds are required, not negative and at most {@link #MAX_SPAN}. */
  public TimeWindow {
    Checks.requireNonNull(before, "before");
    Checks.requireNonNull(after, "after");
    Checks.requireArgument(!before.isNegative(), "before", before, "is negative");
    Checks.requireArgument(!after.isNegative(), "after", after, "is negative");
    Checks.requireArgument(before.compareTo(MAX_SPAN) <= 0, "before", before, TOO_LONG);
    Checks.requireArgument(after.compareTo(MAX_SPAN) <= 0, "after", after, TOO_LONG);
  }

  /** The same span either side. */
  public static TimeWindow symmetric(Duration span) {
    return new TimeWindow(span, span);
  }

  /**
   * Parses {@code "2h"} (the same span either side) or {@code "30m,7d"} (before, after). A span is
   * a whole number with a unit {@code s}, {@code m}, {@code h} or {@code d}, or an ISO-8601 duration
   * such as {@code PT90M}.
   *
   * @throws io.orderhub.core.InvalidValueException naming the text when it is not such a window
   */
  public static TimeWindow parse(String text) {
    Checks.requireNonNull(text, "window");
    String[] parts = text.split(",", -1);
    Checks.requireArgument(parts.length <= 2, "window", text, "is not SPAN or BEFORE,AFTER (e.g. 2h or 30m,7d)");
    Duration before = span(parts[0], text);
    Duration after = parts.length == 2 ? span(parts[1], text) : before;
    return new TimeWindow(before, after);
  }

  private static Duration span(String part, String text) {
    String p = part.strip().toLowerCase(Locale.ROOT);
    try {
      if (p.startsWith("pt") || p.startsWith("p")) {
        return Duration.parse(p.toUpperCase(Locale.ROOT));
      }
      if (p.length() >= 2) {
        long n = Long.parseLong(p.substring(0, p.length() - 1));
        switch (p.charAt(p.length() - 1)) {
          case 's': return Duration.ofSeconds(n);
          case 'm': return Duration.ofMinutes(n);
          case 'h': return Duration.ofHours(n);
          case 'd': return Duration.ofDays(n);
          default: break;
        }
      } else if ("0".equals(p)) {
        return Duration.ZERO;
      }
    } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) { // overflow: 10^15h
      // reported below with the whole text
    }
    throw new InvalidValueException("window", text,
        "is not SPAN or BEFORE,AFTER with spans like 90m, 2h, 7d or PT2H");
  }

  /** How far {@code time} is outside the window around {@code reference}; zero when inside. */
  public Duration outsideBy(Instant reference, Instant time) {
    return Duration.ofMillis(outsideByMillis(reference.toEpochMilli(), time.toEpochMilli()));
  }

  /** {@link #outsideBy} on epoch milliseconds, for the matcher's hot path. */
  public long outsideByMillis(long referenceMillis, long timeMillis) {
    long earliest = referenceMillis - before.toMillis();
    long latest = referenceMillis + after.toMillis();
    if (timeMillis < earliest) {
      return earliest - timeMillis;
    }
    return timeMillis > latest ? timeMillis - latest : 0;
  }
}
