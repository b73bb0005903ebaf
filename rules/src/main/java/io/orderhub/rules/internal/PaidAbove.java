package io.orderhub.rules.internal;

import io.orderhub.core.Money;
import io.orderhub.core.internal.Checks;
import io.orderhub.rules.EvaluationContext;
import io.orderhub.rules.Explanation;

/**
 * The paid amount is above {@code threshold}. An order paid in another currency does not match
 * (amounts in different currencies are not compared). A value object (equal when the thresholds
 * are); its description is made once.
 */
public final class PaidAbove extends ValueCondition {
  private final Money threshold;

  /** @param threshold the amount to exceed */
  public PaidAbove(Money threshold) {
    super("paid amount > " + Checks.requireNonNull(threshold, "threshold"), threshold);
    this.threshold = threshold;
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
    return Explanation.leaf(description(), same && paid.isGreaterThan(threshold),
        paid + (same ? "" : " (another currency)"));
  }
}
