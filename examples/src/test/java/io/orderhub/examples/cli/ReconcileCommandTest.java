package io.orderhub.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderhub.examples.demo.DemoContext;
import io.orderhub.examples.demo.HtmlReport;
import io.orderhub.examples.demo.ReconcileSection;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code orderhub reconcile} on the bundled samples, and its bad-input contract. */
class ReconcileCommandTest {
  @TempDir Path tmp;
  final StringWriter console = new StringWriter();

  @BeforeEach
  void copySamples() throws IOException {
    for (String name : List.of("payments.csv", "settlements.csv", "shipments.csv", "wechat-bill.csv", "alipay-bill.csv",
        "amazon-settlement.txt", "amazon-payments.csv", "amazon-shipments.csv")) {
      try (InputStream in = ReconcileCommandTest.class.getResourceAsStream("/samples/reconcile/" + name)) {
        assertThat(in).as(name).isNotNull();
        Files.copy(in, tmp.resolve(name));
      }
    }
  }

  int run(String... args) {
    ReconcileCommand command = new ReconcileCommand();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(console, true));
    cli.parseArgs(args);
    return command.call();
  }

  /** The sample day's arguments; {@code extra} adds flags or replaces an option's value ({@code "--shipments", "x"}). */
  String[] args(String... extra) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("--payments", tmp.resolve("payments.csv").toString());
    options.put("--settlements", tmp.resolve("settlements.csv").toString());
    options.put("--shipments", tmp.resolve("shipments.csv").toString());
    options.put("--out", tmp.resolve("report.json").toString());
    List<String> flags = new ArrayList<>();
    for (int i = 0; i < extra.length; i++) {
      if (i + 1 < extra.length && !extra[i + 1].startsWith("--")) {
        options.put(extra[i], extra[++i]);
      } else {
        flags.add(extra[i]);
      }
    }
    List<String> a = new ArrayList<>(flags);
    options.forEach((k, v) -> {
      a.add(k);
      a.add(v);
    });
    return a.toArray(new String[0]);
  }

  JsonNode report() throws IOException {
    return new ObjectMapper().readTree(tmp.resolve("report.json").toFile());
  }

  @Test
  void theSampleDayHasOneOrderPerReasonAndExitsZero() throws IOException {
    assertThat(run(args("--html", tmp.resolve("report.html").toString()))).isZero();
    JsonNode summary = report().get("summary");
    assertThat(summary.get("orders").asLong()).isEqualTo(14);
    assertThat(summary.get("matched").asLong()).isEqualTo(5);
    for (String reason : List.of("MISSING_PAYMENT", "MISSING_SETTLEMENT", "MISSING_SHIPMENT", "DUPLICATE_PAYMENT",
        "COMMISSION_NOT_SYNCED", "FREIGHT_ADJUSTMENT_MISSING", "AMOUNT_MISMATCH", "OUTSIDE_TIME_WINDOW", "REFUND_UNMATCHED")) {
      assertThat(summary.at("/byReason/" + reason + "/count").asLong()).as(reason).isEqualTo(1);
    }
    assertThat(console.toString()).contains("orders 14, matched 5, discrepancies 9", "report written to");
    String html = Files.readString(tmp.resolve("report.html"));
    assertThat(html).contains("T1008", "COMMISSION_NOT_SYNCED").doesNotContain("<script");
  }

  @Test
  void aWiderWindowAcceptsTheLateSettlement() throws IOException {
    assertThat(run(args("--settlement-window", "0,7h"))).isZero();
    assertThat(report().at("/summary/byReason/OUTSIDE_TIME_WINDOW/count").asLong()).isZero();
  }

  @Test
  void csvFormatWritesOneLinePerOrder() throws IOException {
    assertThat(run(args("--format", "csv"))).isZero();
    assertThat(Files.readAllLines(tmp.resolve("report.json"), StandardCharsets.UTF_8)).hasSize(15)
        .first().asString().startsWith("order_no,orders,status,reasons");
  }

  @Test
  void wechatAndAlipayBillsAreReadAsPayments() throws IOException {
    assertThat(run(args("--payments", tmp.resolve("wechat-bill.csv").toString(), "--payments-format", "wechat"))).isZero();
    assertThat(report().at("/inputs/0/records").asLong()).isEqualTo(16);
    assertThat(report().at("/inputs/0/problemCount").asLong()).isZero();
    assertThat(run(args("--payments", tmp.resolve("alipay-bill.csv").toString(), "--payments-format", "alipay"))).isZero();
    assertThat(report().at("/inputs/0/records").asLong()).isEqualTo(3);
  }

  @Test
  void amazonSettlementsInUsd() throws IOException {
    assertThat(run("--payments", tmp.resolve("amazon-payments.csv").toString(),
        "--settlements", tmp.resolve("amazon-settlement.txt").toString(), "--settlements-format", "amazon",
        "--shipments", tmp.resolve("amazon-shipments.csv").toString(), "--currency", "USD",
        "--out", tmp.resolve("report.json").toString())).isZero();
    assertThat(report().at("/summary/matched").asLong()).isEqualTo(2);
    assertThat(report().at("/summary/currency").asText()).isEqualTo("USD");
  }

  @Test
  void aMissingFileIsOneLineNamingIt() {
    assertThatThrownBy(() -> run(args("--shipments", tmp.resolve("nope.csv").toString())))
        .isInstanceOf(CliException.class).hasMessageEndingWith("nope.csv: no such file");
    assertThat(tmp.resolve("report.json")).doesNotExist();
  }

  @Test
  void aMalformedRowIsReportedWithFileLineAndColumnAndExitsTwoUnlessAllowed() throws IOException {
    Path bad = tmp.resolve("payments.csv");
    Files.writeString(bad, Files.readString(bad) + "T2000,P2000,12;50,0,2026-11-11 08:00:00,wechat,\r\n");
    assertThatThrownBy(() -> run(args())).isInstanceOf(CliException.class)
        .hasMessage(bad + ":18: amount: \"12;50\" is not a decimal amount like 12.50");
    assertThat(report().at("/inputs/0/problemCount").asLong()).isEqualTo(1);
    assertThat(run(args("--allow-malformed"))).isZero();
  }

  @Test
  void badOptionsNameTheOption() {
    assertThatThrownBy(() -> run(args("--window", "soon"))).isInstanceOf(CliException.class)
        .hasMessageStartingWith("--window: window: \"soon\"");
    assertThatThrownBy(() -> run(args("--payments-format", "paypal"))).hasMessageStartingWith("--payments-format:");
    assertThatThrownBy(() -> run(args("--currency", "XYZ"))).hasMessageStartingWith("--currency:");
    assertThatThrownBy(() -> run(args("--format", "xml"))).hasMessageStartingWith("--format:");
  }

  @Test
  void throughTheCommandLineDiscrepanciesExitZeroAndUnreadableInputExitsTwoWithOneLineNamingFileAndLine()
      throws IOException {
    OrderhubCliTest.Run ok = OrderhubCliTest.run(prepend("reconcile", args()));
    assertThat(ok.status()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("discrepancies 9");

    Path payments = tmp.resolve("payments.csv");
    Files.write(payments, "order_no,payment_id,amount,fee,paid_at\nT1,P1,1.00,0,2026-11-11 08:00:00\nT2,P支付,1,0,x\n"
        .getBytes(java.nio.charset.Charset.forName("GBK")));
    OrderhubCliTest.Run bad = OrderhubCliTest.run(prepend("reconcile", args()));
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err().strip()).doesNotContain("\n").doesNotContain("Exception")
        .isEqualTo("orderhub: " + payments + ": line 3: not UTF-8 text (canonical bills are UTF-8)");

    Files.writeString(payments, "order_no,payment_id,amount,paid_at\n");
    bad = OrderhubCliTest.run(prepend("reconcile", args()));
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err().strip()).startsWith("orderhub: " + payments + ": line 1: header lacks column(s) fee");

    Files.writeString(payments, "order_no,payment_id,amount,fee,paid_at\nT1,P1,\"1.00\"x,0,2026-11-11 08:00:00\n");
    bad = OrderhubCliTest.run(prepend("reconcile", args()));
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err().strip()).doesNotContain("\n").startsWith("orderhub: " + payments + ":2: amount: ");
  }

  private static String[] prepend(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  @Test
  void theDemoSectionReconcilesAGeneratedDay() {
    StringWriter out = new StringWriter();
    HtmlReport html = new HtmlReport("demo");
    new ReconcileSection().run(new DemoContext(new PrintWriter(out, true), html,
        Clock.fixed(Instant.parse("2026-11-11T04:00:00Z"), ZoneOffset.UTC), 20261111L));
    assertThat(out.toString()).contains("business day 2026-11-10", "orders ");
    assertThat(html.render()).contains("5000 orders", "MISSING_PAYMENT", "amount at stake", "what to do");
  }
}
