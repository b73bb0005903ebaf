package io.orderhub.reconcile;

import io.orderhub.core.Money;
import io.orderhub.core.internal.Checks;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;

/**
 * The totals of a run.
 *
 * @param currency the currency of every amount
 * @param orders report rows (orders or groups of merged orders)
 * @param matched rows with {@link Status#MATCHED}
 * @param discrepancies rows with {@link Status#DISCREPANCY}
 * @param byReason every {@link Reason}, with the rows carrying it and the money at stake
 * @param totals the sums of every input row, per side
 * @param paymentRows payment rows matched
 * @param settlementRows settlement rows matched
 * @param shipmentRows shipment rows matched
 * @param otherPartitionRows rows skipped because they belong to another partition
 */
public record ReconciliationSummary(
    Currency currency,
    long orders,
    long matched,
    long discrepancies,
    Map<Reason, ReasonTotal> byReason,
    SideAmounts totals,
    long paymentRows,
    long settlementRows,
    long shipmentRows,
    long otherPartitionRows) {

  /** Copies {@code byReason} and fills in the reasons it lacks with zero. */
  public ReconciliationSummary {
    Checks.requireNonNull(currency, "currency");
    Checks.requireNonNull(byReason, "byReason");
    Checks.requireNonNull(totals, "totals");
    Checks.requireArgument(matched + discrepancies == orders, "orders", orders,
        "is not matched + discrepancies (" + matched + " + " + discrepancies + ")");
    Map<Reason, ReasonTotal> all = new EnumMap<>(Reason.class);
    for (Reason r : Reason.values()) {
      all.put(r, byReason.getOrDefault(r, new ReasonTotal(0, Money.zero(currency))));
    }
    byReason = Map.copyOf(all);
  }

  /** Payments net of refunds minus what settlements say the buyer paid (gross + freight adjustment). */
  public Money paymentsMinusSettlements() {
    return totals.paidNet().minus(totals.settlementGross().plus(totals.freightAdjustment()));
  }

  /** Payments (not refunds) minus shipments' declared amounts. */
  public Money paymentsMinusShipments() {
    return totals.paid().minus(totals.shipped());
  }

  /** All input rows matched (excluding other partitions). */
  public long inputRows() {
    return paymentRows + settlementRows + shipmentRows;
  }
}
