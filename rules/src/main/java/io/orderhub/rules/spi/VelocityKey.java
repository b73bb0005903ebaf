package io.orderhub.rules.spi;

import io.orderhub.core.internal.Checks;

/**
 * What a velocity window counts: a dimension ({@code buyer.phone}, {@code sku}, ...) and the value
 * of that dimension for one order. The value may be personal data (a phone), so {@link
 * #toString()} shows only the dimension and the value's length.
 *
 * @param dimension the dimension's name
 * @param value the key within the dimension, e.g. the phone number or the SKU code
 */
public record VelocityKey(String dimension, String value) {
  public VelocityKey {
    Checks.requireNonNull(dimension, "velocityKey.dimension");
    Checks.requireArgument(!dimension.isEmpty(), "velocityKey.dimension", dimension, "is empty");
    Checks.requireNonNull(value, "velocityKey.value");
  }

  @Override
  public String toString() {
    return dimension + ":<" + value.length() + " chars>";
  }
}
