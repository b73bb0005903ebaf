package io.orderhub.reconcile.io.internal;

import java.math.BigDecimal;

/**
 * Writes an amount as {@link BigDecimal#toPlainString()} does ({@code 12.50}, {@code -0.05}, {@code
 * 1500}) into a reusable buffer, for the report writers: a report writes eleven amounts a row, and
 * {@code toPlainString} builds three strings for each. Not API.
 */
public final class PlainAmount {
  /** The room an amount needs: a sign, 18 digits, a point and a leading zero, with room to spare. */
  public static final int MAX_CHARS = 24;

  private PlainAmount() {}

  /** A buffer to pass to {@link #write}. */
  public static char[] buffer() {
    return new char[MAX_CHARS];
  }

  /**
   * Writes {@code amount}'s plain text so that it ends at {@code buf.length}, and returns where it
   * starts; or {@code -1}, writing nothing, when the amount has more than 18 digits or a negative
   * scale (the caller then falls back to {@code toPlainString}).
   *
   * @param buf at least {@link #MAX_CHARS} long
   */
  public static int write(BigDecimal amount, char[] buf) {
    int scale = amount.scale();
    if (scale < 0 || amount.precision() > 18) {
      return -1;
    }
    long unscaled = amount.movePointRight(scale).longValueExact(); // |unscaled| < 10^18: exact, negatable
    boolean negative = unscaled < 0;
    long rest = negative ? -unscaled : unscaled;
    int i = buf.length;
    for (int d = 0; d < scale; d++) {
      buf[--i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    if (scale > 0) {
      buf[--i] = '.';
    }
    do {
      buf[--i] = (char) ('0' + rest % 10);
      rest /= 10;
    } while (rest != 0);
    if (negative) {
      buf[--i] = '-';
    }
    return i;
  }
}
