package io.orderhub.reconcile;

import io.orderhub.core.Money;
import io.orderhub.core.internal.Checks;

/**
 * The sums of one order's rows on each side; a side without rows shows zeros.
 *
 * @param paid the payments that are not refunds
 * @param refunded the refunds (zero or negative)
 * @param fees the payment providers' fees
 * @param settlementGross the settlements' gross (sales and reversals)
 * @param commission the settlements' recorded commission
 * @param freightAdjustment the settlements' freight adjustments
 * @param settlementNet the settlements' net payout
 * @param shipped the shipments' declared amounts
 */
public record SideAmounts(
    Money paid,
    Money refunded,
    Money fees,
    Money settlementGross,
    Money commission,
    Money freightAdjustment,
    Money settlementNet,
    Money shipped) {

  /** Requires every amount. */
  public SideAmounts {
    Checks.requireNonNull(paid, "paid");
    Checks.requireNonNull(refunded, "refunded");
    Checks.requireNonNull(fees, "fees");
    Checks.requireNonNull(settlementGross, "settlementGross");
    Checks.requireNonNull(commission, "commission");
    Checks.requireNonNull(freightAdjustment, "freightAdjustment");
    Checks.requireNonNull(settlementNet, "settlementNet");
    Checks.requireNonNull(shipped, "shipped");
  }

  /** What the payment side received net of refunds. */
  public Money paidNet() {
    return paid.plus(refunded);
  }
}
