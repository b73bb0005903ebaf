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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A hash join on the group key: each row is appended to its group's compact state in O(1), and
 * {@link Session#finish} sorts the keys once and classifies each group with {@link Classifier}.
 * Linear in the rows (plus one sort of the keys); never compares a row with another order's rows.
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

  private static final class HashSession implements Session {
    private final ReconcilerConfig config;
    private final Classifier classifier;
    private final Totals totals;
    private final long longestAfter;
    private final long longestWindow;
    private HashMap<String, Group> groups = new HashMap<>(1 << 12);
    private boolean finished;
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
      requireCurrency(p.amount(), "payment " + p.paymentId());
      if (owns(p.group())) {
        paymentRows++;
        Group g = group(p.group());
        g.add(new Group.Entry(Group.Entry.PAYMENT, p.paymentId(), g.shared(p.orderNo()),
            p.amount().toMinorUnits(), p.fee().toMinorUnits(), 0, 0, p.paidAt().toEpochMilli()));
      }
    }

    @Override
    public void accept(Settlement s) {
      Checks.requireNonNull(s, "settlement");
      requireCurrency(s.gross(), "settlement " + s.settlementId());
      if (owns(s.group())) {
        settlementRows++;
        Group g = group(s.group());
        g.add(new Group.Entry(Group.Entry.SETTLEMENT, s.settlementId(), g.shared(s.orderNo()),
            s.gross().toMinorUnits(), s.commission().toMinorUnits(), s.freightAdjustment().toMinorUnits(),
            s.net().toMinorUnits(), s.settledAt().toEpochMilli()));
      }
    }

    @Override
    public void accept(Shipment h) {
      Checks.requireNonNull(h, "shipment");
      requireCurrency(h.amount(), "shipment " + h.shipmentId());
      if (owns(h.group())) {
        shipmentRows++;
        Group g = group(h.group());
        g.add(new Group.Entry(Group.Entry.SHIPMENT, h.shipmentId(), g.shared(h.orderNo()),
            h.amount().toMinorUnits(), 0, 0, 0, h.shippedAt().toEpochMilli()));
      }
    }

    @Override
    public long openOrders() {
      return groups.size();
    }

    @Override
    public long closeUntil(Instant watermark, Consumer<? super ReconciliationRow> sink) {
      Checks.requireNonNull(watermark, "watermark");
      Checks.requireNonNull(sink, "sink");
      requireOpen();
      long w = watermark.toEpochMilli();
      List<Group> closed = new ArrayList<>();
      for (Iterator<Group> it = groups.values().iterator(); it.hasNext(); ) {
        Group g = it.next();
        if (deadline(g) < w) {
          closed.add(g);
          it.remove();
        }
      }
      emit(closed.toArray(new Group[0]), sink);
      return closed.size();
    }

    @Override
    public ReconciliationSummary finish(Consumer<? super ReconciliationRow> sink) {
      Checks.requireNonNull(sink, "sink");
      requireOpen();
      finished = true;
      Group[] all = groups.values().toArray(new Group[0]);
      groups = new HashMap<>();
      emit(all, sink);
      return totals.summary(paymentRows, settlementRows, shipmentRows, otherPartition);
    }

    /** Sorts by key, classifies and hands out; each group is let go as soon as its row is out. */
    private void emit(Group[] batch, Consumer<? super ReconciliationRow> sink) {
      Arrays.sort(batch, Comparator.comparing(g -> g.key));
      for (int i = 0; i < batch.length; i++) {
        ReconciliationRow row = classifier.classify(batch[i], totals.sums);
        batch[i] = null;
        totals.add(row);
        sink.accept(row);
      }
    }

    /** The last moment a row could still arrive and match this group (see {@link Session#closeUntil}). */
    private long deadline(Group g) {
      long firstSale = Long.MAX_VALUE;
      long latest = Long.MIN_VALUE;
      for (Group.Entry e = g.head; e != null; e = e.next) {
        if (e.kind == Group.Entry.PAYMENT && e.a >= 0) {
          firstSale = Math.min(firstSale, e.millis);
        }
        latest = Math.max(latest, e.millis);
      }
      return firstSale != Long.MAX_VALUE ? firstSale + longestAfter : latest + longestWindow;
    }

    private boolean owns(String key) {
      requireOpen();
      if (config.partitionCount() > 1
          && Math.floorMod(key.hashCode(), config.partitionCount()) != config.partitionIndex()) {
        otherPartition++;
        return false;
      }
      return true;
    }

    private Group group(String key) {
      Group g = groups.get(key);
      if (g == null) {
        g = new Group(key);
        groups.put(key, g);
      }
      return g;
    }

    private void requireCurrency(Money amount, String what) {
      if (!amount.currency().equals(config.currency())) {
        throw new InvalidValueException("currency", amount.currency(),
            "of " + what + " is not the reconciliation currency " + config.currency());
      }
    }

    private void requireOpen() {
      if (finished) {
        throw new OrderHubException("this reconciliation session is finished; start a new one");
      }
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
