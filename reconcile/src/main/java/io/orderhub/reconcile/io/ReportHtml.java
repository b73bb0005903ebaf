package io.orderhub.reconcile.io;

import io.orderhub.core.internal.Html;
import io.orderhub.core.internal.Checks;
import io.orderhub.reconcile.Finding;
import io.orderhub.reconcile.Reason;
import io.orderhub.reconcile.ReasonTotal;
import io.orderhub.reconcile.ReconciliationRow;
import io.orderhub.reconcile.ReconciliationSummary;
import io.orderhub.reconcile.SideAmounts;
import io.orderhub.reconcile.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * A self-contained HTML page for finance (inline CSS, no scripts, no external resources): the
 * summary, the count and amount per reason, the totals per side, the input files with their
 * malformed rows, and the discrepancies sorted by the amount at stake, largest first.
 */
public final class ReportHtml {
  /** At most this many discrepancies are listed; the page says how many were left out. */
  public static final int MAX_ROWS = 5000;

  private ReportHtml() {}

  /** The page. {@code rows} may hold matched rows too; only discrepancies are listed. */
  public static String render(String title, ReconciliationSummary summary, List<ReconciliationRow> rows,
      List<ReadResult> inputs) {
    Checks.requireNonNull(title, "title");
    Checks.requireNonNull(summary, "summary");
    StringBuilder b = new StringBuilder(16_384);
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
        .append("</title>\n<style>").append(style()).append("</style></head>\n<body>\n<h1>").append(esc(title))
        .append("</h1>\n");
    b.append(fragment(summary, rows, inputs));
    return b.append("</body></html>\n").toString();
  }

  /** The page's body without {@code <html>}, to embed in another report. */
  public static String fragment(ReconciliationSummary summary, List<ReconciliationRow> rows, List<ReadResult> inputs) {
    StringBuilder b = new StringBuilder(16_384);
    b.append("<p class=\"summary\">").append(summary.orders()).append(" orders: <b>").append(summary.matched())
        .append(" matched</b>, <b class=\"bad\">").append(summary.discrepancies()).append(" with discrepancies</b> ("
        + summary.currency().getCurrencyCode() + ").</p>\n");
    b.append("<h3>By reason</h3>\n<table><tr><th>reason</th><th>orders</th><th>amount at stake</th></tr>\n");
    for (Reason r : Reason.values()) {
      ReasonTotal t = summary.byReason().get(r);
      b.append("<tr").append(t.count() > 0 ? " class=\"hit\"" : "").append("><td>").append(r.name()).append("</td><td class=\"n\">")
          .append(t.count()).append("</td><td class=\"n\">").append(t.amount().toPlainString()).append("</td></tr>\n");
    }
    b.append("</table>\n");
    SideAmounts t = summary.totals();
    b.append("<h3>Totals per side</h3>\n<table>");
    row(b, "payments (paid)", t.paid().toPlainString());
    row(b, "refunds", t.refunded().toPlainString());
    row(b, "payment fees", t.fees().toPlainString());
    row(b, "settlement gross", t.settlementGross().toPlainString());
    row(b, "settlement commission", t.commission().toPlainString());
    row(b, "settlement freight adjustment", t.freightAdjustment().toPlainString());
    row(b, "settlement net", t.settlementNet().toPlainString());
    row(b, "shipments", t.shipped().toPlainString());
    row(b, "payments - settlements (gross + freight)", summary.paymentsMinusSettlements().toPlainString());
    row(b, "payments - shipments", summary.paymentsMinusShipments().toPlainString());
    b.append("</table>\n");
    if (!inputs.isEmpty()) {
      b.append("<h3>Input files</h3>\n<table><tr><th>file</th><th>format</th><th>rows</th><th>records</th>"
          + "<th>skipped</th><th>malformed</th></tr>\n");
      for (ReadResult r : inputs) {
        b.append("<tr><td>").append(esc(r.file())).append("</td><td>").append(esc(r.format())).append("</td><td class=\"n\">")
            .append(r.rows()).append("</td><td class=\"n\">").append(r.records()).append("</td><td class=\"n\">")
            .append(r.skipped()).append("</td><td class=\"n").append(r.problemCount() > 0 ? " bad" : "").append("\">")
            .append(r.problemCount()).append("</td></tr>\n");
      }
      b.append("</table>\n");
      for (ReadResult r : inputs) {
        if (!r.problems().isEmpty()) {
          b.append("<ul class=\"problems\">");
          for (ReadProblem p : r.problems()) {
            b.append("<li>").append(esc(p.toString())).append("</li>");
          }
          b.append("</ul>\n");
        }
      }
    }
    List<ReconciliationRow> bad = new ArrayList<>();
    for (ReconciliationRow r : rows) {
      if (r.status() == Status.DISCREPANCY) {
        bad.add(r);
      }
    }
    bad.sort(ReconciliationRow.BY_AMOUNT_DESCENDING);
    b.append("<h3>Discrepancies, largest amount first</h3>\n");
    if (bad.size() > MAX_ROWS) {
      b.append("<p>Showing the first ").append(MAX_ROWS).append(" of ").append(bad.size())
          .append("; the JSON and CSV reports hold all of them.</p>\n");
    }
    b.append("<table><tr><th>order</th><th>amount at stake</th><th>reasons</th><th>paid</th><th>settled gross</th>"
        + "<th>net</th><th>shipped</th><th>what to do</th></tr>\n");
    for (ReconciliationRow r : bad.subList(0, Math.min(bad.size(), MAX_ROWS))) {
      SideAmounts a = r.amounts();
      List<String> reasons = new ArrayList<>();
      r.reasons().forEach(x -> reasons.add(x.name()));
      List<String> details = new ArrayList<>();
      for (Finding f : r.findings()) {
        details.add(f.message());
      }
      b.append("<tr><td>").append(esc(r.orderNo()));
      if (r.orders().size() > 1) {
        b.append("<br><small>").append(esc(String.join(", ", r.orders()))).append("</small>");
      }
      b.append("</td><td class=\"n\">").append(r.discrepancyAmount().toPlainString()).append("</td><td>")
          .append(esc(String.join(", ", reasons))).append("</td><td class=\"n\">").append(a.paidNet().toPlainString())
          .append("</td><td class=\"n\">").append(a.settlementGross().toPlainString()).append("</td><td class=\"n\">")
          .append(a.settlementNet().toPlainString()).append("</td><td class=\"n\">").append(a.shipped().toPlainString())
          .append("</td><td>").append(esc(String.join("; ", details))).append("</td></tr>\n");
    }
    return b.append("</table>\n").toString();
  }

  private static void row(StringBuilder b, String label, String value) {
    b.append("<tr><th>").append(esc(label)).append("</th><td class=\"n\">").append(esc(value)).append("</td></tr>\n");
  }

  private static String style() {
    return "body{font-family:sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse;margin:1em 0}"
        + "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}th{background:#f4f4f4}"
        + "td.n{text-align:right;font-variant-numeric:tabular-nums}.bad{color:#b00}tr.hit td{background:#fff4f4}"
        + ".problems{color:#b00}";
  }

  static String esc(String s) {
    return Html.escape(s);
  }
}
