package io.orderhub.allocation;

/**
 * One factor of a warehouse's score. The scorer takes each candidate's raw value, normalises it
 * across the candidates of the order to 0..1 (min–max; 1 for the best, 0 for the worst, 1 for all
 * when they are equal) and multiplies it by the factor's weight. The built-ins are in {@link
 * Factors}; a host adds its own (distance, cost, a preferred-partner bonus) with {@link
 * AllocationConfig.Builder#factor}.
 *
 * <p>Implementations must be thread-safe and deterministic, and return a finite number.
 */
public interface ScoreFactor {
  /** A short, unique name, shown in explanations, e.g. {@code timeliness}. */
  String name();

  /** Whether a higher raw value is better (stock depth) or worse (delivery days). */
  boolean higherIsBetter();

  /** The raw value for one candidate. */
  double raw(CandidateView candidate);

  /** A factor from a name, a direction and a function. */
  static ScoreFactor of(String name, boolean higherIsBetter, java.util.function.ToDoubleFunction<CandidateView> raw) {
    io.orderhub.core.internal.Checks.requireId(name, "factor.name");
    io.orderhub.core.internal.Checks.requireNonNull(raw, "factor.raw");
    return new ScoreFactor() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean higherIsBetter() {
        return higherIsBetter;
      }

      @Override
      public double raw(CandidateView candidate) {
        return raw.applyAsDouble(candidate);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
