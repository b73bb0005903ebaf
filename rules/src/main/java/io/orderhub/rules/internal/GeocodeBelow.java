package io.orderhub.rules.internal;

import io.orderhub.core.internal.Checks;
import io.orderhub.rules.EvaluationContext;
import io.orderhub.rules.Explanation;
import io.orderhub.rules.spi.GeocodeResult;
import java.util.Optional;

/**
 * The host's geocoder is less sure than {@code threshold} of the shipping address. Without a
 * geocoder, or when it has no answer, the condition does not match. A value object (equal when the
 * thresholds are); its description is made once.
 */
public final class GeocodeBelow extends ValueCondition {
  private final double threshold;

  /** @param threshold from 0 (exclusive) to 1 */
  public GeocodeBelow(double threshold) {
    super("geocoding confidence < " + Texts.twoDecimals(checked(threshold)), threshold);
    this.threshold = threshold;
  }

  private static double checked(double threshold) {
    Checks.requireArgument(threshold > 0 && threshold <= 1, "threshold", threshold, "is outside (0, 1]");
    return threshold;
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
      return Explanation.leaf(description(), false, "no geocoder");
    }
    Optional<GeocodeResult> g = context.geocode();
    if (g.isEmpty()) {
      return Explanation.leaf(description(), false, "no geocoding result");
    }
    return Explanation.leaf(description(), g.get().confidence() < threshold,
        Texts.twoDecimals(g.get().confidence()) + " (matched " + g.get().matchedLevel() + ")");
  }
}
