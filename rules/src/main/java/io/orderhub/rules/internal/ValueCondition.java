package io.orderhub.rules.internal;

import io.orderhub.rules.Condition;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A built-in condition as a value object: equal to a condition of its own class with equal
 * parameters, and described by a text made once, at construction (explanations use it on the
 * evaluation path).
 */
abstract class ValueCondition implements Condition {
  private final String description;
  private final List<Object> parameters;

  ValueCondition(String description, Object... parameters) {
    this.description = description;
    this.parameters = Arrays.asList(parameters);
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && ((ValueCondition) o).parameters.equals(parameters);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + parameters.hashCode();
  }

  /** {@code GeocodeBelow[0.7]}: the class and its parameters. */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + parameters;
  }
}
