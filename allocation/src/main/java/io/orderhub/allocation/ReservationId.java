package io.orderhub.allocation;

import io.orderhub.core.internal.Checks;

/**
 * A reservation's id.
 *
 * @param value 1 to 128 characters, no control characters, no leading or trailing space
 */
public record ReservationId(String value) implements Comparable<ReservationId> {
  public ReservationId {
    if (!isPlainAscii(value)) { // the general (regex) check only for ids that are not plain ASCII
      Checks.requireId(value, "reservationId");
    }
  }

  /**
   * Whether {@code value} is 1 to 128 printable ASCII characters without spaces ({@code R123}): such
   * an id passes {@link Checks#requireId}, so a new reservation's id skips the regular expression.
   */
  private static boolean isPlainAscii(@org.jspecify.annotations.Nullable String value) {
    if (value == null || value.isEmpty() || value.length() > 128) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c >= 0x7F) {
        return false;
      }
    }
    return true;
  }

  /** Same as the constructor. */
  public static ReservationId of(String value) {
    return new ReservationId(value);
  }

  @Override
  public int compareTo(ReservationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
