package io.orderhub.reconcile.io;

import io.orderhub.core.Money;
import io.orderhub.core.internal.Checks;
import io.orderhub.reconcile.Finding;
import io.orderhub.reconcile.Reason;
import io.orderhub.reconcile.ReconciliationRow;
import io.orderhub.reconcile.SideAmounts;
import io.orderhub.reconcile.io.internal.CsvOut;
import io.orderhub.reconcile.io.internal.PlainAmount;
import java.io.Closeable;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The report rows as CSV for a spreadsheet, one line per order, written as rows arrive. Columns:
 * {@code order_no, orders, status, reasons, discrepancy_amount, currency, paid, refunded, fees,
 * settlement_gross, commission, freight_adjustment, settlement_net, shipped, payment_ids,
 * settlement_ids, shipment_ids, details}; lists are joined with {@code ;}, finding messages with
 * {@code  | }.
 */
public final class ReportCsv implements Consumer<ReconciliationRow>, Closeable {
  /** The header row. */
  public static final List<String> HEADER = List.of("order_no", "orders", "status", "reasons", "discrepancy_amount",
      "currency", "paid", "refunded", "fees", "settlement_gross", "commission", "freight_adjustment", "settlement_net",
      "shipped", "payment_ids", "settlement_ids", "shipment_ids", "details");

  private final CsvOut out;
  private final char[] scratch = PlainAmount.buffer();

  private ReportCsv(Writer out) {
    this.out = new CsvOut(out);
    this.out.record(HEADER);
  }

  /** A writer that has written the header. */
  public static ReportCsv open(Writer out) {
    return new ReportCsv(Checks.requireNonNull(out, "out"));
  }

  /** Writes one row. */
  @Override
  public void accept(ReconciliationRow row) {
    SideAmounts a = row.amounts();
    List<String> reasons = new ArrayList<>();
    for (Reason r : row.reasons()) {
      reasons.add(r.name());
    }
    List<String> details = new ArrayList<>();
    for (Finding f : row.findings()) {
      details.add(f.message());
    }
    out.record(List.of(row.orderNo(), String.join(";", row.orders()), row.status().name(), String.join(";", reasons),
        plain(row.discrepancyAmount()), a.paid().currency().getCurrencyCode(), plain(a.paid()), plain(a.refunded()),
        plain(a.fees()), plain(a.settlementGross()), plain(a.commission()), plain(a.freightAdjustment()),
        plain(a.settlementNet()), plain(a.shipped()), String.join(";", row.paymentIds()),
        String.join(";", row.settlementIds()), String.join(";", row.shipmentIds()), String.join(" | ", details)));
  }

  /** {@link Money#toPlainString()}, building one string instead of three. */
  private String plain(Money m) {
    int start = PlainAmount.write(m.amount(), scratch);
    return start >= 0 ? new String(scratch, start, scratch.length - start) : m.toPlainString();
  }

  /** Flushes and closes. */
  @Override
  public void close() {
    out.close();
  }
}
