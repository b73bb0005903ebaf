package io.orderhub.reconcile.io;

import io.orderhub.core.internal.Checks;
import io.orderhub.reconcile.Payment;
import io.orderhub.reconcile.Reconciler;
import io.orderhub.reconcile.ReconciliationRow;
import io.orderhub.reconcile.ReconciliationSummary;
import io.orderhub.reconcile.Settlement;
import io.orderhub.reconcile.Shipment;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reconciles three bill files in one pass each: every reader streams its rows into one {@link
 * Reconciler.Session}, then the rows go to {@code sink} as they are classified. What a command line
 * or a batch job runs.
 *
 * <pre>{@code
 * FileReconciliation.Result r = FileReconciliation.run(Reconciler.ofDefaults(),
 *     BillReaders.wechatPayments(Money.CNY), Path.of("wechat.csv"),
 *     BillReaders.canonicalSettlements(Money.CNY, Partitions.CHINA), Path.of("settlements.csv"),
 *     BillReaders.canonicalShipments(Money.CNY, Partitions.CHINA), Path.of("shipments.csv"),
 *     row -> {});
 * }</pre>
 */
public final class FileReconciliation {
  private FileReconciliation() {}

  /**
   * The outcome of a run.
   *
   * @param summary the reconciliation's totals
   * @param inputs what reading each file did, payments first
   */
  public record Result(ReconciliationSummary summary, List<ReadResult> inputs) {
    /** Copies the inputs. */
    public Result {
      Checks.requireNonNull(summary, "summary");
      inputs = List.copyOf(inputs);
    }

    /** Malformed rows over all files. */
    public long problemCount() {
      return inputs.stream().mapToLong(ReadResult::problemCount).sum();
    }
  }

  /**
   * Reads the three files and reconciles them.
   *
   * @throws UnreadableBillException when a file cannot be read at all
   */
  public static Result run(Reconciler reconciler,
      BillReader<Payment> paymentReader, Path payments,
      BillReader<Settlement> settlementReader, Path settlements,
      BillReader<Shipment> shipmentReader, Path shipments,
      Consumer<? super ReconciliationRow> sink) {
    Checks.requireNonNull(reconciler, "reconciler");
    Checks.requireNonNull(sink, "sink");
    Reconciler.Session session = reconciler.newSession();
    ReadResult p = paymentReader.read(payments, session::accept);
    ReadResult s = settlementReader.read(settlements, session::accept);
    ReadResult h = shipmentReader.read(shipments, session::accept);
    ReconciliationSummary summary = session.finish(sink);
    return new Result(summary, List.of(p, s, h));
  }
}
