package io.orderhub.reconcile.io.internal;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import io.orderhub.reconcile.internal.HashReconciler;
import io.orderhub.reconcile.internal.Ids;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * Field parsers with hand-written fast paths for the shapes bills use ({@code 12.50}, {@code
 * 2026-11-11 08:00:00}): a day of millions of rows would otherwise spend its time in regular
 * expressions and formatters. Anything else goes through {@link Money#of(String, Currency)} and
 * {@code java.time}'s ISO parsers. Every failure is a {@link RowProblem} naming the column. Not API.
 */
public final class Fields {
  private Fields() {}

  /** A required id. */
  public static String id(String text, String column) {
    String t = text.strip();
    if (t.isEmpty()) {
      throw new RowProblem(column, "is empty");
    }
    try {
      return Ids.require(t, column);
    } catch (InvalidValueException e) {
      throw new RowProblem(column, e.problem() + ": \"" + t + "\"");
    }
  }

  /** An amount; an empty field is zero when {@code emptyIsZero}. */
  public static Money money(String text, Currency currency, String column, boolean emptyIsZero) {
    String t = text.strip();
    if (t.isEmpty()) {
      if (emptyIsZero) {
        return Money.zero(currency);
      }
      throw new RowProblem(column, "is empty");
    }
    int digits = currency.getDefaultFractionDigits();
    long minor = fastMinor(t, digits);
    try {
      Money money = minor != Long.MIN_VALUE ? Money.ofMinor(minor, currency) : Money.of(t, currency);
      HashReconciler.requireSummable(money);
      return money;
    } catch (InvalidValueException e) {
      throw new RowProblem(column, "\"" + t + "\" " + e.problem());
    }
  }

  /** Minor units of {@code [-+]digits[.digits]} with at most {@code digits} fraction digits, else MIN_VALUE. */
  static long fastMinor(String t, int digits) {
    int n = t.length();
    int i = 0;
    boolean negative = false;
    char first = t.charAt(0);
    if (first == '-' || first == '+') {
      negative = first == '-';
      i++;
    }
    long value = 0;
    int intDigits = 0;
    while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      value = value * 10 + (t.charAt(i++) - '0');
      if (++intDigits > 15) {
        return Long.MIN_VALUE;
      }
    }
    if (intDigits == 0) {
      return Long.MIN_VALUE;
    }
    int frac = 0;
    if (i < n && t.charAt(i) == '.') {
      i++;
      while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
        if (++frac > digits) {
          return Long.MIN_VALUE;
        }
        value = value * 10 + (t.charAt(i++) - '0');
      }
      if (frac == 0) {
        return Long.MIN_VALUE;
      }
    }
    if (i != n) {
      return Long.MIN_VALUE;
    }
    for (int k = frac; k < digits; k++) {
      value *= 10;
    }
    return negative ? -value : value;
  }

  /**
   * A time: ISO-8601 with an offset or {@code Z}, or a local date-time ({@code yyyy-MM-dd HH:mm:ss},
   * {@code yyyy/MM/dd HH:mm:ss} or ISO {@code yyyy-MM-ddTHH:mm:ss}, optional fraction) in {@code zone};
   * a bare date {@code yyyy-MM-dd} is the start of that day in {@code zone}.
   */
  public static Instant instant(String text, ZoneId zone, String column) {
    String t = text.strip();
    if (t.isEmpty()) {
      throw new RowProblem(column, "is empty");
    }
    try {
      Instant fast = fastInstant(t, zone);
      if (fast != null) {
        return fast;
      }
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay(zone).toInstant();
      }
      if (t.endsWith("Z") || t.lastIndexOf('+') > 10 || t.lastIndexOf('-') > 10) {
        return OffsetDateTime.parse(t.replace(' ', 'T')).toInstant();
      }
      return LocalDateTime.parse(t.replace(' ', 'T').replace('/', '-')).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      throw new RowProblem(column, "\"" + t + "\" is not a time like 2026-11-11 08:00:00 or 2026-11-11T00:00:00Z");
    }
  }

  private static @Nullable Instant fastInstant(String t, ZoneId zone) {
    int n = t.length();
    if (n < 19 || !(t.charAt(4) == '-' || t.charAt(4) == '/') || t.charAt(7) != t.charAt(4)
        || !(t.charAt(10) == ' ' || t.charAt(10) == 'T') || t.charAt(13) != ':' || t.charAt(16) != ':') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int second = digits(t, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (i < n && t.charAt(i) == '.') {
      int scale = 100_000_000;
      i++;
      while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
        nanos += (t.charAt(i++) - '0') * scale;
        scale /= 10;
      }
    }
    ZoneOffset offset;
    if (i == n) {
      LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
      offset = zone.getRules().getOffset(local);
    } else if (i == n - 1 && t.charAt(i) == 'Z') {
      offset = ZoneOffset.UTC;
    } else {
      return null;
    }
    return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(offset);
  }

  private static int digits(String t, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
