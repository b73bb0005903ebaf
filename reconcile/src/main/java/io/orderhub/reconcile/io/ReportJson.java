package io.orderhub.reconcile.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.orderhub.core.Money;
import io.orderhub.core.internal.Checks;
import io.orderhub.reconcile.Finding;
import io.orderhub.reconcile.Reason;
import io.orderhub.reconcile.ReasonTotal;
import io.orderhub.reconcile.ReconciliationReport;
import io.orderhub.reconcile.ReconciliationRow;
import io.orderhub.reconcile.ReconciliationSummary;
import io.orderhub.reconcile.SideAmounts;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * The JSON report, written with Jackson's streaming generator so a day of millions of rows never
 * sits in memory: {@code {"rows":[...],"summary":{...},"inputs":[...]}}. A row has {@code orderNo},
 * {@code orders}, {@code status}, {@code reasons}, {@code discrepancyAmount}, the sides {@code
 * payment{paid,refunded,fees,ids}}, {@code settlement{gross,commission,freightAdjustment,net,ids}},
 * {@code shipment{amount,ids}} and {@code findings[]{reason,side,expected,actual,difference,
 * outsideBy?,message}}. The summary has {@code orders}, {@code matched}, {@code discrepancies},
 * {@code byReason{REASON:{count,amount}}}, {@code totals}, {@code differences} and {@code inputRows}.
 * Money is {@code {"amount":"12.50","currency":"CNY"}} as in the canonical order JSON; durations
 * are ISO-8601 ({@code PT3H}).
 */
public final class ReportJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ReportJson() {}

  /** Writes a whole in-memory report and closes {@code out}. */
  public static void write(ReconciliationReport report, List<ReadResult> inputs, OutputStream out) {
    Checks.requireNonNull(report, "report");
    try (Writer w = open(out)) {
      report.rows().forEach(w);
      w.finish(report.summary(), inputs);
    }
  }

  /** A streaming writer: hand it rows (it is a {@code Consumer}), then {@link Writer#finish}. */
  public static Writer open(OutputStream out) {
    Checks.requireNonNull(out, "out");
    try {
      JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
      g.writeStartObject();
      g.writeArrayFieldStart("rows");
      return new Writer(g);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** Writes rows as they come; {@link #finish} adds the summary and closes the stream. */
  public static final class Writer implements Consumer<ReconciliationRow>, Closeable {
    private final JsonGenerator g;
    private boolean finished;

    private Writer(JsonGenerator g) {
      this.g = g;
    }

    /** Writes one row. */
    @Override
    public void accept(ReconciliationRow row) {
      try {
        row(g, row);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    /** Ends the rows, writes the summary and the inputs, and closes the stream. */
    public void finish(ReconciliationSummary summary, List<ReadResult> inputs) {
      Checks.requireNonNull(summary, "summary");
      Checks.requireNonNull(inputs, "inputs");
      try {
        g.writeEndArray();
        g.writeFieldName("summary");
        summary(g, summary);
        g.writeArrayFieldStart("inputs");
        for (ReadResult r : inputs) {
          input(g, r);
        }
        g.writeEndArray();
        g.writeEndObject();
        finished = true;
        g.close();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    /** Closes the stream; without {@link #finish} the JSON is left incomplete. */
    @Override
    public void close() {
      if (!g.isClosed()) {
        try {
          g.close();
        } catch (IOException e) {
          throw failed(e);
        }
      }
    }

    /** Whether {@link #finish} ran. */
    public boolean isFinished() {
      return finished;
    }
  }

  private static void row(JsonGenerator g, ReconciliationRow row) throws IOException {
    g.writeStartObject();
    g.writeStringField("orderNo", row.orderNo());
    strings(g, "orders", row.orders());
    g.writeStringField("status", row.status().name());
    g.writeArrayFieldStart("reasons");
    for (Reason r : row.reasons()) {
      g.writeString(r.name());
    }
    g.writeEndArray();
    money(g, "discrepancyAmount", row.discrepancyAmount());
    SideAmounts a = row.amounts();
    g.writeObjectFieldStart("payment");
    money(g, "paid", a.paid());
    money(g, "refunded", a.refunded());
    money(g, "fees", a.fees());
    strings(g, "ids", row.paymentIds());
    g.writeEndObject();
    g.writeObjectFieldStart("settlement");
    money(g, "gross", a.settlementGross());
    money(g, "commission", a.commission());
    money(g, "freightAdjustment", a.freightAdjustment());
    money(g, "net", a.settlementNet());
    strings(g, "ids", row.settlementIds());
    g.writeEndObject();
    g.writeObjectFieldStart("shipment");
    money(g, "amount", a.shipped());
    strings(g, "ids", row.shipmentIds());
    g.writeEndObject();
    g.writeArrayFieldStart("findings");
    for (Finding f : row.findings()) {
      g.writeStartObject();
      g.writeStringField("reason", f.reason().name());
      g.writeStringField("side", f.side().name());
      money(g, "expected", f.expected());
      money(g, "actual", f.actual());
      money(g, "difference", f.difference());
      if (!f.outsideBy().isZero()) {
        g.writeStringField("outsideBy", f.outsideBy().toString());
      }
      g.writeStringField("message", f.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void summary(JsonGenerator g, ReconciliationSummary s) throws IOException {
    g.writeStartObject();
    g.writeStringField("currency", s.currency().getCurrencyCode());
    g.writeNumberField("orders", s.orders());
    g.writeNumberField("matched", s.matched());
    g.writeNumberField("discrepancies", s.discrepancies());
    g.writeObjectFieldStart("byReason");
    for (Reason r : Reason.values()) {
      ReasonTotal t = s.byReason().get(r);
      g.writeObjectFieldStart(r.name());
      g.writeNumberField("count", t.count());
      money(g, "amount", t.amount());
      g.writeEndObject();
    }
    g.writeEndObject();
    SideAmounts t = s.totals();
    g.writeObjectFieldStart("totals");
    money(g, "paid", t.paid());
    money(g, "refunded", t.refunded());
    money(g, "fees", t.fees());
    money(g, "settlementGross", t.settlementGross());
    money(g, "commission", t.commission());
    money(g, "freightAdjustment", t.freightAdjustment());
    money(g, "settlementNet", t.settlementNet());
    money(g, "shipped", t.shipped());
    g.writeEndObject();
    g.writeObjectFieldStart("differences");
    money(g, "paymentsMinusSettlements", s.paymentsMinusSettlements());
    money(g, "paymentsMinusShipments", s.paymentsMinusShipments());
    g.writeEndObject();
    g.writeObjectFieldStart("inputRows");
    g.writeNumberField("payments", s.paymentRows());
    g.writeNumberField("settlements", s.settlementRows());
    g.writeNumberField("shipments", s.shipmentRows());
    g.writeNumberField("otherPartition", s.otherPartitionRows());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void input(JsonGenerator g, ReadResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", r.file());
    g.writeStringField("format", r.format());
    g.writeNumberField("rows", r.rows());
    g.writeNumberField("records", r.records());
    g.writeNumberField("skipped", r.skipped());
    g.writeNumberField("problemCount", r.problemCount());
    g.writeArrayFieldStart("problems");
    for (ReadProblem p : r.problems()) {
      g.writeStartObject();
      g.writeNumberField("line", p.line());
      g.writeStringField("column", p.column());
      g.writeStringField("message", p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void money(JsonGenerator g, String field, Money m) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("amount", m.toPlainString());
    g.writeStringField("currency", m.currency().getCurrencyCode());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static ReportWriteException failed(IOException e) {
    return new ReportWriteException("cannot write the JSON report: " + e.getMessage(), e);
  }
}
