package io.orderhub.reconcile.io;

import io.orderhub.core.internal.Checks;
import io.orderhub.reconcile.Reason;
import io.orderhub.reconcile.ReasonTotal;
import io.orderhub.reconcile.ReconciliationSummary;
import java.util.ArrayList;
import java.util.List;

/** The summary as a few lines of text for a console. */
public final class ReportText {
  private ReportText() {}

  /** Orders, matched, discrepancies, the reasons that occurred, and the differences between sides. */
  public static List<String> summary(ReconciliationSummary s) {
    Checks.requireNonNull(s, "summary");
    List<String> lines = new ArrayList<>();
    lines.add(String.format("orders %d, matched %d, discrepancies %d (%s)", s.orders(), s.matched(), s.discrepancies(),
        s.currency().getCurrencyCode()));
    for (Reason r : Reason.values()) {
      ReasonTotal t = s.byReason().get(r);
      if (t.count() > 0) {
        lines.add(String.format("  %-27s %8d  %s", r.name(), t.count(), t.amount().toPlainString()));
      }
    }
    lines.add("payments - settlements " + s.paymentsMinusSettlements().toPlainString()
        + ", payments - shipments " + s.paymentsMinusShipments().toPlainString());
    return List.copyOf(lines);
  }
}
