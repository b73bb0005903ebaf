package io.orderhub.reconcile.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.Money;
import io.orderhub.reconcile.Partitions;
import io.orderhub.reconcile.Payment;
import io.orderhub.reconcile.Reconciler;
import io.orderhub.reconcile.ReconcilerConfig;
import io.orderhub.reconcile.ReconciliationRow;
import io.orderhub.reconcile.Settlement;
import io.orderhub.reconcile.Shipment;
import io.orderhub.reconcile.sample.DayGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Reading three files into a reconciliation, on the calling thread alone or with a second one. */
class FileReconciliationTest {
  private static final ReconcilerConfig ONE = ReconcilerConfig.ofDefaults();

  @TempDir Path dir;
  private Path payments;
  private Path settlements;
  private Path shipments;
  private ExecutorService executor;
  private long lastSettlementLine;

  @BeforeEach
  void writeDay() throws IOException {
    payments = dir.resolve("payments.csv");
    settlements = dir.resolve("settlements.csv");
    shipments = dir.resolve("shipments.csv");
    // thousands of rows per file (several batches and ranges of keys), a tenth of them discrepancies
    try (Writer pw = Files.newBufferedWriter(payments); Writer sw = Files.newBufferedWriter(settlements);
        Writer hw = Files.newBufferedWriter(shipments);
        CanonicalCsvWriter<Payment> p = CanonicalCsvWriter.payments(pw);
        CanonicalCsvWriter<Settlement> s = CanonicalCsvWriter.settlements(sw);
        CanonicalCsvWriter<Shipment> h = CanonicalCsvWriter.shipments(hw)) {
      DayGenerator.of(ONE, 7, Instant.parse("2026-11-10T16:00:00Z")).generate(4_000, 0.1, DayGenerator.Sink.of(p, s, h));
    }
    // and two malformed rows, which must be reported at their lines either way
    List<String> lines = new ArrayList<>(Files.readAllLines(settlements, StandardCharsets.UTF_8));
    lines.add(1500, "O-broken,S-broken,12.x,0,0,12.00,2026-11-11T01:00:00Z");
    lines.add("O-late,S-late,1.00,0,0,1.00,not a time");
    Files.write(settlements, lines, StandardCharsets.UTF_8);
    lastSettlementLine = lines.size();
    executor = Executors.newSingleThreadExecutor();
  }

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private record Run(FileReconciliation.Result result, List<ReconciliationRow> rows, Set<Thread> sinkThreads) {}

  private Run run(ReconcilerConfig config, Currency readersCurrency) {
    List<ReconciliationRow> rows = new ArrayList<>();
    Set<Thread> threads = new HashSet<>();
    FileReconciliation.Result result = FileReconciliation.run(Reconciler.of(config),
        BillReaders.canonicalPayments(readersCurrency, Partitions.CHINA), payments,
        BillReaders.canonicalSettlements(readersCurrency, Partitions.CHINA), settlements,
        BillReaders.canonicalShipments(readersCurrency, Partitions.CHINA), shipments, row -> {
          rows.add(row);
          threads.add(Thread.currentThread());
        });
    return new Run(result, rows, threads);
  }

  private ReconcilerConfig twoThreads(Executor e) {
    return ReconcilerConfig.from(ONE).executor(e).build();
  }

  @Test
  void aSecondThreadGivesTheSameResultRowsAndProblemsAndTheSinkRunsOnTheCallingThread() {
    Run one = run(ONE, Money.CNY);
    Run two = run(twoThreads(executor), Money.CNY);
    assertThat(one.result().inputs().get(1).problems()).extracting(ReadProblem::line)
        .containsExactly(1501L, lastSettlementLine);
    assertThat(two.result()).isEqualTo(one.result());
    assertThat(two.rows()).hasSize(4_000).isEqualTo(one.rows());
    assertThat(two.sinkThreads()).containsExactly(Thread.currentThread());
  }

  @Test
  void rowsInAnotherCurrencyAreProblemsOnTheirLinesWithASecondThreadToo() {
    Run one = run(ONE, Currency.getInstance("USD"));
    Run two = run(twoThreads(executor), Currency.getInstance("USD"));
    assertThat(two.result()).isEqualTo(one.result());
    ReadResult paid = two.result().inputs().get(0);
    assertThat(paid.records()).isZero();
    assertThat(paid.problems()).first().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message()).contains("is not the reconciliation currency CNY");
    });
    assertThat(two.rows()).isEmpty();
  }

  @Test
  void anUnreadableFileFailsTheRunOnTheCallingThreadAndTheTaskEnds() throws InterruptedException {
    shipments = dir.resolve("missing.csv");
    assertThatThrownBy(() -> run(twoThreads(executor), Money.CNY))
        .isInstanceOf(UnreadableBillException.class).hasMessageEndingWith("missing.csv: no such file");
    executor.shutdown();
    assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aSinkThatFailsFailsTheRunAndTheTaskEnds() throws InterruptedException {
    List<ReconciliationRow> seen = new ArrayList<>();
    assertThatThrownBy(() -> FileReconciliation.run(Reconciler.of(twoThreads(executor)),
        BillReaders.canonicalPayments(), payments,
        BillReaders.canonicalSettlements(Money.CNY, Partitions.CHINA), settlements,
        BillReaders.canonicalShipments(Money.CNY, Partitions.CHINA), shipments, row -> {
          if (seen.size() == 100) {
            throw new IllegalStateException("report disk full");
          }
          seen.add(row);
        })).isInstanceOf(IllegalStateException.class).hasMessage("report disk full");
    executor.shutdown();
    assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  @Timeout(60)
  void aDirectExecutorLeavesEverythingToTheCallingThreadInsteadOfWaitingForever() {
    // the task would run on the calling thread before it could take a single batch
    Run one = run(ONE, Money.CNY);
    Run direct = run(twoThreads(Runnable::run), Money.CNY);
    assertThat(direct.result()).isEqualTo(one.result());
    assertThat(direct.rows()).isEqualTo(one.rows());
  }

  @Test
  void anExecutorThatRefusesLeavesEverythingToTheCallingThread() {
    Run one = run(ONE, Money.CNY);
    Run refused = run(twoThreads(task -> {
      throw new RejectedExecutionException("shut down");
    }), Money.CNY);
    assertThat(refused.result()).isEqualTo(one.result());
    assertThat(refused.rows()).isEqualTo(one.rows());
  }
}
