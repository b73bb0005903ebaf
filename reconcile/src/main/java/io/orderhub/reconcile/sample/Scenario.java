package io.orderhub.reconcile.sample;

import io.orderhub.reconcile.Reason;
import java.util.EnumSet;
import java.util.Set;

/** What a generated order looks like, and the reasons a correct matcher gives it. */
public enum Scenario {
  /** One payment, one settlement, one shipment. */
  SIMPLE,
  /** Shipped in two or three parcels. */
  PARCELS,
  /** Paid in two parts (deposit and balance) with distinct payment ids. */
  SPLIT_PAYMENT,
  /** Settled in two rows: the sale and the commission. */
  SETTLEMENT_ROWS,
  /** Two merged child orders paid by one payment of the parent number (rows carry the group). */
  MERGED,
  /** Partly refunded, with the matching settlement reversal. */
  REFUNDED,
  /** A freight supplement on the settlement, also declared on the shipment. */
  FREIGHT_RECORDED,
  /** Settlement and shipment, no payment. */
  MISSING_PAYMENT(Reason.MISSING_PAYMENT),
  /** Payment and shipment, no settlement. */
  MISSING_SETTLEMENT(Reason.MISSING_SETTLEMENT),
  /** Payment and settlement, no shipment. */
  MISSING_SHIPMENT(Reason.MISSING_SHIPMENT),
  /** Only a payment. */
  PAYMENT_ONLY(Reason.MISSING_SETTLEMENT, Reason.MISSING_SHIPMENT),
  /** The same amount paid twice under two payment ids. */
  DUPLICATE_PAYMENT(Reason.DUPLICATE_PAYMENT),
  /** Net below gross with no commission recorded. */
  COMMISSION_NOT_SYNCED(Reason.COMMISSION_NOT_SYNCED),
  /** A freight supplement on the settlement that the shipment does not declare. */
  FREIGHT_ADJUSTMENT_MISSING(Reason.FREIGHT_ADJUSTMENT_MISSING),
  /** Settlement gross differs from the payment. */
  AMOUNT_MISMATCH(Reason.AMOUNT_MISMATCH),
  /** The settlement is on time for nobody: after the window. */
  OUTSIDE_TIME_WINDOW(Reason.OUTSIDE_TIME_WINDOW),
  /** A refund with no settlement reversal. */
  REFUND_UNMATCHED(Reason.REFUND_UNMATCHED);

  private final Set<Reason> expected;

  Scenario(Reason... expected) {
    EnumSet<Reason> s = EnumSet.noneOf(Reason.class);
    for (Reason r : expected) {
      s.add(r);
    }
    this.expected = Set.copyOf(s);
  }

  /** The reasons a correct matcher reports; empty for a matched order. */
  public Set<Reason> expected() {
    return expected;
  }

  /** Whether the order should match. */
  public boolean matches() {
    return expected.isEmpty();
  }
}
