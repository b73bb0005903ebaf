package io.orderhub.reconcile.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderhub.core.Money;
import io.orderhub.reconcile.Partitions;
import io.orderhub.reconcile.Payment;
import io.orderhub.reconcile.ReconcilerConfig;
import io.orderhub.reconcile.Reconciler;
import io.orderhub.reconcile.ReconciliationReport;
import io.orderhub.reconcile.Settlement;
import io.orderhub.reconcile.Shipment;
import io.orderhub.reconcile.sample.DayGenerator;
import io.orderhub.reconcile.sample.GeneratedDay;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportWritersTest {
  static final Instant T = Instant.parse("2026-11-11T00:00:00Z");

  static ReconciliationReport small() {
    return Reconciler.ofDefaults().reconcile(
        List.of(Payment.of("A1", "P1", Money.cny("100.00"), Money.cny("0.60"), T, "wechat"),
            Payment.of("B<1>", "P2", Money.cny("5.00"), Money.cny("0.00"), T, "wechat")),
        List.of(Settlement.of("A1", "S1", Money.cny("90.00"), Money.cny("1.00"), Money.cny("0.00"), Money.cny("89.00"),
            T.plusSeconds(60))),
        List.of(Shipment.of("A1", "H1", Money.cny("100.00"), T.plusSeconds(60))));
  }

  @Test
  void jsonHasTheSummaryRowsAndInputsWithMoneyAsObjects() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReadResult input = new ReadResult("payments.csv", "canonical", 4, 2, 1, 1,
        List.of(new ReadProblem("payments.csv", 3, "amount", "\"x\" is not a decimal amount like 12.50")));
    ReportJson.write(small(), List.of(input), out);
    JsonNode json = new ObjectMapper().readTree(out.toByteArray());
    JsonNode summary = json.get("summary");
    assertThat(summary.get("orders").asLong()).isEqualTo(2);
    assertThat(summary.get("matched").asLong()).isZero();
    assertThat(summary.get("discrepancies").asLong()).isEqualTo(2);
    assertThat(summary.at("/byReason/AMOUNT_MISMATCH/count").asLong()).isEqualTo(1);
    assertThat(summary.at("/byReason/AMOUNT_MISMATCH/amount/amount").asText()).isEqualTo("10.00");
    assertThat(summary.at("/byReason/AMOUNT_MISMATCH/amount/currency").asText()).isEqualTo("CNY");
    assertThat(summary.at("/differences/paymentsMinusSettlements/amount").asText()).isEqualTo("15.00");
    JsonNode a1 = json.get("rows").get(0);
    assertThat(a1.get("orderNo").asText()).isEqualTo("A1");
    assertThat(a1.get("status").asText()).isEqualTo("DISCREPANCY");
    assertThat(a1.get("reasons").get(0).asText()).isEqualTo("AMOUNT_MISMATCH");
    assertThat(a1.at("/payment/paid/amount").asText()).isEqualTo("100.00");
    assertThat(a1.at("/settlement/gross/amount").asText()).isEqualTo("90.00");
    assertThat(a1.at("/shipment/ids/0").asText()).isEqualTo("H1");
    assertThat(a1.at("/findings/0/difference/amount").asText()).isEqualTo("-10.00");
    assertThat(a1.at("/findings/0/side").asText()).isEqualTo("SETTLEMENT");
    assertThat(json.at("/inputs/0/problems/0/line").asLong()).isEqualTo(3);
    assertThat(json.at("/inputs/0/problems/0/column").asText()).isEqualTo("amount");
  }

  @Test
  void htmlIsSelfContainedEscapedAndSortedByAmount() {
    String html = ReportHtml.render("Reconciliation 2026-11-11", small().summary(), small().rows(), List.of());
    assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://")
        .doesNotContain("<link");
    assertThat(html).contains("B&lt;1&gt;").doesNotContain("B<1>");
    assertThat(html.indexOf(">A1<")).isLessThan(html.indexOf(">B&lt;1&gt;"));
    assertThat(html).contains("MISSING_SETTLEMENT").contains("AMOUNT_MISMATCH");
  }

  @Test
  void csvReportHasOneLinePerRowAndQuotesWhereNeeded() throws IOException {
    StringWriter w = new StringWriter();
    try (ReportCsv csv = ReportCsv.open(w)) {
      small().rows().forEach(csv);
    }
    String[] lines = w.toString().split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("order_no,orders,status,reasons,discrepancy_amount");
    assertThat(lines[1]).startsWith("A1,A1,DISCREPANCY,AMOUNT_MISMATCH,10.00,CNY,100.00,");
    assertThat(lines[1]).contains("\"amount mismatch: 100.00 CNY paid, settlement gross + freight adjustment 90.00 CNY\"");
  }

  @Test
  void theCanonicalWriterAndReadersRoundTripAGeneratedDay() {
    GeneratedDay day = DayGenerator.of(ReconcilerConfig.ofDefaults(), 7, T).day(300, 0.3);
    assertThat(roundTrip(day.payments(), CanonicalCsvWriter::payments, BillReaders.canonicalPayments()))
        .isEqualTo(day.payments());
    assertThat(roundTrip(day.settlements(), CanonicalCsvWriter::settlements,
        BillReaders.canonicalSettlements(Money.CNY, Partitions.CHINA))).isEqualTo(day.settlements());
    assertThat(roundTrip(day.shipments(), CanonicalCsvWriter::shipments,
        BillReaders.canonicalShipments(Money.CNY, Partitions.CHINA))).isEqualTo(day.shipments());
  }

  private static <T> List<T> roundTrip(List<T> rows, java.util.function.Function<java.io.Writer, CanonicalCsvWriter<T>> writer,
      BillReader<T> reader) {
    StringWriter w = new StringWriter();
    try (CanonicalCsvWriter<T> out = writer.apply(w)) {
      rows.forEach(out);
    }
    List<T> back = new ArrayList<>();
    ReadResult r = reader.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)), "x.csv", back::add);
    assertThat(r.isClean()).isTrue();
    return back;
  }
}
