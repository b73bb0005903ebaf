package io.orderhub.reconcile;

import io.orderhub.core.internal.Checks;
import io.orderhub.reconcile.internal.HashReconciler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The three-way matcher. Immutable and thread-safe; each run uses its own {@link Session}.
 *
 * <pre>{@code
 * Reconciler reconciler = Reconciler.of(ReconcilerConfig.custom()
 *     .window(Source.SHIPMENT, new TimeWindow(Duration.ZERO, Duration.ofHours(48)))
 *     .build());
 * ReconciliationReport report = reconciler.reconcile(payments, settlements, shipments);
 * }</pre>
 */
public interface Reconciler {

  /** A reconciler with {@code config}. */
  static Reconciler of(ReconcilerConfig config) {
    Checks.requireNonNull(config, "config");
    return new HashReconciler(config);
  }

  /** A reconciler with {@link ReconcilerConfig#ofDefaults()}. */
  static Reconciler ofDefaults() {
    return of(ReconcilerConfig.ofDefaults());
  }

  /** The settings. */
  ReconcilerConfig config();

  /** A new, empty run. */
  Session newSession();

  /** Reconciles rows held in memory. */
  default ReconciliationReport reconcile(
      Iterable<Payment> payments, Iterable<Settlement> settlements, Iterable<Shipment> shipments) {
    Session session = newSession();
    payments.forEach(session::accept);
    settlements.forEach(session::accept);
    shipments.forEach(session::accept);
    return session.finish();
  }

  /**
   * One run: rows go in in any order and from any source, one small compact state per order (or
   * group) is kept, and {@link #finish(Consumer)} classifies every order and hands the rows out one
   * by one, sorted by order key. Not thread-safe; run one session per partition to use more cores.
   */
  interface Session {
    /**
     * Adds a payment row.
     *
     * @throws io.orderhub.core.InvalidValueException when not in the configured currency, or an
     *     amount has more than 15 digits in minor units (above 9,999,999,999,999.99 yuan)
     */
    void accept(Payment payment);

    /**
     * Adds a settlement row.
     *
     * @throws io.orderhub.core.InvalidValueException when not in the configured currency, or an
     *     amount has more than 15 digits in minor units (above 9,999,999,999,999.99 yuan)
     */
    void accept(Settlement settlement);

    /**
     * Adds a shipment row.
     *
     * @throws io.orderhub.core.InvalidValueException when not in the configured currency, or an
     *     amount has more than 15 digits in minor units (above 9,999,999,999,999.99 yuan)
     */
    void accept(Shipment shipment);

    /** Orders (or groups) held open. */
    long openOrders();

    /**
     * For rows that arrive roughly in time order from all three sources at once (a stream rather
     * than three files): classifies and hands out, in key order, every open order that no row on or
     * after {@code watermark} could still match, i.e. whose first sale payment plus the longest
     * {@link TimeWindow#after()} (or, without a payment, whose latest row plus the longest window)
     * is before the watermark. Memory then stays bounded by the orders open within the windows. A
     * row arriving after its order closed starts a new order (a refund a day later is then reported
     * on its own, as {@link Reason#REFUND_UNMATCHED} or matched with its reversal). Scans the open
     * orders: call it every few thousand rows, not for every row.
     *
     * @return how many orders were closed
     */
    long closeUntil(Instant watermark, Consumer<? super ReconciliationRow> sink);

    /**
     * Classifies every order still open, hands each row to {@code sink} in order-key order and returns the
     * summary of the whole session (including orders closed earlier). The session's memory is released as rows go out; it cannot be used afterwards.
     *
     * @throws io.orderhub.core.OrderHubException naming the order when an order's amounts, or the
     *     day's totals, sum beyond what a {@code long} of minor units holds (thousands of rows near
     *     the largest amount): split such a day into partitions
     */
    ReconciliationSummary finish(Consumer<? super ReconciliationRow> sink);

    /** {@link #finish(Consumer)} collecting every row into a report. */
    default ReconciliationReport finish() {
      List<ReconciliationRow> rows = new ArrayList<>();
      ReconciliationSummary summary = finish(rows::add);
      return new ReconciliationReport(summary, rows);
    }
  }
}
