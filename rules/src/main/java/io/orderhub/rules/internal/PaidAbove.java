package io.orderhub.rules.internal;

import io.orderhub.core.Money;
import io.orderhub.core.internal.Checks;
import io.orderhub.rules.Condition;
import io.orderhub.rules.EvaluationContext;
import io.orderhub.rules.Explanation;
import org.jspecify.annotations.Nullable;

/**
 * The paid amount is above {@code threshold}. An order paid in another currency does not match
 * (amounts in different currencies are not compared). A value object (equal when the thresholds
 * are); its description is made once.
 */
public final class PaidAbove implements Condition {
  private final Money threshold;
  private final String description;

  /** @param threshold the amount to exceed */
  public PaidAbove(Money threshold) {
    this.threshold = Checks.requireNonNull(threshold, "threshold");
    this.description = "paid amount > " + threshold;
  }

  /** The amount to exceed. */
  public Money threshold() {
    return threshold;
  }

  @Override
  public boolean test(EvaluationContext context) {
    Money paid = context.order().amounts().paid();
    return paid.currency().equals(threshold.currency()) && paid.isGreaterThan(threshold);
  }

  @Override
  public Explanation explain(EvaluationContext context) {
    Money paid = context.order().amounts().paid();
    boolean same = paid.currency().equals(threshold.currency());
    return Explanation.leaf(description, same && paid.isGreaterThan(threshold),
        paid + (same ? "" : " (another currency)"));
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PaidAbove && ((PaidAbove) o).threshold.equals(threshold);
  }

  @Override
  public int hashCode() {
    return threshold.hashCode();
  }

  @Override
  public String toString() {
    return "PaidAbove[threshold=" + threshold + "]";
  }
}
