package io.orderhub.reconcile.io;

import io.orderhub.core.internal.Checks;
import io.orderhub.reconcile.Payment;
import io.orderhub.reconcile.Reconciler;
import io.orderhub.reconcile.ReconcilerConfig;
import io.orderhub.reconcile.ReconciliationRow;
import io.orderhub.reconcile.ReconciliationSummary;
import io.orderhub.reconcile.Settlement;
import io.orderhub.reconcile.Shipment;
import io.orderhub.core.OrderHubException;
import io.orderhub.reconcile.internal.HashReconciler;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reconciles three bill files in one pass each: every reader streams its rows into one {@link
 * Reconciler.Session}, then the rows go to {@code sink} as they are classified. What a command line
 * or a batch job runs.
 *
 * <p>With an {@link ReconcilerConfig#executor() executor} configured, the files are parsed in a task
 * on it and handed to the calling thread in batches of {@value #BATCH} rows (a few batches ahead at
 * most), which adds them to the session meanwhile: matching then costs little more wall time than
 * reading. Results, problems and exceptions are the same either way; a row in the wrong currency is
 * still reported as a problem on its line. An executor that refuses the task, or runs it on the
 * calling thread, leaves everything to the calling thread.
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
  /** Rows per batch handed from the parsing task to the calling thread. */
  static final int BATCH = 1024;
  /** Batches the parsing task may be ahead. */
  private static final int AHEAD = 16;

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
    Optional<Executor> executor = reconciler.config().executor();
    @Nullable List<ReadResult> inputs = executor.isEmpty() ? null : readInTask(executor.get(),
        reconciler.config().currency(), session, paymentReader, payments, settlementReader, settlements,
        shipmentReader, shipments);
    if (inputs == null) {
      inputs = readAll(session, paymentReader, payments, settlementReader, settlements, shipmentReader, shipments);
    }
    ReconciliationSummary summary = session.finish(sink);
    return new Result(summary, inputs);
  }

  /**
   * Parses the files in a task on {@code executor} while this thread adds the rows to {@code
   * session}; null, with nothing read, when the executor refuses the task or runs it on this thread.
   */
  private static @Nullable List<ReadResult> readInTask(Executor executor, Currency currency,
      Reconciler.Session session,
      BillReader<Payment> paymentReader, Path payments,
      BillReader<Settlement> settlementReader, Path settlements,
      BillReader<Shipment> shipmentReader, Path shipments) {
    Pipeline pipeline = new Pipeline();
    Thread caller = Thread.currentThread();
    boolean[] inline = new boolean[1];
    Runnable parse = () -> {
      if (Thread.currentThread() == caller) { // a direct executor: parsing ahead here would wait forever
        inline[0] = true;
        return;
      }
      pipeline.produce(() -> {
        Pipeline.Batcher<Payment> p = pipeline.batcher(Pipeline.PAYMENT,
            x -> HashReconciler.requireCurrency(x.amount(), currency, "payment ", x.paymentId()));
        Pipeline.Batcher<Settlement> s = pipeline.batcher(Pipeline.SETTLEMENT,
            x -> HashReconciler.requireCurrency(x.gross(), currency, "settlement ", x.settlementId()));
        Pipeline.Batcher<Shipment> h = pipeline.batcher(Pipeline.SHIPMENT,
            x -> HashReconciler.requireCurrency(x.amount(), currency, "shipment ", x.shipmentId()));
        ReadResult pr = paymentReader.read(payments, p);
        p.flush();
        ReadResult sr = settlementReader.read(settlements, s);
        s.flush();
        ReadResult hr = shipmentReader.read(shipments, h);
        h.flush();
        return List.of(pr, sr, hr);
      });
    };
    try {
      executor.execute(parse);
    } catch (RejectedExecutionException e) {
      return null;
    }
    return inline[0] ? null : pipeline.consume(session);
  }

  private static List<ReadResult> readAll(Reconciler.Session session,
      BillReader<Payment> paymentReader, Path payments,
      BillReader<Settlement> settlementReader, Path settlements,
      BillReader<Shipment> shipmentReader, Path shipments) {
    ReadResult p = paymentReader.read(payments, session::accept);
    ReadResult s = settlementReader.read(settlements, session::accept);
    ReadResult h = shipmentReader.read(shipments, session::accept);
    return List.of(p, s, h);
  }

  /**
   * Rows parsed in one task and added to the session on the calling thread: batches of one kind,
   * then the read results, or what the task threw.
   */
  private static final class Pipeline {
    static final int PAYMENT = 0;
    static final int SETTLEMENT = 1;
    static final int SHIPMENT = 2;

    private record Batch(int kind, Object[] rows, int size) {}

    private record Done(List<ReadResult> inputs) {}

    /** Thrown in the task to unwind it once the calling thread has stopped taking batches. */
    private static final class Stopped extends RuntimeException {
      Stopped() {
        super(null, null, false, false);
      }
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private volatile boolean stopped;

    /** A sink that checks each row with {@code check} (in the reader, so a problem names its line) and batches it. */
    <T> Batcher<T> batcher(int kind, Consumer<T> check) {
      return new Batcher<>(this, kind, check);
    }

    /** Batches rows of one kind for the calling thread. */
    static final class Batcher<T> implements Consumer<T> {
      private final Pipeline pipeline;
      private final int kind;
      private final Consumer<T> check;
      private Object[] rows = new Object[BATCH];
      private int size;

      Batcher(Pipeline pipeline, int kind, Consumer<T> check) {
        this.pipeline = pipeline;
        this.kind = kind;
        this.check = check;
      }

      @Override
      public void accept(T row) {
        check.accept(row);
        rows[size++] = row;
        if (size == BATCH) {
          flush();
        }
      }

      /** Hands the rows batched so far to the calling thread (when full, and at the end of a file). */
      void flush() {
        if (size > 0) {
          pipeline.put(new Batch(kind, rows, size));
          rows = new Object[BATCH];
          size = 0;
        }
      }
    }

    /** Runs the readers in the task and hands their results, or what they threw, to the calling thread. */
    void produce(Supplier<List<ReadResult>> readAll) {
      try {
        put(new Done(readAll.get()));
      } catch (Stopped e) {
        // the calling thread has gone; nothing waits for the rest
      } catch (RuntimeException | Error e) {
        try {
          put(e);
        } catch (Stopped ignored) {
          // nothing waits for it either
        }
      }
    }

    private void put(Object o) {
      try {
        while (!queue.offer(o, 50, TimeUnit.MILLISECONDS)) {
          if (stopped) {
            throw new Stopped();
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Stopped();
      }
    }

    /** Adds the batches to {@code session} as they come; returns the read results or rethrows what the task threw. */
    List<ReadResult> consume(Reconciler.Session session) {
      try {
        while (true) {
          Object o = queue.take();
          if (o instanceof Batch b) {
            add(session, b);
          } else if (o instanceof Done d) {
            return d.inputs();
          } else if (o instanceof RuntimeException e) {
            throw e;
          } else {
            throw (Error) o;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new OrderHubException("interrupted while reading the bill files", e);
      } finally {
        stopped = true;
      }
    }

    private static void add(Reconciler.Session session, Batch b) {
      Object[] rows = b.rows();
      switch (b.kind()) {
        case PAYMENT -> {
          for (int i = 0; i < b.size(); i++) {
            session.accept((Payment) rows[i]);
          }
        }
        case SETTLEMENT -> {
          for (int i = 0; i < b.size(); i++) {
            session.accept((Settlement) rows[i]);
          }
        }
        default -> {
          for (int i = 0; i < b.size(); i++) {
            session.accept((Shipment) rows[i]);
          }
        }
      }
    }
  }
}
