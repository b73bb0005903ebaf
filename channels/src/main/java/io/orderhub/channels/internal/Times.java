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
    return node.text(field).map(t -> node.parse(field, t.strip(), s -> parse(s, zone),
        "is not a time (yyyy-MM-dd HH:mm:ss, ISO-8601 or Unix seconds)"));
  }

  /** Like {@link #instant}, failing when the field is absent. */
  public static Instant requiredInstant(PayloadNode node, String field, ZoneId zone) {
    return instant(node, field, zone).orElseThrow(() -> node.missing(field));
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
      return LocalDateTime.of(num(text, 0, 4), num(text, 5, 7), num(text, 8, 10), num(text, 11, 13),
          num(text, 14, 16), num(text, 17, 19)).atZone(zone).toInstant();
    }
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
