package io.orderhub.rules.internal;

import io.orderhub.core.internal.Checks;
import io.orderhub.rules.Condition;
import io.orderhub.rules.EvaluationContext;
import io.orderhub.rules.Explanation;
import io.orderhub.rules.spi.GeocodeResult;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The host's geocoder is less sure than {@code threshold} of the shipping address. Without a
 * geocoder, or when it has no answer, the condition does not match. A value object (equal when the
 * thresholds are); its description is made once.
 */
public final class GeocodeBelow implements Condition {
  private final double threshold;
  private final String description;

  /** @param threshold from 0 (exclusive) to 1 */
  public GeocodeBelow(double threshold) {
    Checks.requireArgument(threshold > 0 && threshold <= 1, "threshold", threshold, "is outside (0, 1]");
    this.threshold = threshold;
    this.description = "geocoding confidence < " + Texts.twoDecimals(threshold);
  }

  /** The confidence under which the condition matches. */
  public double threshold() {
    return threshold;
  }

  @Override
  public boolean test(EvaluationContext context) {
    Optional<GeocodeResult> g = context.geocode();
    return g.isPresent() && g.get().confidence() < threshold;
  }

  @Override
  public Explanation explain(EvaluationContext context) {
    if (!context.hasGeocoder()) {
      return Explanation.leaf(description, false, "no geocoder");
    }
    Optional<GeocodeResult> g = context.geocode();
    if (g.isEmpty()) {
      return Explanation.leaf(description, false, "no geocoding result");
    }
    return Explanation.leaf(description, g.get().confidence() < threshold,
        Texts.twoDecimals(g.get().confidence()) + " (matched " + g.get().matchedLevel() + ")");
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GeocodeBelow && Double.compare(((GeocodeBelow) o).threshold, threshold) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(threshold);
  }

  @Override
  public String toString() {
    return "GeocodeBelow[threshold=" + threshold + "]";
  }
}
