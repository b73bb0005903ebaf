package io.orderhub.benchmarks.reconcile;

import io.orderhub.core.Money;
import io.orderhub.reconcile.Partitions;
import io.orderhub.reconcile.Payment;
import io.orderhub.reconcile.Reconciler;
import io.orderhub.reconcile.ReconcilerConfig;
import io.orderhub.reconcile.ReconciliationRow;
import io.orderhub.reconcile.Settlement;
import io.orderhub.reconcile.Shipment;
import io.orderhub.reconcile.Status;
import io.orderhub.reconcile.io.BillReader;
import io.orderhub.reconcile.io.BillReaders;
import io.orderhub.reconcile.io.CanonicalCsvWriter;
import io.orderhub.reconcile.io.FileReconciliation;
import io.orderhub.reconcile.io.ReadResult;
import io.orderhub.reconcile.io.ReportJson;
import io.orderhub.reconcile.sample.DayGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The scale test of issue 8: a generated day of {@code orders} orders (1,000,000 by default, 2% with
 * a planted discrepancy) is written as the three canonical CSVs (about 1.05 rows per order and
 * source) to a temporary directory, then each benchmark runs once per iteration ({@link
 * Mode#SingleShotTime}):
 *
 * <ul>
 *   <li>{@link #readOnly}: just reading and parsing the three files with OrderHub's readers into
 *       typed records (the floor);
 *   <li>{@link #reconcile}: reading the same files and reconciling them with {@link Reconciler}, in
 *       a fork limited to 1 GB of heap, keeping the summary and the discrepancy rows (what the HTML
 *       page needs), all on one thread;
 *   <li>{@link #reconcileTwoThreads}: the same using a second thread (parsing while the calling
 *       thread matches, grouping the next range of orders while it classifies), as the command
 *       line runs;
 *   <li>{@link #reconcileWithJsonReport}: the same, also streaming every row to a JSON report file;
 *   <li>{@link #h2Join}: the alternative a user would pick: load the CSVs into an in-memory H2
 *       database with {@code CSVREAD} and run the same match as one SQL statement (group by order,
 *       join the three sides on the union of keys, a {@code CASE} per reason). H2 gets 4 GB of heap,
 *       since it holds all three tables in memory.
 * </ul>
 *
 * <p>Targets: {@code reconcile} under 10 s for 1,000,000 orders on 2 cores, under 2× {@code
 * readOnly} (reported for one thread and for two), and faster than {@code h2Join}. Run all of it, with the two ratios printed at the end,
 * with one command after {@code mvn -o -q -pl benchmarks -am -DskipTests package}:
 *
 * <pre>
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar io.orderhub.benchmarks.reconcile.ReconcileScaleBenchmark [orders] [quick|full] [both|order|time]
 * </pre>
 *
 * <p>({@code quick}: only {@code readOnly}, {@code reconcile} and {@code reconcileTwoThreads}, without H2; the last argument is
 * the {@link #rowOrder} to run, both by default, each reported on its own.)
 *
 * <p>or through JMH's own runner, e.g. a smoke run: {@code java -jar benchmarks/target/benchmarks.jar
 * ReconcileScaleBenchmark -p orders=10000 -wi 0 -i 1 -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class ReconcileScaleBenchmark {
  /** Orders in the generated day. */
  @Param("1000000")
  public int orders;

  /**
   * How rows are ordered in each file: {@code order} lists orders in the same order in all three
   * files (as exported sorted by order number); {@code time} sorts each file by its own time column,
   * as platforms export bills, which here puts the three files in unrelated orders (the generator's
   * payment times are random across the day), the worst case for the matcher's memory locality.
   */
  @Param({"order", "time"})
  public String rowOrder;

  private Path dir;
  private Path payments;
  private Path settlements;
  private Path shipments;
  private Path report;
  private final ReconcilerConfig config = ReconcilerConfig.ofDefaults();
  /** The second thread {@link #reconcileTwoThreads} uses, as the command line does. */
  private ExecutorService secondThread;
  private ReconcilerConfig twoThreads;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    dir = Files.createTempDirectory("orderhub-reconcile-bench");
    payments = dir.resolve("payments.csv");
    settlements = dir.resolve("settlements.csv");
    shipments = dir.resolve("shipments.csv");
    report = dir.resolve("report.json");
    secondThread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "reconcile-worker");
      t.setDaemon(true);
      return t;
    });
    twoThreads = ReconcilerConfig.from(config).executor(secondThread).build();
    writeDay(config, orders, payments, settlements, shipments);
    if ("time".equals(rowOrder)) {
      for (Path f : List.of(payments, settlements, shipments)) {
        sortByTime(f);
      }
    } else if (!"order".equals(rowOrder)) {
      throw new IllegalArgumentException("rowOrder " + rowOrder + " is not 'order' or 'time'");
    }
  }

  /**
   * Sorts the data rows of a generated canonical CSV by its time column (the one named {@code *_at}),
   * header first. Generated fields hold no commas or quotes, so a plain split is exact here.
   */
  static void sortByTime(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(",", -1));
    int column = -1;
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).endsWith("_at")) {
        column = i;
      }
    }
    if (column < 0) {
      throw new IllegalStateException(file + " has no time column: " + header);
    }
    record Timed(Instant at, String line) {}
    List<Timed> rows = new ArrayList<>(lines.size());
    for (String l : lines.subList(1, lines.size())) {
      rows.add(new Timed(Instant.parse(l.split(",", -1)[column]), l));
    }
    rows.sort(Comparator.comparing(Timed::at)); // stable: rows of one instant keep their order
    List<String> out = new ArrayList<>(lines.size());
    out.add(lines.get(0));
    rows.forEach(r -> out.add(r.line()));
    Files.write(file, out, StandardCharsets.UTF_8);
  }

  /** Writes a generated day (seed 42, 2% planted discrepancies) as the three canonical CSVs. */
  static void writeDay(ReconcilerConfig config, int orders, Path payments, Path settlements, Path shipments)
      throws IOException {
    try (Writer p = Files.newBufferedWriter(payments, StandardCharsets.UTF_8);
        Writer s = Files.newBufferedWriter(settlements, StandardCharsets.UTF_8);
        Writer h = Files.newBufferedWriter(shipments, StandardCharsets.UTF_8);
        CanonicalCsvWriter<Payment> pw = CanonicalCsvWriter.payments(p);
        CanonicalCsvWriter<Settlement> sw = CanonicalCsvWriter.settlements(s);
        CanonicalCsvWriter<Shipment> hw = CanonicalCsvWriter.shipments(h)) {
      DayGenerator.of(config, 42, Instant.parse("2026-11-10T16:00:00Z"))
          .generate(orders, 0.02, DayGenerator.Sink.of(pw, sw, hw));
    }
  }

  @TearDown(Level.Trial)
  public void deleteFiles() throws IOException {
    secondThread.shutdownNow();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }

  private BillReader<Payment> paymentReader() {
    return BillReaders.canonicalPayments(Money.CNY, Partitions.CHINA);
  }

  private BillReader<Settlement> settlementReader() {
    return BillReaders.canonicalSettlements(Money.CNY, Partitions.CHINA);
  }

  private BillReader<Shipment> shipmentReader() {
    return BillReaders.canonicalShipments(Money.CNY, Partitions.CHINA);
  }

  /** Reading and parsing the three files, nothing else. */
  @Benchmark
  public long readOnly(Blackhole bh) {
    ReadResult p = paymentReader().read(payments, bh::consume);
    ReadResult s = settlementReader().read(settlements, bh::consume);
    ReadResult h = shipmentReader().read(shipments, bh::consume);
    return p.records() + s.records() + h.records();
  }

  /** Reading and reconciling, keeping the summary and the discrepancy rows. */
  @Benchmark
  public List<ReconciliationRow> reconcile(Blackhole bh) {
    return discrepancies(config, bh);
  }

  /**
   * {@link #reconcile} with {@link ReconcilerConfig.Builder#executor} set, as the command line
   * runs it on a machine with more than one core: the files are parsed on the second thread (the
   * same work as {@link #readOnly}) while the calling thread adds the rows to the session, and the
   * finish groups the next range of orders on the second thread while the calling thread
   * classifies.
   */
  @Benchmark
  public List<ReconciliationRow> reconcileTwoThreads(Blackhole bh) {
    return discrepancies(twoThreads, bh);
  }

  /** Reads the files and reconciles them with {@code c}, keeping the discrepancy rows. */
  private List<ReconciliationRow> discrepancies(ReconcilerConfig c, Blackhole bh) {
    List<ReconciliationRow> discrepancies = new ArrayList<>();
    FileReconciliation.Result result = FileReconciliation.run(Reconciler.of(c), paymentReader(), payments,
        settlementReader(), settlements, shipmentReader(), shipments, row -> {
          if (row.status() == Status.DISCREPANCY) {
            discrepancies.add(row);
          }
        });
    bh.consume(result);
    return discrepancies;
  }

  /** Reading, reconciling and streaming every row to a JSON report file. */
  @Benchmark
  public Object reconcileWithJsonReport() throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(report), 1 << 16)) {
      ReportJson.Writer json = ReportJson.open(out);
      FileReconciliation.Result result = FileReconciliation.run(Reconciler.of(config), paymentReader(), payments,
          settlementReader(), settlements, shipmentReader(), shipments, json);
      json.finish(result.summary(), result.inputs());
      return result.summary();
    }
  }

  /** The same match as SQL in an in-memory H2 database, loading the CSVs with CSVREAD. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
  @Warmup(iterations = 1)
  @Measurement(iterations = 2) // minutes per iteration at a million orders; its spread is small against the ratio
  public long h2Join(Blackhole bh) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:reconcile" + System.nanoTime());
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE payments(order_no VARCHAR(128), payment_id VARCHAR(128), amount DECIMAL(18,2),"
          + " fee DECIMAL(18,2), paid_at TIMESTAMP WITH TIME ZONE, channel VARCHAR(64), group_id VARCHAR(128))"
          + " AS SELECT * FROM CSVREAD('" + sql(payments) + "', NULL, 'charset=UTF-8')");
      st.execute("CREATE TABLE settlements(order_no VARCHAR(128), settlement_id VARCHAR(128), gross DECIMAL(18,2),"
          + " commission DECIMAL(18,2), freight_adjustment DECIMAL(18,2), net DECIMAL(18,2),"
          + " settled_at TIMESTAMP WITH TIME ZONE, group_id VARCHAR(128))"
          + " AS SELECT * FROM CSVREAD('" + sql(settlements) + "', NULL, 'charset=UTF-8')");
      st.execute("CREATE TABLE shipments(order_no VARCHAR(128), shipment_id VARCHAR(128), amount DECIMAL(18,2),"
          + " shipped_at TIMESTAMP WITH TIME ZONE, group_id VARCHAR(128))"
          + " AS SELECT * FROM CSVREAD('" + sql(shipments) + "', NULL, 'charset=UTF-8')");
      for (String aggregate : AGGREGATE_SQL) {
        st.execute(aggregate);
      }
      long discrepancies = 0;
      try (ResultSet rs = st.executeQuery(MATCH_SQL)) {
        while (rs.next()) {
          if (rs.getInt("reasons") > 0) {
            discrepancies++;
            bh.consume(rs.getString("k"));
          }
        }
      }
      return discrepancies;
    }
  }

  /**
   * The three sides grouped by order (group id when set) into tables keyed by the order, as a
   * competent SQL user would (a join of unindexed CTEs degrades to nested loops in H2).
   */
  static final List<String> AGGREGATE_SQL = List.of(
      "CREATE TABLE p(k VARCHAR(128) PRIMARY KEY, paid DECIMAL(18,2), refunded DECIMAL(18,2), sales INT,"
          + " t0 TIMESTAMP WITH TIME ZONE) AS SELECT COALESCE(NULLIF(group_id, ''), order_no),"
          + " SUM(CASE WHEN amount >= 0 THEN amount ELSE 0 END), SUM(CASE WHEN amount < 0 THEN amount ELSE 0 END),"
          + " COUNT(DISTINCT CASE WHEN amount >= 0 THEN payment_id END), MIN(CASE WHEN amount >= 0 THEN paid_at END)"
          + " FROM payments GROUP BY COALESCE(NULLIF(group_id, ''), order_no)",
      "CREATE TABLE s(k VARCHAR(128) PRIMARY KEY, settled DECIMAL(18,2), reversed DECIMAL(18,2), gross DECIMAL(18,2),"
          + " commission DECIMAL(18,2), freight DECIMAL(18,2), net DECIMAL(18,2), s0 TIMESTAMP WITH TIME ZONE,"
          + " s1 TIMESTAMP WITH TIME ZONE) AS SELECT COALESCE(NULLIF(group_id, ''), order_no),"
          + " SUM(CASE WHEN gross >= 0 THEN gross + freight_adjustment ELSE 0 END),"
          + " SUM(CASE WHEN gross < 0 THEN gross ELSE 0 END), SUM(gross), SUM(commission), SUM(freight_adjustment),"
          + " SUM(net), MIN(CASE WHEN gross >= 0 THEN settled_at END), MAX(CASE WHEN gross >= 0 THEN settled_at END)"
          + " FROM settlements GROUP BY COALESCE(NULLIF(group_id, ''), order_no)",
      "CREATE TABLE h(k VARCHAR(128) PRIMARY KEY, shipped DECIMAL(18,2), h0 TIMESTAMP WITH TIME ZONE,"
          + " h1 TIMESTAMP WITH TIME ZONE) AS SELECT COALESCE(NULLIF(group_id, ''), order_no), SUM(amount),"
          + " MIN(shipped_at), MAX(shipped_at) FROM shipments GROUP BY COALESCE(NULLIF(group_id, ''), order_no)",
      "CREATE TABLE keys(k VARCHAR(128) PRIMARY KEY) AS SELECT k FROM p UNION SELECT k FROM s UNION SELECT k FROM h");

  /** The match: the sides joined on the union of keys by primary key, one flag per reason, ±2 h windows. */
  static final String MATCH_SQL = String.join("\n",
      "SELECT keys.k, CASE WHEN paid IS NULL THEN 1 ELSE 0 END",
      "  + CASE WHEN paid IS NOT NULL AND settled IS NULL AND (paid + refunded <> 0 OR shipped IS NOT NULL) THEN 1 ELSE 0 END",
      "  + CASE WHEN paid IS NOT NULL AND shipped IS NULL AND paid + refunded > 0 THEN 1 ELSE 0 END",
      "  + CASE WHEN sales >= 2 AND paid > COALESCE(settled, shipped) THEN 1 ELSE 0 END",
      "  + CASE WHEN refunded < 0 AND settled IS NOT NULL AND reversed <> refunded THEN 1 ELSE 0 END",
      "  + CASE WHEN paid IS NOT NULL AND settled IS NOT NULL AND paid <> settled",
      "      AND NOT (sales >= 2 AND paid > settled) THEN 1 ELSE 0 END",
      "  + CASE WHEN net <> gross - commission + freight THEN 1 ELSE 0 END",
      "  + CASE WHEN paid IS NOT NULL AND shipped IS NOT NULL AND shipped <> paid AND shipped <> paid + refunded",
      "      AND NOT (sales >= 2 AND paid > COALESCE(settled, shipped)) THEN 1 ELSE 0 END",
      "  + CASE WHEN t0 IS NOT NULL AND settled = paid AND (s0 < DATEADD(HOUR, -2, t0) OR s1 > DATEADD(HOUR, 2, t0))",
      "      THEN 1 ELSE 0 END",
      "  + CASE WHEN t0 IS NOT NULL AND shipped = paid AND (h0 < DATEADD(HOUR, -2, t0) OR h1 > DATEADD(HOUR, 2, t0))",
      "      THEN 1 ELSE 0 END AS reasons",
      "FROM keys LEFT JOIN p ON p.k = keys.k LEFT JOIN s ON s.k = keys.k LEFT JOIN h ON h.k = keys.k ORDER BY keys.k");

  private static String sql(Path file) {
    return file.toAbsolutePath().toString().replace("'", "''");
  }

  /**
   * Runs the four benchmarks for {@code args[0]} orders (default 1,000,000) and prints, for each row
   * order, the ratios reconcile / readOnly (target &lt; 2) and h2Join / reconcile (target &gt; 1).
   * With {@code quick} as {@code args[1]}, only {@code readOnly} and {@code reconcile} run (for
   * iterating on the matcher; the full run is the one to report). {@code args[2]} picks the row
   * order: {@code order}, {@code time} or {@code both} (the default).
   */
  public static void main(String[] args) throws RunnerException {
    String orders = args.length > 0 ? args[0] : "1000000";
    boolean quick = args.length > 1 && "quick".equals(args[1]);
    String which = args.length > 2 ? args[2] : "both";
    List<String> rowOrders = "both".equals(which) ? List.of("order", "time") : List.of(which);
    Options options = new OptionsBuilder()
        .include(ReconcileScaleBenchmark.class.getName() + (quick ? "\\.(readOnly|reconcile|reconcileTwoThreads)$" : "\\."))
        .param("orders", orders)
        .param("rowOrder", rowOrders.toArray(new String[0]))
        .build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.println();
    for (String rowOrder : rowOrders) {
      double read = score(results, "readOnly", rowOrder);
      double reconcile = score(results, "reconcile", rowOrder);
      double two = score(results, "reconcileTwoThreads", rowOrder);
      System.out.printf("%s orders, rows in %s order: readOnly %.0f ms, reconcile %.0f ms (one thread),"
          + " %.0f ms (two threads)%n", orders, rowOrder, read, reconcile, two);
      System.out.printf("  reconcile / readOnly = %.2f on one thread, %.2f on two (target < 2)%n",
          reconcile / read, two / read);
      if (quick) {
        continue;
      }
      double json = score(results, "reconcileWithJsonReport", rowOrder);
      double h2 = score(results, "h2Join", rowOrder);
      System.out.printf("  reconcile+JSON %.0f ms, H2 join %.0f ms; reconcile+JSON / readOnly = %.2f%n",
          json, h2, json / read);
      System.out.printf("  H2 join / reconcile = %.2f (OrderHub is %.1fx faster; target > 1)%n", h2 / reconcile,
          h2 / reconcile);
    }
  }

  private static double score(Collection<RunResult> results, String method, String rowOrder) {
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark();
      if (label.endsWith("." + method) && rowOrder.equals(r.getParams().getParam("rowOrder"))) {
        return r.getPrimaryResult().getScore();
      }
    }
    throw new IllegalStateException("no result for " + method + " with rows in " + rowOrder + " order");
  }
}
