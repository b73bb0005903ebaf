package io.orderhub.reconcile.io.internal;

import io.orderhub.reconcile.io.UnreadableBillException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A header row: finds columns by name whatever their order, ignoring case, outer spaces, a
 * leading backtick and full-width parentheses ({@code 订单金额（元）} = {@code 订单金额(元)}). Not API.
 */
public final class Header {
  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private final List<String> missing = new ArrayList<>();
  private final long line;

  public Header(CsvRow row) {
    this.line = row.line();
    for (int i = 0; i < row.size(); i++) {
      String name = normalize(row.field(i));
      names.add(name);
      index.putIfAbsent(name, i);
    }
  }

  /** The column's index; a missing column is remembered for {@link #check(String)}. */
  public int require(String name) {
    Integer i = index.get(normalize(name));
    if (i == null) {
      missing.add(name);
      return -1;
    }
    return i;
  }

  /** The first of {@code names} present, or -1. */
  public int optional(String... candidates) {
    for (String n : candidates) {
      Integer i = index.get(normalize(n));
      if (i != null) {
        return i;
      }
    }
    return -1;
  }

  /** The name of column {@code i} (1-based {@code #n} past the header). */
  public String name(int i) {
    return i >= 0 && i < names.size() ? names.get(i) : "#" + (i + 1);
  }

  /** Whether a column named {@code name} exists. */
  public boolean has(String name) {
    return index.containsKey(normalize(name));
  }

  /** Fails naming every required column that is missing. */
  public void check(String file) {
    if (!missing.isEmpty()) {
      throw new UnreadableBillException(file, "line " + line + ": header lacks column(s) " + String.join(", ", missing)
          + " (found: " + String.join(", ", names) + ")");
    }
  }

  /** The form names are compared in. */
  public static String normalize(String name) {
    String n = name.strip();
    while (n.startsWith("`") || n.startsWith("\uFEFF")) {
      n = n.substring(1).strip();
    }
    return n.replace('（', '(').replace('）', ')').toLowerCase(Locale.ROOT);
  }
}
