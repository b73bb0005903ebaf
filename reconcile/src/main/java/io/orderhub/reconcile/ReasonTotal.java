package io.orderhub.reconcile;

import io.orderhub.core.Money;
import io.orderhub.core.internal.Checks;

/**
 * How many rows carry one reason and the money at stake.
 *
 * @param count rows with the reason
 * @param amount the sum of the reason's {@link Finding#amountAtStake()}
 */
public record ReasonTotal(long count, Money amount) {
  /** The count is not negative. */
  public ReasonTotal {
    Checks.requireArgument(count >= 0, "count", count, "is negative");
    Checks.requireNonNull(amount, "amount");
  }
}
