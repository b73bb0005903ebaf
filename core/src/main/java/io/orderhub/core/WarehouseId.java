package io.orderhub.core;

import io.orderhub.core.internal.Checks;

/**
 * A warehouse's code in the host's system.
 *
 * @param value 1 to 128 characters, no control characters, no leading or trailing space
 */
public record WarehouseId(String value) implements Comparable<WarehouseId> {
  public WarehouseId {
    Checks.requireId(value, "warehouseId");
  }

  /** Same as the constructor; reads well at call sites. */
  public static WarehouseId of(String value) {
    return new WarehouseId(value);
  }

  @Override
  public int compareTo(WarehouseId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
