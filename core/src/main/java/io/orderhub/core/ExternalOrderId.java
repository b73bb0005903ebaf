package io.orderhub.core;

import io.orderhub.core.internal.Checks;

/**
 * The order id as the platform gave it (Taobao {@code tid}, JD {@code orderId}, ...). Kept as text so 19-digit ids stay exact.
 *
 * @param value 1 to 128 characters, no control characters, no leading or trailing space
 */
public record ExternalOrderId(String value) implements Comparable<ExternalOrderId> {
  public ExternalOrderId {
    Checks.requireId(value, "externalId");
  }

  /** Same as the constructor; reads well at call sites. */
  public static ExternalOrderId of(String value) {
    return new ExternalOrderId(value);
  }

  @Override
  public int compareTo(ExternalOrderId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
