package io.orderhub.core.internal;

/** Checks on decimal text, without regular expressions (they run for every amount read). Not API. */
public final class Decimals {
  private Decimals() {}

  /**
   * Whether {@code s} is a plain decimal {@code [+-]?\d{1,30}(\.\d{1,30})?}: an optional sign, 1 to
   * 30 ASCII digits, then optionally a point and 1 to 30 ASCII digits. No spaces, exponent or
   * grouping.
   */
  public static boolean isPlain(String s) {
    int n = s.length();
    int i = n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
    int intDigits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
      intDigits++;
    }
    if (intDigits < 1 || intDigits > 30) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (s.charAt(i++) != '.') {
      return false;
    }
    int fraction = n - i;
    if (fraction < 1 || fraction > 30) {
      return false;
    }
    for (; i < n; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
