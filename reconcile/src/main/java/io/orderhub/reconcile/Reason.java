package io.orderhub.reconcile;

/**
 * Why an order did not match. The names are a contract: hosts store them and finance filters on
 * them. A {@link ReconciliationRow} carries one {@link Finding} per reason with the amounts.
 */
public enum Reason {
  /** A settlement or shipment exists, no payment. */
  MISSING_PAYMENT,
  /** A payment exists, no settlement. */
  MISSING_SETTLEMENT,
  /** Paid but not shipped. */
  MISSING_SHIPMENT,
  /** More than one distinct payment id for an order whose total they exceed. */
  DUPLICATE_PAYMENT,
  /**
   * The settlement's net is below gross - commission + freight adjustment while the recorded
   * commission is zero: the platform took a commission that was not recorded.
   */
  COMMISSION_NOT_SYNCED,
  /**
   * The shipment's amount plus the settlement's non-zero freight adjustment equals the payment: a
   * freight supplement was not recorded on the outbound document.
   */
  FREIGHT_ADJUSTMENT_MISSING,
  /** Amounts differ and no more specific reason explains it. */
  AMOUNT_MISMATCH,
  /** A record matches by order number and amount but its time is outside the window. */
  OUTSIDE_TIME_WINDOW,
  /** A refund (negative payment) without a matching settlement reversal. */
  REFUND_UNMATCHED
}
