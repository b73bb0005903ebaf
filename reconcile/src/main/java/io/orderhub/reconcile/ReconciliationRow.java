package io.orderhub.reconcile;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import io.orderhub.core.internal.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The result for one order, or one group of merged orders matched together.
 *
 * @param orderNo the key the rows were matched on (the order number, or the group id)
 * @param orders the distinct order numbers of the rows, sorted (more than one for merged orders)
 * @param status {@link Status#MATCHED} when {@code findings} is empty
 * @param findings what differs, ordered by {@link Reason} then {@link Source} (a reason can concern two sides)
 * @param amounts the sums on each side
 * @param paymentIds the ids of the payment rows, sorted (one entry per input row)
 * @param settlementIds the ids of the settlement rows, sorted
 * @param shipmentIds the ids of the shipment rows, sorted
 */
public record ReconciliationRow(
    String orderNo,
    List<String> orders,
    Status status,
    List<Finding> findings,
    SideAmounts amounts,
    List<String> paymentIds,
    List<String> settlementIds,
    List<String> shipmentIds) {

  /** Most significant discrepancy first: by {@link #discrepancyAmount()} descending, then order number. */
  public static final Comparator<ReconciliationRow> BY_AMOUNT_DESCENDING =
      Comparator.comparing(ReconciliationRow::discrepancyAmount, Comparator.reverseOrder())
          .thenComparing(ReconciliationRow::orderNo);

  /** Copies the lists; the status must agree with the findings. */
  public ReconciliationRow {
    Checks.requireText(orderNo, "orderNo");
    orders = List.copyOf(orders);
    Checks.requireNonNull(status, "status");
    findings = List.copyOf(findings);
    Checks.requireNonNull(amounts, "amounts");
    paymentIds = List.copyOf(paymentIds);
    settlementIds = List.copyOf(settlementIds);
    shipmentIds = List.copyOf(shipmentIds);
    if ((status == Status.MATCHED) != findings.isEmpty()) { // not requireArgument: no message built per row
      throw new InvalidValueException("status", status, "does not agree with " + findings.size() + " finding(s)");
    }
  }

  /** The reasons of the findings, in {@link Reason} order. */
  public List<Reason> reasons() {
    List<Reason> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (!out.contains(f.reason())) {
        out.add(f.reason());
      }
    }
    return List.copyOf(out);
  }

  /** The largest {@link Finding#amountAtStake()}, zero for a matched row. */
  public Money discrepancyAmount() {
    Money max = Money.zero(amounts.paid().currency());
    for (Finding f : findings) {
      Money m = f.amountAtStake();
      if (m.isGreaterThan(max)) {
        max = m;
      }
    }
    return max;
  }

  /** How many input rows this report row accounts for. */
  public int inputRows() {
    return paymentIds.size() + settlementIds.size() + shipmentIds.size();
  }
}
