package io.orderhub.examples.cli;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import io.orderhub.reconcile.Payment;
import io.orderhub.reconcile.Reconciler;
import io.orderhub.reconcile.ReconcilerConfig;
import io.orderhub.reconcile.ReconciliationRow;
import io.orderhub.reconcile.Settlement;
import io.orderhub.reconcile.Source;
import io.orderhub.reconcile.Status;
import io.orderhub.reconcile.TimeWindow;
import io.orderhub.reconcile.io.BillReader;
import io.orderhub.reconcile.io.BillReaders;
import io.orderhub.reconcile.io.FileReconciliation;
import io.orderhub.reconcile.io.ReadProblem;
import io.orderhub.reconcile.io.ReadResult;
import io.orderhub.reconcile.io.ReportCsv;
import io.orderhub.reconcile.io.ReportHtml;
import io.orderhub.reconcile.io.ReportJson;
import io.orderhub.reconcile.io.ReportText;
import io.orderhub.reconcile.io.UnreadableBillException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code orderhub reconcile}: matches a payment bill, a settlement statement and shipments, writes
 * the report and prints the summary. Discrepancies are results (exit 0); an unreadable file, or
 * malformed rows unless {@code --allow-malformed}, are bad input (exit 2, after the report is
 * written, so the malformed rows can be looked up in it).
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
    description = "Matches payments, settlements and shipments by order number and names the reason for every difference.")
final class ReconcileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--payments", required = true, paramLabel = "<file>", description = "Payment bill.")
  Path payments;

  @Option(names = "--settlements", required = true, paramLabel = "<file>", description = "Settlement statement.")
  Path settlements;

  @Option(names = "--shipments", required = true, paramLabel = "<file>", description = "Shipments (canonical CSV).")
  Path shipments;

  @Option(names = "--payments-format", paramLabel = "<format>",
      description = "canonical, wechat or alipay (default: ${DEFAULT-VALUE}).")
  String paymentsFormat = "canonical";

  @Option(names = "--settlements-format", paramLabel = "<format>",
      description = "canonical or amazon (default: ${DEFAULT-VALUE}).")
  String settlementsFormat = "canonical";

  @Option(names = "--format", paramLabel = "<format>", description = "Format of --out: json or csv (default: ${DEFAULT-VALUE}).")
  String format = "json";

  @Option(names = "--window", paramLabel = "<span>",
      description = "Time window around the payment for settlements and shipments: 2h, or BEFORE,AFTER such as 30m,7d, each at most 3650d (default: ${DEFAULT-VALUE}).")
  String window = "2h";

  @Option(names = "--settlement-window", paramLabel = "<span>", description = "Overrides --window for settlements.")
  String settlementWindow;

  @Option(names = "--shipment-window", paramLabel = "<span>", description = "Overrides --window for shipments.")
  String shipmentWindow;

  @Option(names = "--currency", description = "Currency of every amount (default: ${DEFAULT-VALUE}).")
  String currency = "CNY";

  @Option(names = "--zone", description = "Zone of times without an offset (default: ${DEFAULT-VALUE}).")
  String zone = "Asia/Shanghai";

  @Option(names = "--no-shipment-required", description = "A paid order without a shipment is not a discrepancy.")
  boolean noShipmentRequired;

  @Option(names = "--allow-malformed", description = "Exit 0 even when some rows could not be read (they are in the report).")
  boolean allowMalformed;

  @Option(names = "--out", required = true, paramLabel = "<file>", description = "Where to write the report.")
  Path out;

  @Option(names = "--html", paramLabel = "<file>", description = "Also write a self-contained HTML page for finance.")
  Path html;

  @Override
  public Integer call() {
    PrintWriter console = spec.commandLine().getOut();
    Currency money = option("--currency", () -> Money.currency(currency));
    ZoneId zoneId = option("--zone", () -> ZoneId.of(zone));
    ReconcilerConfig.Builder config = ReconcilerConfig.custom().currency(money).requireShipment(!noShipmentRequired);
    config.window(option("--window", () -> TimeWindow.parse(window)));
    if (settlementWindow != null) {
      config.window(Source.SETTLEMENT, option("--settlement-window", () -> TimeWindow.parse(settlementWindow)));
    }
    if (shipmentWindow != null) {
      config.window(Source.SHIPMENT, option("--shipment-window", () -> TimeWindow.parse(shipmentWindow)));
    }
    BillReader<Payment> paymentReader = option("--payments-format", () -> BillReaders.payments(paymentsFormat, money, zoneId));
    BillReader<Settlement> settlementReader = option("--settlements-format", () -> BillReaders.settlements(settlementsFormat, money, zoneId));
    if (!format.equals("json") && !format.equals("csv")) {
      throw new CliException("--format: \"" + format + "\" is not json or csv");
    }
    // with a second core, the bills are parsed there while this thread matches, and the next range
    // of orders is grouped there while this thread classifies
    ExecutorService secondThread = Runtime.getRuntime().availableProcessors() > 1 ? newSecondThread() : null;
    if (secondThread != null) {
      config.executor(secondThread);
    }
    Reconciler reconciler = Reconciler.of(config.build());
    List<ReconciliationRow> discrepancies = new ArrayList<>();
    FileReconciliation.Result result;
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      if (format.equals("json")) {
        ReportJson.Writer json = ReportJson.open(file);
        result = run(reconciler, paymentReader, settlementReader, money, zoneId, tee(json, discrepancies));
        json.finish(result.summary(), result.inputs());
      } else {
        try (ReportCsv csv = ReportCsv.open(new OutputStreamWriter(file, StandardCharsets.UTF_8))) {
          result = run(reconciler, paymentReader, settlementReader, money, zoneId, tee(csv, discrepancies));
        }
      }
    } catch (UnreadableBillException e) {
      deleteQuietly(out); // an incomplete report must not be mistaken for a result
      throw new CliException(e.getMessage(), e);
    } catch (IOException e) {
      throw CliException.in(out, "cannot write: " + e.getMessage());
    } finally {
      if (secondThread != null) {
        secondThread.shutdownNow();
      }
    }
    if (html != null) {
      try {
        Files.writeString(html, ReportHtml.render("Reconciliation", result.summary(), discrepancies, result.inputs()),
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw CliException.in(html, "cannot write: " + e.getMessage());
      }
    }
    ReportText.summary(result.summary()).forEach(console::println);
    for (ReadResult r : result.inputs()) {
      console.printf("%s (%s): %d rows, %d records, %d skipped, %d malformed%n", r.file(), r.format(), r.rows(),
          r.records(), r.skipped(), r.problemCount());
    }
    console.println("report written to " + out);
    console.flush();
    if (result.problemCount() > 0 && !allowMalformed) {
      ReadProblem first = result.inputs().stream().flatMap(r -> r.problems().stream()).findFirst().orElseThrow();
      throw new CliException(first + (result.problemCount() > 1
          ? " (and " + (result.problemCount() - 1) + " more malformed rows)" : ""));
    }
    return 0;
  }

  private static ExecutorService newSecondThread() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "orderhub-reconcile-worker");
      t.setDaemon(true);
      return t;
    });
  }

  private FileReconciliation.Result run(Reconciler reconciler, BillReader<Payment> paymentReader,
      BillReader<Settlement> settlementReader, Currency money, ZoneId zoneId, Consumer<ReconciliationRow> sink) {
    return FileReconciliation.run(reconciler, paymentReader, payments, settlementReader, settlements,
        BillReaders.canonicalShipments(money, zoneId), shipments, sink);
  }

  /** Writes every row and keeps the discrepancies when an HTML page is wanted. */
  private Consumer<ReconciliationRow> tee(Consumer<ReconciliationRow> writer, List<ReconciliationRow> discrepancies) {
    return row -> {
      writer.accept(row);
      if (html != null && row.status() == Status.DISCREPANCY) {
        discrepancies.add(row);
      }
    };
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // the error about the input is what the user needs to see
    }
  }

  private static <T> T option(String name, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidValueException e) {
      throw new CliException(name + ": " + e.getMessage(), e);
    } catch (DateTimeException e) {
      throw new CliException(name + ": " + e.getMessage(), e);
    }
  }
}
