package io.orderhub.examples.demo;

import io.orderhub.reconcile.Finding;
import io.orderhub.reconcile.Partitions;
import io.orderhub.reconcile.Reason;
import io.orderhub.reconcile.ReasonTotal;
import io.orderhub.reconcile.Reconciler;
import io.orderhub.reconcile.ReconcilerConfig;
import io.orderhub.reconcile.ReconciliationReport;
import io.orderhub.reconcile.ReconciliationRow;
import io.orderhub.reconcile.ReconciliationSummary;
import io.orderhub.reconcile.io.ReportText;
import io.orderhub.reconcile.sample.DayGenerator;
import io.orderhub.reconcile.sample.GeneratedDay;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reconciles a generated day (payments, settlements, shipments with planted discrepancies) and
 * shows the summary by reason and the largest discrepancies, each with what finance has to do.
 */
public final class ReconcileSection implements DemoSection {
  /** Orders in the generated day. */
  static final int ORDERS = 5_000;
  /** Share of orders with a planted discrepancy. */
  static final double DISCREPANCY_SHARE = 0.03;
  /** Discrepancies listed in the report. */
  static final int SHOWN = 15;

  @Override
  public String title() {
    return "Reconciliation";
  }

  @Override
  public void run(DemoContext context) {
    PrintWriter out = context.out();
    LocalDate yesterday = Partitions.businessDate(context.clock().instant(), Partitions.CHINA).minusDays(1);
    Instant start = yesterday.atStartOfDay(Partitions.CHINA).toInstant();
    ReconcilerConfig config = ReconcilerConfig.ofDefaults();
    GeneratedDay day = DayGenerator.of(config, context.seed(), start).day(ORDERS, DISCREPANCY_SHARE);
    ReconciliationReport report = Reconciler.of(config).reconcile(day.payments(), day.settlements(), day.shipments());
    ReconciliationSummary summary = report.summary();
    out.printf("business day %s: %d payment, %d settlement and %d shipment rows%n", yesterday,
        day.payments().size(), day.settlements().size(), day.shipments().size());
    ReportText.summary(summary).forEach(out::println);

    List<List<String>> reasons = new ArrayList<>();
    for (Reason r : Reason.values()) {
      ReasonTotal t = summary.byReason().get(r);
      reasons.add(List.of(r.name(), String.valueOf(t.count()), t.amount().toString()));
    }
    List<List<String>> top = new ArrayList<>();
    List<ReconciliationRow> discrepancies = report.discrepancies();
    for (ReconciliationRow row : discrepancies.subList(0, Math.min(SHOWN, discrepancies.size()))) {
      List<String> messages = new ArrayList<>();
      for (Finding f : row.findings()) {
        messages.add(f.message());
      }
      top.add(List.of(row.orderNo(), row.discrepancyAmount().toString(),
          String.join(", ", row.reasons().stream().map(Reason::name).toList()), String.join("; ", messages)));
    }
    context.report()
        .paragraph("A generated business day (" + yesterday + ", China time) of " + ORDERS + " orders, "
            + Math.round(DISCREPANCY_SHARE * 100) + "% with a planted discrepancy, matched by order number with "
            + "exact money arithmetic and a ±2 h window: " + summary.matched() + " matched, "
            + summary.discrepancies() + " with discrepancies.")
        .table(List.of("reason", "orders", "amount at stake"), reasons)
        .paragraph("Payments − settlements: " + summary.paymentsMinusSettlements() + "; payments − shipments: "
            + summary.paymentsMinusShipments() + ". The largest discrepancies:")
        .table(List.of("order", "amount at stake", "reasons", "what to do"), top);
  }
}
