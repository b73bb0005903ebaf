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
 * in the last {@code window}, this order included once it has been recorded.
 *
 * @param dimension what the window is keyed by
 * @param window how far back, positive
 * @param threshold fires when the count (or sum) is above it
 * @param measure count events or add up their amounts
 */
public record VelocityAbove(VelocityDimension dimension, Duration window, long threshold, Measure measure)
    implements Condition {
  /** What is compared with the threshold. */
  public enum Measure {
    /** The number of orders. */
    COUNT,
    /** The sum of the orders' amounts (units ordered for the built-in dimensions). */
    SUM
  }

  public VelocityAbove {
    Checks.requireNonNull(dimension, "dimension");
    Checks.requireNonNull(window, "window");
    Checks.requireArgument(!window.isNegative() && !window.isZero(), "window", window, "is not positive");
    Checks.requireArgument(threshold >= 0, "threshold", threshold, "is negative");
    Checks.requireNonNull(measure, "measure");
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
      return Explanation.leaf(description(), false, "no " + dimension.name() + " to count by");
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
    String what = measure == Measure.COUNT ? "orders" : "units";
    return Explanation.leaf(what + " with " + dimension.name() + " " + top.display() + " in the last "
        + Texts.duration(window) + " > " + threshold, topValue > threshold, Long.toString(topValue));
  }

  @Override
  public String description() {
    return (measure == Measure.COUNT ? "orders" : "units") + " with the same " + dimension.name() + " in the last "
        + Texts.duration(window) + " > " + threshold;
  }
}
