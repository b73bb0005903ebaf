package io.orderhub.benchmarks.reconcile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.orderhub.reconcile.Reconciler;
import io.orderhub.reconcile.ReconcilerConfig;
import io.orderhub.reconcile.ReconciliationReport;
import io.orderhub.reconcile.ReconciliationRow;
import io.orderhub.reconcile.io.ReportCsv;
import io.orderhub.reconcile.io.ReportJson;
import io.orderhub.reconcile.sample.DayGenerator;
import io.orderhub.reconcile.sample.GeneratedDay;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing the rows of a reconciliation report, held in memory, to a stream that only counts the
 * bytes (so the disk is not measured), per row, for a generated day of {@value #ROWS} orders with
 * 2 % planted discrepancies:
 *
 * <ul>
 *   <li>{@link #reportJson}: {@link ReportJson.Writer}, the report's streaming writer (names encoded
 *       once, amounts formatted without intermediate strings);
 *   <li>{@link #databind}: the alternative a user would write: Jackson databind serialising the same
 *       {@link ReconciliationRow} records through a {@link SequenceWriter} (records as objects, money
 *       as {@code {"amount":12.50,"currency":"CNY"}}, durations as ISO text);
 *   <li>{@link #reportCsv}: {@link ReportCsv}, the spreadsheet form.
 * </ul>
 *
 * <p>Bytes per row differ a little (databind writes amounts as numbers and leaves out the derived
 * {@code reasons} and {@code discrepancyAmount}), and databind's amounts come from the string each
 * {@code BigDecimal} caches on its first {@code toString}, which writing the same rows every
 * invocation keeps warm; both favour databind.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 3) // an invocation writes 100,000 rows; C2 settles late
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportWriterBenchmark {
  static final int ROWS = 100_000;

  private List<ReconciliationRow> rows;
  private ReconciliationReport report;
  private ObjectMapper mapper;

  @Setup
  public void reconcileADay() {
    ReconcilerConfig config = ReconcilerConfig.ofDefaults();
    GeneratedDay day = DayGenerator.of(config, 42, Instant.parse("2026-11-11T00:00:00Z")).day(ROWS, 0.02);
    report = Reconciler.of(config).reconcile(day.payments(), day.settlements(), day.shipments());
    rows = report.rows();
    mapper = JsonMapper.builder()
        .addModule(new SimpleModule().addSerializer(Duration.class, ToStringSerializer.instance))
        .build();
  }

  /** The report's own streaming JSON writer. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long reportJson() {
    CountingStream bytes = new CountingStream();
    ReportJson.Writer json = ReportJson.open(new BufferedOutputStream(bytes, 1 << 16));
    rows.forEach(json);
    json.finish(report.summary(), List.of());
    return bytes.count;
  }

  /** Jackson databind writing the same rows as records. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long databind() throws IOException {
    CountingStream bytes = new CountingStream();
    try (SequenceWriter w = mapper.writer().writeValuesAsArray(new BufferedOutputStream(bytes, 1 << 16))) {
      for (ReconciliationRow row : rows) {
        w.write(row);
      }
    }
    return bytes.count;
  }

  /** The CSV report of the same rows. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long reportCsv() {
    CountingStream bytes = new CountingStream();
    try (ReportCsv csv = ReportCsv.open(
        new OutputStreamWriter(new BufferedOutputStream(bytes, 1 << 16), StandardCharsets.UTF_8))) {
      rows.forEach(csv);
    }
    return bytes.count;
  }

  /** Counts what is written and keeps nothing. */
  static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
