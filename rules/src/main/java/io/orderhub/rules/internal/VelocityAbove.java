package io.orderhub.rules.internal;

import io.orderhub.core.internal.Checks;
import io.orderhub.rules.Condition;
import io.orderhub.rules.EvaluationContext;
import io.orderhub.rules.Explanation;
import io.orderhub.rules.VelocityDimension;
import io.orderhub.rules.spi.WindowTotals;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the order's keys in {@code dimension} has more than {@code threshold} events (or units)
 * in the last {@code window}, this order included once it has been recorded. A value object (equal
 * when its parameters are); the fixed parts of its texts are made once.
 */
public final class VelocityAbove extends ValueCondition {
  /** What is compared with the threshold. */
  public enum Measure {
    /** The number of orders. */
    COUNT,
    /** The sum of the orders' amounts (units ordered for the built-in dimensions). */
    SUM
  }

  private final VelocityDimension dimension;
  private final Duration window;
  private final long threshold;
  private final Measure measure;
  /** An explanation's text around the key shown: {@code orders with buyer.phone } ... {@code  in the last 24h > 3}. */
  private final String explainedBefore;
  private final String explainedAfter;
  private final String nothingToCount;

  /**
   * @param dimension what the window is keyed by
   * @param window how far back, positive
   * @param threshold fires when the count (or sum) is above it
   * @param measure count events or add up their amounts
   */
  public VelocityAbove(VelocityDimension dimension, Duration window, long threshold, Measure measure) {
    super(word(measure) + " with the same " + Checks.requireNonNull(dimension, "dimension").name()
        + last(window, threshold), dimension, window, threshold, measure);
    this.dimension = dimension;
    this.window = window;
    this.threshold = threshold;
    this.measure = measure;
    this.explainedBefore = word(measure) + " with " + dimension.name() + " ";
    this.explainedAfter = last(window, threshold);
    this.nothingToCount = "no " + dimension.name() + " to count by";
  }

  private static String word(Measure measure) {
    return Checks.requireNonNull(measure, "measure") == Measure.COUNT ? "orders" : "units";
  }

  private static String last(Duration window, long threshold) {
    Checks.requireNonNull(window, "window");
    Checks.requireArgument(!window.isNegative() && !window.isZero(), "window", window, "is not positive");
    Checks.requireArgument(threshold >= 0, "threshold", threshold, "is negative");
    return " in the last " + Texts.duration(window) + " > " + threshold;
  }

  /** What the window is keyed by. */
  public VelocityDimension dimension() {
    return dimension;
  }

  /** How far back. */
  public Duration window() {
    return window;
  }

  /** The count (or sum) above which the condition matches. */
  public long threshold() {
    return threshold;
  }

  /** Count events or add up their amounts. */
  public Measure measure() {
    return measure;
  }

  /** The velocity conditions anywhere in {@code condition}'s tree. */
  public static List<VelocityAbove> within(Condition condition) {
    List<VelocityAbove> out = new ArrayList<>();
    collect(condition, out);
    return out;
  }

  private static void collect(Condition c, List<VelocityAbove> out) {
    if (c instanceof VelocityAbove) {
      out.add((VelocityAbove) c);
    }
    for (Condition child : c.children()) {
      collect(child, out);
    }
  }

  private long measured(WindowTotals t) {
    return measure == Measure.COUNT ? t.count() : t.sum();
  }

  @Override
  public boolean test(EvaluationContext context) {
    int n = context.velocityEntries(dimension).size();
    for (int i = 0; i < n; i++) {
      if (measured(context.velocityTotals(dimension, i, window)) > threshold) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Explanation explain(EvaluationContext context) {
    List<VelocityDimension.Entry> entries = context.velocityEntries(dimension);
    if (entries.isEmpty()) {
      return Explanation.leaf(description(), false, nothingToCount);
    }
    VelocityDimension.Entry top = entries.get(0);
    long topValue = -1;
    for (int i = 0; i < entries.size(); i++) {
      long v = measured(context.velocityTotals(dimension, i, window));
      if (v > topValue) {
        top = entries.get(i);
        topValue = v;
      }
    }
    return Explanation.leaf(explainedBefore + top.display() + explainedAfter, topValue > threshold,
        Long.toString(topValue));
  }
}
