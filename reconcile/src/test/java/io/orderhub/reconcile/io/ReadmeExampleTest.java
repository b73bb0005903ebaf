package io.orderhub.reconcile.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.Money;
import io.orderhub.reconcile.Partitions;
import io.orderhub.reconcile.Payment;
import io.orderhub.reconcile.Reason;
import io.orderhub.reconcile.Reconciler;
import io.orderhub.reconcile.ReconcilerConfig;
import io.orderhub.reconcile.ReconciliationReport;
import io.orderhub.reconcile.ReconciliationRow;
import io.orderhub.reconcile.Settlement;
import io.orderhub.reconcile.Source;
import io.orderhub.reconcile.Status;
import io.orderhub.reconcile.TimeWindow;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code samples of reconcile/README.md, compiled and run, so the guide stays true: each sample
 * here must be the README's, line for line, in order.
 */
class ReadmeExampleTest {
  private static final Path README = Path.of("README.md");
  private static final Path SELF = Path.of("src/test/java/io/orderhub/reconcile/io/ReadmeExampleTest.java");
  private static final Instant PAID_AT = Instant.parse("2026-11-11T00:00:00Z");

  @TempDir Path dir;

  private static List<String> blocks(String text, String language) {
    Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(text);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static List<String> lines(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }

  @Test
  void theCodeSamplesAreTheReadmes() throws IOException {
    String self = Files.readString(SELF, StandardCharsets.UTF_8);
    List<String> samples = new ArrayList<>();
    String start = "// --- README example " + "start"; // split, so this line is not taken for the marker
    String end = "// --- README example " + "end";
    for (int from = self.indexOf(start); from >= 0; from = self.indexOf(start, from + 1)) {
      samples.add(self.substring(from + start.length(), self.indexOf(end, from)));
    }
    List<String> readme = blocks(Files.readString(README, StandardCharsets.UTF_8), "java");
    assertThat(samples).hasSize(2);
    assertThat(readme).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(lines(samples.get(i))).as("sample %s", i + 1).isEqualTo(lines(readme.get(i)));
    }
  }

  @Test
  void theInMemorySampleNamesTheMissingShipment() {
    Instant paidAt = PAID_AT;

    // --- README example start
    ReconcilerConfig config = ReconcilerConfig.custom()
        .currency(Money.CNY)
        .window(TimeWindow.parse("2h"))                     // settlements and shipments within 2 h of the payment
        .window(Source.SHIPMENT, TimeWindow.parse("0,3d"))  // but a parcel may leave up to 3 days later
        .build();
    Reconciler.Session session = Reconciler.of(config).newSession();
    session.accept(Payment.of("T1001", "4200001", Money.cny("100.00"), Money.cny("0.60"), paidAt, "wechat"));
    session.accept(Settlement.of("T1001", "ST1001", Money.cny("100.00"), Money.cny("5.00"), Money.cny("0.00"),
        Money.cny("95.00"), paidAt.plusSeconds(3600)));
    ReconciliationReport report = session.finish();      // rows sorted by order number
    ReconciliationRow row = report.rows().get(0);
    row.status();                                          // DISCREPANCY
    row.reasons();                                         // [MISSING_SHIPMENT]
    row.findings().get(0).message();                       // what is missing, on which side, for how much
    // --- README example end

    assertThat(row.status()).isEqualTo(Status.DISCREPANCY);
    assertThat(row.reasons()).containsExactly(Reason.MISSING_SHIPMENT);
    assertThat(row.findings().get(0).side()).isEqualTo(Source.SHIPMENT);
    assertThat(row.findings().get(0).message()).contains("100.00");
    assertThat(report.summary().discrepancies()).isEqualTo(1);
  }

  @Test
  void theFileSampleWritesTheJsonReport() throws IOException {
    Path payments = dir.resolve("wechat-bill.csv");
    Path settlements = dir.resolve("settlements.csv");
    Path shipments = dir.resolve("shipments.csv");
    Path reportFile = dir.resolve("report.json");
    Files.writeString(payments, BillReadersTest.wechatBill(3));
    Files.writeString(settlements, "order_no,settlement_id,gross,commission,freight_adjustment,net,settled_at\n"
        + "A1,S1,100.00,0,0,100.00,2026-11-11 09:00:00\n");
    Files.writeString(shipments, "order_no,shipment_id,amount,shipped_at\nA1,H1,100.00,2026-11-11 09:30:00\n");
    ReconcilerConfig config = ReconcilerConfig.ofDefaults();

    // --- README example start
    ExecutorService secondCore = Executors.newSingleThreadExecutor(); // optional: parse while matching
    FileReconciliation.Result result;
    try (OutputStream out = Files.newOutputStream(reportFile)) {
      ReportJson.Writer json = ReportJson.open(out);     // streams rows: a day of millions never sits in memory
      result = FileReconciliation.run(
          Reconciler.of(ReconcilerConfig.from(config).executor(secondCore).build()),
          BillReaders.wechatPayments(Money.CNY), payments,
          BillReaders.canonicalSettlements(Money.CNY, Partitions.CHINA), settlements,
          BillReaders.canonicalShipments(Money.CNY, Partitions.CHINA), shipments,
          json);
      json.finish(result.summary(), result.inputs());      // summary and every file's rows, skips and problems
    } finally {
      secondCore.shutdown();
    }
    result.problemCount();                                 // malformed rows, each with file, line and column
    // --- README example end

    assertThat(result.problemCount()).isZero();
    assertThat(result.summary().orders()).isEqualTo(1);
    String json = Files.readString(reportFile, StandardCharsets.UTF_8);
    assertThat(json).startsWith("{\"rows\":[{\"orderNo\":\"A1\"").contains("\"summary\":").contains("\"inputs\":");
  }
}
