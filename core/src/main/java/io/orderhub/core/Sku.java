package io.orderhub.core;

import io.orderhub.core.internal.Checks;

/**
 * A merchant SKU code (the platform's SKU id when the merchant gave none).
 *
 * @param value 1 to 128 characters, no control characters, no leading or trailing space
 */
public record Sku(String value) implements Comparable<Sku> {
  public Sku {
    Checks.requireId(value, "sku");
  }

  /** Same as the constructor; reads well at call sites. */
  public static Sku of(String value) {
    return new Sku(value);
  }

  @Override
  public int compareTo(Sku other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
