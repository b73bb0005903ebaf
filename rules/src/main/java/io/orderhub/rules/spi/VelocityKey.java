package io.orderhub.rules.spi;

import io.orderhub.core.internal.Checks;
import org.jspecify.annotations.Nullable;

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

  // written out (rather than the record's generated ones) because stores hash and compare keys on
  // every event: the value, which differs more often, is compared first

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VelocityKey)) {
      return false;
    }
    VelocityKey k = (VelocityKey) o;
    return value.equals(k.value) && dimension.equals(k.dimension);
  }

  @Override
  public int hashCode() {
    return dimension.hashCode() * 31 + value.hashCode();
  }

  @Override
  public String toString() {
    return dimension + ":<" + value.length() + " chars>";
  }
}
