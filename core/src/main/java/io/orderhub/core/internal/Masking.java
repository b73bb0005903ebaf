package io.orderhub.core.internal;

import io.orderhub.core.Protection;

/** How personal data is shown in {@code toString} and logs. Not API. */
public final class Masking {
  private Masking() {}

  /** {@code 13812345678} becomes {@code 138****5678}; short numbers keep only their last two digits. */
  public static String phone(String value, Protection protection) {
    if (protection != Protection.PLAIN) {
      return hidden(value, protection);
    }
    int n = value.length();
    if (n >= 7) {
      return value.substring(0, 3) + "****" + value.substring(n - 4);
    }
    return "*".repeat(Math.max(0, n - 2)) + value.substring(Math.max(0, n - 2));
  }

  /** {@code 张三} becomes {@code 张*}: the first character, then one star per other character. */
  public static String name(String value, Protection protection) {
    if (protection != Protection.PLAIN) {
      return hidden(value, protection);
    }
    int count = value.codePointCount(0, value.length());
    if (count == 0) {
      return "";
    }
    int first = value.offsetByCodePoints(0, 1);
    return value.substring(0, first) + "*".repeat(Math.min(count - 1, 8));
  }

  /** Free text such as an address detail: its first four characters, then {@code ***}. */
  public static String text(String value, Protection protection) {
    if (protection != Protection.PLAIN) {
      return hidden(value, protection);
    }
    int count = value.codePointCount(0, value.length());
    if (count <= 4) {
      return "***";
    }
    return value.substring(0, value.offsetByCodePoints(0, 4)) + "***";
  }

  private static String hidden(String value, Protection protection) {
    switch (protection) {
      case MASKED:
        return value; // the platform already hid it
      case ENCRYPTED:
        return "<encrypted>";
      default:
        return "<reference>";
    }
  }
}
