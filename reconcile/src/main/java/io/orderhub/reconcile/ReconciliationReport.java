package io.orderhub.reconcile;

import io.orderhub.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A whole run held in memory: the summary and every row, sorted by order number. For days too
 * big to hold, stream rows with {@link Reconciler.Session#finish(java.util.function.Consumer)}.
 *
 * @param summary the totals
 * @param rows one row per order or group, sorted by {@link ReconciliationRow#orderNo()}
 */
public record ReconciliationReport(ReconciliationSummary summary, List<ReconciliationRow> rows) {
  /** Copies the rows. */
  public ReconciliationReport {
    Checks.requireNonNull(summary, "summary");
    rows = List.copyOf(rows);
  }

  /** The rows with a discrepancy, largest amount at stake first. */
  public List<ReconciliationRow> discrepancies() {
    List<ReconciliationRow> out = new ArrayList<>();
    for (ReconciliationRow r : rows) {
      if (r.status() == Status.DISCREPANCY) {
        out.add(r);
      }
    }
    out.sort(ReconciliationRow.BY_AMOUNT_DESCENDING);
    return List.copyOf(out);
  }

  /** The row matched on {@code orderNo}, if any. */
  public Optional<ReconciliationRow> row(String orderNo) {
    for (ReconciliationRow r : rows) {
      if (r.orderNo().equals(orderNo)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
