package io.orderhub.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** How values appear in explanations. */
public final class Texts {
  private Texts() {}

  /** Strings in double quotes, other values as {@code String.valueOf}. */
  public static String quote(@Nullable Object value) {
    if (value instanceof CharSequence) {
      return "\"" + value + "\"";
    }
    return String.valueOf(value);
  }

  /** {@code "a", "b"}. */
  public static String quoteAll(Collection<?> values) {
    StringBuilder sb = new StringBuilder();
    for (Object v : values) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      if (v instanceof CharSequence) {
        sb.append('"').append((CharSequence) v).append('"');
      } else {
        sb.append(v);
      }
    }
    return sb.toString();
  }

  /**
   * {@code value} rounded half-up to two decimals, as {@code String.format(Locale.ROOT, "%.2f", value)}
   * writes it, without the formatter (explanations are built on the evaluation path).
   */
  public static String twoDecimals(double value) {
    String s = Double.toString(value);
    int dot = s.indexOf('.');
    if (dot < 0 || s.indexOf('E') >= 0 || Double.isNaN(value) || Double.isInfinite(value)) {
      return new BigDecimal(s).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
    // the decimal digits Double.toString chose, rounded half-up at the second decimal
    char[] digits = (s.substring(0, dot) + s.substring(dot + 1) + "00").toCharArray();
    int end = dot + 2; // one past the second decimal (the dot removed)
    boolean up = digits[end] >= '5';
    int i = end - 1;
    while (up && i >= 0 && digits[i] != '-') {
      up = digits[i] == '9';
      digits[i] = up ? '0' : (char) (digits[i] + 1);
      i--;
    }
    String whole = new String(digits, 0, end - 2);
    String carry = up ? "1" : "";
    if (whole.startsWith("-")) {
      whole = "-" + carry + whole.substring(1);
    } else {
      whole = carry + whole;
    }
    return whole + "." + new String(digits, end - 2, 2);
  }

  /** {@code 24h}, {@code 10m}, {@code 90s}, or ISO-8601 for anything finer. */
  public static String duration(java.time.Duration d) {
    long s = d.getSeconds();
    if (d.getNano() != 0) {
      return d.toString();
    }
    if (s % 3600 == 0) {
      return s / 3600 + "h";
    }
    if (s % 60 == 0) {
      return s / 60 + "m";
    }
    return s + "s";
  }
}
