package io.orderhub.channels.internal;

import io.orderhub.core.json.PayloadNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Tolerant timestamp reading. Platforms send local strings ({@code 2024-06-18 20:15:03} China
 * time), ISO-8601 with an offset, Unix seconds or milliseconds; formats marked unconfirmed in the
 * platform notes may be any of these, so every reader accepts all of them. Not API.
 */
public final class Times {
  /** China Standard Time: UTC+8 all year (no daylight saving). */
  public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

  private Times() {}

  /** The instant in {@code field}, empty when absent; local times are read in {@code zone}. */
  public static Optional<Instant> instant(PayloadNode node, String field, ZoneId zone) {
    return Optional.ofNullable(instantOrNull(node, field, zone));
  }

  /** {@link #instant} without the {@code Optional}: {@code null} when absent. */
  public static @Nullable Instant instantOrNull(PayloadNode node, String field, ZoneId zone) {
    String t = node.textOrNull(field);
    return t == null ? null : node.parse(field, t.strip(), s -> parse(s, zone),
        "is not a time (yyyy-MM-dd HH:mm:ss, ISO-8601 or Unix seconds)");
  }

  /** Like {@link #instant}, failing when the field is absent. */
  public static Instant requiredInstant(PayloadNode node, String field, ZoneId zone) {
    Instant at = instantOrNull(node, field, zone);
    if (at == null) {
      throw node.missing(field);
    }
    return at;
  }

  /**
   * Parses one timestamp: digits are Unix seconds (up to 11 digits) or milliseconds (12 or 13);
   * text with {@code Z} or an offset is ISO-8601; other text is a local date-time in {@code zone}
   * with a space or {@code T} between date and time (a bare date is its start of day).
   *
   * @throws RuntimeException when the text is none of these (callers turn it into a path error)
   */
  public static Instant parse(String text, ZoneId zone) {
    if (!text.isEmpty() && allDigits(text)) {
      long v = Long.parseLong(text);
      if (text.length() <= 11) {
        return Instant.ofEpochSecond(v);
      }
      if (text.length() <= 13) {
        return Instant.ofEpochMilli(v);
      }
      throw new IllegalArgumentException("too many digits");
    }
    if (text.length() == 19 && isLocal(text)) {
      LocalDateTime local = local(text, 0);
      // a fixed offset (China time) needs no ZonedDateTime: same instant, one object fewer
      return zone instanceof ZoneOffset ? local.toInstant((ZoneOffset) zone) : local.atZone(zone).toInstant();
    }
    if (text.length() > 19 && isLocal(text)) {
      Instant withOffset = withOffset(text);
      if (withOffset != null) {
        return withOffset;
      }
    }
    return withFormatter(text, zone);
  }

  /**
   * {@link #parse} for text that is not digits, with the {@code java.time} formatters only: the
   * reference the fast paths above must agree with (a property test checks they do).
   */
  static Instant withFormatter(String text, ZoneId zone) {
    if (text.length() == 10) {
      return LocalDate.parse(text).atStartOfDay(zone).toInstant();
    }
    String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
    if (hasOffset(iso)) {
      return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }
    return LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(zone).toInstant();
  }

  /** {@code yyyy-MM-dd HH:mm:ss} or with a {@code T}: the common case, read without a formatter. */
  private static boolean isLocal(String s) {
    for (int i = 0; i < 19; i++) {
      char c = s.charAt(i);
      boolean ok = switch (i) {
        case 4, 7 -> c == '-';
        case 10 -> c == ' ' || c == 'T';
        case 13, 16 -> c == ':';
        default -> c >= '0' && c <= '9';
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static LocalDateTime local(String s, int nanos) {
    return LocalDateTime.of(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10), num(s, 11, 13), num(s, 14, 16),
        num(s, 17, 19), nanos);
  }

  /**
   * The common ISO-8601 shape with an offset, {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)} (or a
   * space for the {@code T}), read without a formatter: Shopify and WooCommerce send every time so.
   * {@code null} for any other shape, which the formatter then reads (or rejects) as before; the
   * field ranges are checked by {@link LocalDateTime#of} and {@link ZoneOffset#ofHoursMinutes}
   * as strictly as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} checks them.
   */
  private static @Nullable Instant withOffset(String s) {
    int n = s.length();
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int digits = 0;
      for (i++; i < n && isDigit(s.charAt(i)); i++) {
        if (++digits > 9) {
          return null;
        }
        nanos = nanos * 10 + (s.charAt(i) - '0');
      }
      if (digits == 0) {
        return null;
      }
      for (int k = digits; k < 9; k++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset;
    if (i == n - 1 && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
      offset = ZoneOffset.UTC;
    } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && isDigit(s.charAt(i + 1))
        && isDigit(s.charAt(i + 2)) && s.charAt(i + 3) == ':' && isDigit(s.charAt(i + 4))
        && isDigit(s.charAt(i + 5))) {
      int sign = s.charAt(i) == '-' ? -1 : 1;
      offset = ZoneOffset.ofHoursMinutes(sign * num(s, i + 1, i + 3), sign * num(s, i + 4, i + 6));
    } else {
      return null;
    }
    return local(s, nanos).toInstant(offset);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int num(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  private static boolean hasOffset(String s) {
    if (s.endsWith("Z") || s.endsWith("z")) {
      return true;
    }
    int t = s.indexOf('T');
    return t >= 0 && (s.indexOf('+', t) >= 0 || s.indexOf('-', t) >= 0);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
