package io.orderhub.reconcile.internal;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import io.orderhub.core.OrderHubException;
import io.orderhub.core.internal.Checks;
import io.orderhub.reconcile.Finding;
import io.orderhub.reconcile.Payment;
import io.orderhub.reconcile.Reason;
import io.orderhub.reconcile.ReasonTotal;
import io.orderhub.reconcile.ReconcilerConfig;
import io.orderhub.reconcile.Reconciler;
import io.orderhub.reconcile.ReconciliationRow;
import io.orderhub.reconcile.ReconciliationSummary;
import io.orderhub.reconcile.Settlement;
import io.orderhub.reconcile.Shipment;
import io.orderhub.reconcile.Source;
import io.orderhub.reconcile.TimeWindow;
import io.orderhub.reconcile.SideAmounts;
import io.orderhub.reconcile.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A hash join on the group key, one range of keys at a time: each row is appended to a {@link
 * GroupStore} (flat arrays, no object per row) in O(1), and {@link Session#finish} splits the rows
 * into ranges of a few thousand, in key order, then groups each range's rows in a hash table,
 * sorts its keys, lays its rows out group by group (a counting sort) and classifies each group with
 * {@link Classifier}. Linear in the rows (plus the sorts of each range's keys); never compares a row
 * with another order's rows.
 * Not API: use {@link Reconciler#of}.
 */
public final class HashReconciler implements Reconciler {
  /**
   * The most digits, in minor units, an amount a reconciliation sums may have: 15, so 9,999,999,999,999.99
   * yuan a row, and sums of thousands of such rows still fit the {@code long}s they are kept in.
   */
  public static final int MAX_DIGITS = 15;

  private final ReconcilerConfig config;

  public HashReconciler(ReconcilerConfig config) {
    this.config = Checks.requireNonNull(config, "config");
  }

  @Override
  public ReconcilerConfig config() {
    return config;
  }

  @Override
  public Session newSession() {
    return new HashSession(config);
  }

  @Override
  public String toString() {
    return "HashReconciler{" + config + "}";
  }

  /**
   * {@link Money#toMinorUnits()} without its BigInteger: {@code Money} holds the currency's scale,
   * so moving the point by the scale gives a scale-0 BigDecimal whose compact long value is the
   * exact number of minor units (and {@code longValueExact} still throws past a long).
   */
  static long minor(Money m) {
    requireSummable(m);
    BigDecimal x = m.amount();
    return x.movePointRight(x.scale()).longValueExact();
  }

  /**
   * Rejects an amount of more than {@link #MAX_DIGITS} digits in minor units (what a session's
   * {@code accept} does; file readers check it first, so that the row's line is reported).
   *
   * @throws InvalidValueException naming the amount and the largest one accepted
   */
  public static void requireSummable(Money amount) {
    if (amount.amount().precision() > MAX_DIGITS) {
      throw new InvalidValueException("amount", amount.toPlainString(),
          "is beyond the largest amount a reconciliation sums, "
              + Money.ofMinor(999_999_999_999_999L, amount.currency()).toPlainString());
    }
  }

  /**
   * Rejects a row not in the reconciliation's currency (what a session's {@code accept} does; file
   * readers that hand rows to another thread check it first, so that the row's line is reported).
   *
   * @param what the row's kind and a space, e.g. {@code "payment "}
   * @throws InvalidValueException naming the currency, the row and the reconciliation currency
   */
  public static void requireCurrency(Money amount, java.util.Currency currency, String what, String id) {
    if (!amount.currency().equals(currency)) {
      throw new InvalidValueException("currency", amount.currency(),
          "of " + what + id + " is not the reconciliation currency " + currency);
    }
  }

  private static final class HashSession implements Session {
    private final ReconcilerConfig config;
    private final Classifier classifier;
    private final GroupStore.Block block = new GroupStore.Block();
    private final Totals totals;
    private final long longestAfter;
    private final long longestWindow;
    private @Nullable GroupStore store = new GroupStore();
    private long paymentRows;
    private long settlementRows;
    private long shipmentRows;
    private long otherPartition;

    HashSession(ReconcilerConfig config) {
      this.config = config;
      this.classifier = new Classifier(config);
      this.totals = new Totals(config);
      TimeWindow settlement = config.window(Source.SETTLEMENT);
      TimeWindow shipment = config.window(Source.SHIPMENT);
      this.longestAfter = Math.max(settlement.after().toMillis(), shipment.after().toMillis());
      this.longestWindow = Math.max(longestAfter, Math.max(settlement.before().toMillis(), shipment.before().toMillis()));
    }

    @Override
    public void accept(Payment p) {
      Checks.requireNonNull(p, "payment");
      requireCurrency(p.amount(), "payment ", p.paymentId());
      GroupStore s = open();
      String key = p.group();
      if (owns(key)) {
        paymentRows++;
        s.add(key, GroupStore.PAYMENT, p.paymentId(), p.orderNo(), isKey(p.orderNo(), key),
            minor(p.amount()), minor(p.fee()), 0, 0, p.paidAt().toEpochMilli());
      }
    }

    @Override
    public void accept(Settlement t) {
      Checks.requireNonNull(t, "settlement");
      requireCurrency(t.gross(), "settlement ", t.settlementId());
      GroupStore s = open();
      String key = t.group();
      if (owns(key)) {
        settlementRows++;
        s.add(key, GroupStore.SETTLEMENT, t.settlementId(), t.orderNo(), isKey(t.orderNo(), key),
            minor(t.gross()), minor(t.commission()), minor(t.freightAdjustment()), minor(t.net()),
            t.settledAt().toEpochMilli());
      }
    }

    @Override
    public void accept(Shipment h) {
      Checks.requireNonNull(h, "shipment");
      requireCurrency(h.amount(), "shipment ", h.shipmentId());
      GroupStore s = open();
      String key = h.group();
      if (owns(key)) {
        shipmentRows++;
        s.add(key, GroupStore.SHIPMENT, h.shipmentId(), h.orderNo(), isKey(h.orderNo(), key),
            minor(h.amount()), 0, 0, 0, h.shippedAt().toEpochMilli());
      }
    }

    @Override
    public long openOrders() {
      GroupStore s = store;
      return s == null ? 0 : s.openCount();
    }

    @Override
    public long closeUntil(Instant watermark, Consumer<? super ReconciliationRow> sink) {
      Checks.requireNonNull(watermark, "watermark");
      Checks.requireNonNull(sink, "sink");
      GroupStore s = open();
      long w = watermark.toEpochMilli();
      long after = longestAfter;
      long window = longestWindow;
      try {
        return s.handOut((firstSale, latest) -> (firstSale != Long.MAX_VALUE ? firstSale + after : latest + window) < w,
            block, (b, i) -> emit(b, i, sink));
      } finally {
        s.dropHandedOut();
      }
    }

    @Override
    public ReconciliationSummary finish(Consumer<? super ReconciliationRow> sink) {
      Checks.requireNonNull(sink, "sink");
      GroupStore s = open();
      store = null;
      GroupStore.GroupSink emit = (b, i) -> emit(b, i, sink);
      Executor executor = config.executor().orElse(null);
      if (executor == null || s.rowCount() <= GroupStore.PARTITION_ROWS) {
        s.handOut(GroupStore.GroupFilter.ALL, block, emit);
      } else {
        s.handOutAll(executor, block, emit);
      }
      return totals.summary(paymentRows, settlementRows, shipmentRows, otherPartition);
    }

    /** Classifies group {@code i} of {@code b} and hands its row out. */
    private void emit(GroupStore.Block b, int i, Consumer<? super ReconciliationRow> sink) {
      ReconciliationRow row;
      try {
        row = classifier.classify(b, i, totals.sums);
        totals.add(row);
      } catch (ArithmeticException e) { // Math.addExact: thousands of rows near the largest amount
        throw new OrderHubException("the amounts of " + b.key(i) + " (or the day's totals up to it) sum beyond "
            + "what a reconciliation holds, " + Money.ofMinor(Long.MAX_VALUE, config.currency()).toPlainString()
            + ": split the rows into partitions", e);
      }
      b.close(i);
      sink.accept(row);
    }

    private boolean owns(String key) {
      if (config.partitionCount() > 1
          && Math.floorMod(key.hashCode(), config.partitionCount()) != config.partitionIndex()) {
        otherPartition++;
        return false;
      }
      return true;
    }

    private void requireCurrency(Money amount, String what, String id) {
      HashReconciler.requireCurrency(amount, config.currency(), what, id);
    }

    private GroupStore open() {
      GroupStore s = store;
      if (s == null) {
        throw new OrderHubException("this reconciliation session is finished; start a new one");
      }
      return s;
    }

    /** Whether a row's order number is its group key (the readers hand out the same instance then). */
    private static boolean isKey(String orderNo, String key) {
      return orderNo == key || orderNo.equals(key);
    }
  }

  /** Running totals of the rows handed out. */
  private static final class Totals {
    private final ReconcilerConfig config;
    private final long[][] byReason = new long[Reason.values().length][];
    final long[] sums = new long[8];
    private long orders;
    private long matched;

    Totals(ReconcilerConfig config) {
      this.config = config;
    }

    void add(ReconciliationRow row) {
      orders++;
      if (row.status() == Status.MATCHED) {
        matched++;
        return;
      }
      @Nullable Reason last = null;
      for (Finding f : row.findings()) { // sorted by reason: count each reason once per row
        long[] t = byReason[f.reason().ordinal()];
        if (t == null) {
          t = new long[2];
          byReason[f.reason().ordinal()] = t;
        }
        if (f.reason() != last) {
          t[0]++;
          last = f.reason();
        }
        t[1] = Math.addExact(t[1], f.amountAtStake().toMinorUnits());
      }
    }

    ReconciliationSummary summary(long payments, long settlements, long shipments, long other) {
      Map<Reason, ReasonTotal> reasons = new EnumMap<>(Reason.class);
      for (Reason r : Reason.values()) {
        long[] t = byReason[r.ordinal()];
        if (t != null) {
          reasons.put(r, new ReasonTotal(t[0], money(t[1])));
        }
      }
      SideAmounts totals = new SideAmounts(money(sums[0]), money(sums[1]), money(sums[2]), money(sums[3]),
          money(sums[4]), money(sums[5]), money(sums[6]), money(sums[7]));
      return new ReconciliationSummary(config.currency(), orders, matched, orders - matched, reasons, totals,
          payments, settlements, shipments, other);
    }

    private Money money(long minor) {
      return Money.ofMinor(minor, config.currency());
    }
  }
}
