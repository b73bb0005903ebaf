package io.orderhub.reconcile.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.orderhub.core.Money;
import io.orderhub.core.internal.Checks;
import io.orderhub.reconcile.Finding;
import io.orderhub.reconcile.Reason;
import io.orderhub.reconcile.ReasonTotal;
import io.orderhub.reconcile.ReconciliationReport;
import io.orderhub.reconcile.ReconciliationRow;
import io.orderhub.reconcile.ReconciliationSummary;
import io.orderhub.reconcile.SideAmounts;
import io.orderhub.reconcile.Source;
import io.orderhub.reconcile.Status;
import io.orderhub.reconcile.io.internal.PlainAmount;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

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

  // the names a row writes, encoded once
  private static final SerializedString ORDER_NO = new SerializedString("orderNo");
  private static final SerializedString ORDERS = new SerializedString("orders");
  private static final SerializedString STATUS = new SerializedString("status");
  private static final SerializedString REASONS = new SerializedString("reasons");
  private static final SerializedString DISCREPANCY_AMOUNT = new SerializedString("discrepancyAmount");
  private static final SerializedString PAYMENT = new SerializedString("payment");
  private static final SerializedString PAID = new SerializedString("paid");
  private static final SerializedString REFUNDED = new SerializedString("refunded");
  private static final SerializedString FEES = new SerializedString("fees");
  private static final SerializedString IDS = new SerializedString("ids");
  private static final SerializedString SETTLEMENT = new SerializedString("settlement");
  private static final SerializedString GROSS = new SerializedString("gross");
  private static final SerializedString COMMISSION = new SerializedString("commission");
  private static final SerializedString FREIGHT_ADJUSTMENT = new SerializedString("freightAdjustment");
  private static final SerializedString NET = new SerializedString("net");
  private static final SerializedString SHIPMENT = new SerializedString("shipment");
  private static final SerializedString AMOUNT = new SerializedString("amount");
  private static final SerializedString CURRENCY = new SerializedString("currency");
  private static final SerializedString FINDINGS = new SerializedString("findings");
  private static final SerializedString REASON = new SerializedString("reason");
  private static final SerializedString SIDE = new SerializedString("side");
  private static final SerializedString EXPECTED = new SerializedString("expected");
  private static final SerializedString ACTUAL = new SerializedString("actual");
  private static final SerializedString DIFFERENCE = new SerializedString("difference");
  private static final SerializedString MESSAGE = new SerializedString("message");
  private static final Map<Status, SerializedString> STATUSES = names(Status.class);
  private static final Map<Reason, SerializedString> REASON_NAMES = names(Reason.class);
  private static final Map<Source, SerializedString> SIDES = names(Source.class);

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
    private final Encoder encoder = new Encoder();
    private boolean finished;

    private Writer(JsonGenerator g) {
      this.g = g;
    }

    /** Writes one row. */
    @Override
    public void accept(ReconciliationRow row) {
      try {
        row(g, row, encoder);
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

  private static void row(JsonGenerator g, ReconciliationRow row, Encoder encoder) throws IOException {
    g.writeStartObject();
    g.writeFieldName(ORDER_NO);
    g.writeString(row.orderNo());
    strings(g, ORDERS, row.orders());
    g.writeFieldName(STATUS);
    g.writeString(STATUSES.get(row.status()));
    g.writeFieldName(REASONS);
    g.writeStartArray();
    for (Reason r : row.reasons()) {
      g.writeString(REASON_NAMES.get(r));
    }
    g.writeEndArray();
    money(g, DISCREPANCY_AMOUNT, row.discrepancyAmount(), encoder);
    SideAmounts a = row.amounts();
    g.writeFieldName(PAYMENT);
    g.writeStartObject();
    money(g, PAID, a.paid(), encoder);
    money(g, REFUNDED, a.refunded(), encoder);
    money(g, FEES, a.fees(), encoder);
    strings(g, IDS, row.paymentIds());
    g.writeEndObject();
    g.writeFieldName(SETTLEMENT);
    g.writeStartObject();
    money(g, GROSS, a.settlementGross(), encoder);
    money(g, COMMISSION, a.commission(), encoder);
    money(g, FREIGHT_ADJUSTMENT, a.freightAdjustment(), encoder);
    money(g, NET, a.settlementNet(), encoder);
    strings(g, IDS, row.settlementIds());
    g.writeEndObject();
    g.writeFieldName(SHIPMENT);
    g.writeStartObject();
    money(g, AMOUNT, a.shipped(), encoder);
    strings(g, IDS, row.shipmentIds());
    g.writeEndObject();
    g.writeFieldName(FINDINGS);
    g.writeStartArray();
    for (Finding f : row.findings()) {
      g.writeStartObject();
      g.writeFieldName(REASON);
      g.writeString(REASON_NAMES.get(f.reason()));
      g.writeFieldName(SIDE);
      g.writeString(SIDES.get(f.side()));
      money(g, EXPECTED, f.expected(), encoder);
      money(g, ACTUAL, f.actual(), encoder);
      money(g, DIFFERENCE, f.difference(), encoder);
      if (!f.outsideBy().isZero()) {
        g.writeStringField("outsideBy", f.outsideBy().toString());
      }
      g.writeFieldName(MESSAGE);
      g.writeString(f.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Money as {@code {"amount":"12.50","currency":"CNY"}}. Rows use names encoded once and write the
   * amount through {@code encoder}: a row writes some fifty names and eleven amounts, and encoding
   * names afresh and building strings for amounts were most of its cost.
   */
  private static void money(JsonGenerator g, SerializedString field, Money m, Encoder encoder) throws IOException {
    g.writeFieldName(field);
    g.writeStartObject();
    g.writeFieldName(AMOUNT);
    char[] digits = encoder.digits;
    int start = PlainAmount.write(m.amount(), digits);
    if (start >= 0) {
      g.writeString(digits, start, digits.length - start);
    } else {
      g.writeString(m.toPlainString());
    }
    g.writeFieldName(CURRENCY);
    g.writeString(encoder.code(m.currency()));
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, SerializedString field, List<String> values) throws IOException {
    g.writeFieldName(field);
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** A writer's scratch: the buffer amounts are formatted in, and the last currency code, encoded. */
  private static final class Encoder {
    final char[] digits = PlainAmount.buffer();
    private @Nullable Currency currency;
    private SerializedString code = new SerializedString("");

    SerializedString code(Currency c) {
      if (c != currency) { // a report almost always has one currency
        currency = c;
        code = new SerializedString(c.getCurrencyCode());
      }
      return code;
    }
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
    money(g, new SerializedString(field), m, new Encoder());
  }

  private static <E extends Enum<E>> Map<E, SerializedString> names(Class<E> type) {
    Map<E, SerializedString> names = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      names.put(e, new SerializedString(e.name()));
    }
    return names;
  }

  private static ReportWriteException failed(IOException e) {
    return new ReportWriteException("cannot write the JSON report: " + e.getMessage(), e);
  }
}
