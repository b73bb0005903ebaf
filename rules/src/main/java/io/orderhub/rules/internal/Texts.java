package io.orderhub.rules.internal;

import java.util.Collection;
import java.util.stream.Collectors;
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
    return values.stream().map(Texts::quote).collect(Collectors.joining(", "));
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
