package io.orderhub.allocation;

import io.orderhub.core.internal.Checks;

/**
 * A reservation's id.
 *
 * @param value 1 to 128 characters, no control characters, no leading or trailing space
 */
public record ReservationId(String value) implements Comparable<ReservationId> {
  public ReservationId {
    Checks.requireId(value, "reservationId");
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
