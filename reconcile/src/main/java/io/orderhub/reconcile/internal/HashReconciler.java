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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A hash join on the group key: each row is appended to its group in a {@link GroupStore} (flat
 * arrays, no object per row) in O(1), and {@link Session#finish} sorts the keys once (a radix sort
 * of their prefixes), lays the rows out group by group (a counting sort) and classifies each group
 * with {@link Classifier}, block by block. Linear in the rows (plus the sort of the keys); never
 * compares a row with another order's rows.
 * Not API: use {@link Reconciler#of}.
 */
public final class HashReconciler implements Reconciler {
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
    BigDecimal x = m.amount();
    return x.movePointRight(x.scale()).longValueExact();
  }

  private static final class HashSession implements Session {
    /** Reclaim closed groups' rows once there are more of them than this and than open ones. */
    private static final int COMPACT_AFTER_ROWS = 1 << 14;

    private final ReconcilerConfig config;
    private final Classifier classifier;
    private final GroupStore.Block block = new GroupStore.Block();
    private final Totals totals;
    private final long longestAfter;
    private final long longestWindow;
    private @Nullable GroupStore store = new GroupStore(1 << 10, 1 << 11);
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
      if (s == null) {
        return 0;
      }
      s.resolve();
      return s.openCount();
    }

    @Override
    public long closeUntil(Instant watermark, Consumer<? super ReconciliationRow> sink) {
      Checks.requireNonNull(watermark, "watermark");
      Checks.requireNonNull(sink, "sink");
      GroupStore s = open();
      s.resolve();
      long w = watermark.toEpochMilli();
      long[] deadlines = deadlines(s);
      int[] closed = new int[s.openCount()];
      int n = 0;
      for (int g = 0; g < s.groupCount(); g++) {
        if (s.isOpen(g) && deadlines[g] < w) {
          closed[n++] = g;
        }
      }
      try {
        emit(s, closed, n, sink);
      } finally {
        if (s.rowCount() > COMPACT_AFTER_ROWS && s.groupCount() - s.openCount() > s.openCount()) {
          store = s.compact();
        } else if (n > 0) {
          s.forgetClosed();
        }
      }
      return n;
    }

    @Override
    public ReconciliationSummary finish(Consumer<? super ReconciliationRow> sink) {
      Checks.requireNonNull(sink, "sink");
      GroupStore s = open();
      store = null;
      s.resolve();
      int[] all = new int[s.openCount()];
      int n = 0;
      for (int g = 0; g < s.groupCount(); g++) {
        if (s.isOpen(g)) {
          all[n++] = g;
        }
      }
      emit(s, all, n, sink);
      return totals.summary(paymentRows, settlementRows, shipmentRows, otherPartition);
    }

    /** Sorts by key, lays the rows out by group, classifies block by block, closes and hands out. */
    private void emit(GroupStore s, int[] batch, int n, Consumer<? super ReconciliationRow> sink) {
      if (n == 0) {
        return;
      }
      GroupStore.Prefixes prefixes = s.sortByKey(batch, n);
      GroupStore.RowOrder rows = s.rowsOf(batch, n);
      GroupStore.Block b = block;
      for (int k0 = 0; k0 < n; k0 += GroupStore.Block.GROUPS) {
        int k1 = Math.min(n, k0 + GroupStore.Block.GROUPS);
        b.fill(s, batch, prefixes, rows, k0, k1);
        for (int i = 0; i < k1 - k0; i++) {
          ReconciliationRow row = classifier.classify(b, i, totals.sums);
          s.close(batch[k0 + i]);
          totals.add(row);
          sink.accept(row);
        }
      }
    }

    /**
     * Per group, the last moment a row could still arrive and match it (see {@link
     * Session#closeUntil}); meaningful for open groups only.
     */
    private long[] deadlines(GroupStore s) {
      int groups = s.groupCount();
      long[] firstSale = new long[groups];
      long[] latest = new long[groups];
      Arrays.fill(firstSale, Long.MAX_VALUE);
      Arrays.fill(latest, Long.MIN_VALUE);
      for (int r = 0; r < s.rowCount(); r++) {
        int g = s.groupOf(r);
        if (s.kind(r) == GroupStore.PAYMENT && s.a(r) >= 0) {
          firstSale[g] = Math.min(firstSale[g], s.millis(r));
        }
        latest[g] = Math.max(latest[g], s.millis(r));
      }
      for (int g = 0; g < groups; g++) {
        firstSale[g] = firstSale[g] != Long.MAX_VALUE ? firstSale[g] + longestAfter : latest[g] + longestWindow;
      }
      return firstSale;
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
      if (!amount.currency().equals(config.currency())) {
        throw new InvalidValueException("currency", amount.currency(),
            "of " + what + id + " is not the reconciliation currency " + config.currency());
      }
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
