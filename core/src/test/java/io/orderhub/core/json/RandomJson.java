package io.orderhub.core.json;

import java.util.Random;

/**
 * Random JSON text for properties: objects (sometimes naming a field twice), arrays, strings with
 * escapes, non-ASCII and surrogates, whole numbers of every size, decimals with exponents and
 * trailing zeros, literals, empty strings, numeric strings, and whitespace of every kind.
 */
public final class RandomJson {
  private static final String[] NAMES = {"a", "b", "num", "status", "tid", "orders", "x", "name", "é", "a\\\"q",
      "\\u0041", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10"};
  private static final String[] STRINGS = {"", " ", "abc", "12.50", "-3", "0", "1", "true", "FALSE", "1e3",
      "西湖龙井", "\\u00e9t\\u00e9", "\\ud83d\\ude00", "\\ud800", "tab\\there", "q\\\"uote", "back\\\\slash",
      "\\/", "  7  ", "0012", "9223372036854775808", "-9223372036854775809", "12.345", "1,000", "😀",
      "2147483648", "-2147483649"};
  private static final String[] NUMBERS = {"0", "-0", "1", "-1", "42", "2147483647", "2147483648", "-2147483649",
      "9223372036854775807", "9223372036854775808", "-9223372036854775808", "123456789012345678901234567890",
      "0.0", "1.50", "-0.0", "1e3", "1E+3", "1.5e-7", "2.5E10", "0.00000001", "12.345", "3.0e0", "1e-400",
      "123456789.123456789"};
  private static final String[] SPACE = {"", " ", "\n", "\t", "\r\n  "};
  private final Random random;

  public RandomJson(Random random) {
    this.random = random;
  }

  /** One document: usually an object, sometimes another value, with whitespace around. */
  public String document() {
    return space() + (random.nextInt(10) == 0 ? value(0) : object(0)) + space();
  }

  private String value(int depth) {
    int r = random.nextInt(depth > 4 ? 6 : 9);
    return switch (r) {
      case 0, 1 -> "\"" + pick(STRINGS) + "\"";
      case 2 -> pick(NUMBERS);
      case 3 -> random.nextBoolean() ? "true" : "false";
      case 4 -> "null";
      case 5 -> "\"" + random.nextInt(100_000) + "\"";
      case 6, 7 -> object(depth + 1);
      default -> array(depth + 1);
    };
  }

  private String object(int depth) {
    int n = random.nextInt(random.nextInt(6) == 0 ? 16 : 6);
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(space()).append('"').append(pick(NAMES)).append('"').append(space()).append(':').append(space())
          .append(value(depth)).append(space());
    }
    return b.append('}').toString();
  }

  private String array(int depth) {
    int n = random.nextInt(5);
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(space()).append(value(depth)).append(space());
    }
    return b.append(']').toString();
  }

  private String space() {
    return pick(SPACE);
  }

  private String pick(String[] from) {
    return from[random.nextInt(from.length)];
  }
}
