package io.orderhub.reconcile.internal;

import io.orderhub.core.Money;
import io.orderhub.reconcile.Finding;
import io.orderhub.reconcile.Reason;
import io.orderhub.reconcile.ReconcilerConfig;
import io.orderhub.reconcile.ReconciliationRow;
import io.orderhub.reconcile.SideAmounts;
import io.orderhub.reconcile.Source;
import io.orderhub.reconcile.Status;
import io.orderhub.reconcile.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decides the {@link Status} and {@link Reason}s of one {@link GroupStore} group from the sums of its rows, in exact
 * minor units. The rules, where "paid" is the sum of the non-refund payments:
 *
 * <ul>
 *   <li>no payment row: {@code MISSING_PAYMENT};
 *   <li>payments but no settlement row: {@code MISSING_SETTLEMENT}, unless the payments net to zero
 *       and nothing shipped (paid and refunded before settlement);
 *   <li>payments netting above zero and no shipment row: {@code MISSING_SHIPMENT} (when required);
 *   <li>two or more distinct sale payment ids whose sum exceeds what the settlement (gross +
 *       freight adjustment), or without one the shipments, say was due: {@code DUPLICATE_PAYMENT};
 *       later checks then use that due amount as the paid amount;
 *   <li>refunds whose sum differs from the settlement reversals (rows with negative gross): {@code
 *       REFUND_UNMATCHED}; reversals without any refund: {@code AMOUNT_MISMATCH};
 *   <li>paid differs from the sales' gross + freight adjustment: {@code AMOUNT_MISMATCH} (settlement);
 *   <li>settlement net below gross - commission + freight with zero recorded commission: {@code
 *       COMMISSION_NOT_SYNCED}; any other net difference: {@code AMOUNT_MISMATCH} (settlement);
 *   <li>shipped equals neither paid nor paid net of refunds: {@code FREIGHT_ADJUSTMENT_MISSING} when
 *       shipped + the non-zero freight adjustment does, else {@code AMOUNT_MISMATCH} (shipment);
 *   <li>a side whose amounts matched but with a row outside its window around the first sale
 *       payment: {@code OUTSIDE_TIME_WINDOW} with the largest excess. Reversal rows are exempt:
 *       refunds are booked when they happen, often another day.
 * </ul>
 */
final class Classifier {
  private static final int RECENT = 4;
  private static final Comparator<Finding> BY_REASON_THEN_SIDE =
      Comparator.comparing(Finding::reason).thenComparing(Finding::side);

  private final ReconcilerConfig config;
  /** The windows' spans before and after the payment, in milliseconds: {@link TimeWindow#outsideByMillis} per row converts them every time. */
  private final long settlementBefore;
  private final long settlementAfter;
  private final long shipmentBefore;
  private final long shipmentAfter;
  private final Money zero;
  private final List<Finding> findings = new ArrayList<>(4);
  private final Strings saleIds = new Strings();
  private final Strings paymentIds = new Strings();
  private final Strings settlementIds = new Strings();
  private final Strings shipmentIds = new Strings();
  private final Strings orders = new Strings();
  /** The amounts {@link #m} made last, and the next slot to replace. */
  private final long[] recentMinor = new long[RECENT];
  private final @Nullable Money[] recentMoney = new Money[RECENT];
  private int nextRecent;

  Classifier(ReconcilerConfig config) {
    this.config = config;
    this.zero = config.zero();
    TimeWindow settlement = config.window(Source.SETTLEMENT);
    TimeWindow shipment = config.window(Source.SHIPMENT);
    this.settlementBefore = settlement.before().toMillis();
    this.settlementAfter = settlement.after().toMillis();
    this.shipmentBefore = shipment.before().toMillis();
    this.shipmentAfter = shipment.after().toMillis();
  }

  /**
   * Classifies group {@code g} of {@code store}; adds its sums to {@code totals} (paid, refunded,
   * fees, gross, commission, freight, net, shipped).
   */
  ReconciliationRow classify(GroupStore.Block store, int g, long[] totals) {
    long paid = 0;
    long refunded = 0;
    long fees = 0;
    long salesGross = 0;
    long salesFreight = 0;
    long reversals = 0;
    long gross = 0;
    long commission = 0;
    long freight = 0;
    long net = 0;
    long shipped = 0;
    int payments = 0;
    int settlements = 0;
    int shipments = 0;
    long firstSale = Long.MAX_VALUE;
    boolean keyIsAnOrder = false;
    saleIds.clear();
    paymentIds.clear();
    settlementIds.clear();
    shipmentIds.clear();
    orders.clear();
    for (int r = store.from(g), end = store.to(g); r < end; r++) {
      String order = store.order(r);
      if (order == null) {
        keyIsAnOrder = true;
      } else {
        orders.addDistinct(order); // only children of a merged order differ from the key
      }
      long a = store.a(r);
      switch (store.kind(r)) {
        case GroupStore.PAYMENT: {
          payments++;
          String id = store.id(r);
          paymentIds.add(id);
          fees = Math.addExact(fees, store.b(r));
          if (a < 0) {
            refunded = Math.addExact(refunded, a);
          } else {
            paid = Math.addExact(paid, a);
            saleIds.addDistinct(id);
            firstSale = Math.min(firstSale, store.millis(r));
          }
          break;
        }
        case GroupStore.SETTLEMENT:
          settlements++;
          settlementIds.add(store.id(r));
          gross = Math.addExact(gross, a);
          commission = Math.addExact(commission, store.b(r));
          freight = Math.addExact(freight, store.c(r));
          net = Math.addExact(net, store.d(r));
          if (a < 0) {
            reversals = Math.addExact(reversals, a);
          } else {
            salesGross = Math.addExact(salesGross, a);
            salesFreight = Math.addExact(salesFreight, store.c(r));
          }
          break;
        default:
          shipments++;
          shipmentIds.add(store.id(r));
          shipped = Math.addExact(shipped, a);
      }
    }
    List<Finding> findings = this.findings;
    findings.clear();
    long settledSales = salesGross + salesFreight;
    boolean settlementAmountsAgree = false;
    boolean shipmentAmountsAgree = false;
    if (payments == 0) {
      long expected = settlements > 0 ? gross + freight : shipped;
      findings.add(Finding.of(Reason.MISSING_PAYMENT, Source.PAYMENT, m(expected), m(0),
          "payment missing: " + (settlements > 0 ? "settlement shows " + m(gross + freight) : "")
              + (settlements > 0 && shipments > 0 ? ", " : "")
              + (shipments > 0 ? "shipment shows " + m(shipped) : "") + ", no payment row"));
    } else {
      long paidNet = paid + refunded;
      boolean cancelledBeforeSettlement = settlements == 0 && shipments == 0 && paidNet == 0;
      if (settlements == 0 && !cancelledBeforeSettlement) {
        findings.add(Finding.of(Reason.MISSING_SETTLEMENT, Source.SETTLEMENT, m(paidNet), m(0),
            "settlement missing: " + m(paidNet) + " paid, no settlement row"));
      }
      if (shipments == 0 && config.requireShipment() && paidNet > 0) {
        findings.add(Finding.of(Reason.MISSING_SHIPMENT, Source.SHIPMENT, m(paidNet), m(0),
            "shipment missing: " + m(paidNet) + " paid, no shipment row"));
      }
      boolean hasDue = settlements > 0 || shipments > 0;
      long due = settlements > 0 ? settledSales : shipped;
      boolean duplicate = saleIds.size() >= 2 && hasDue && paid > due;
      if (duplicate) {
        findings.add(Finding.of(Reason.DUPLICATE_PAYMENT, Source.PAYMENT, m(due), m(paid),
            "duplicate payment: " + saleIds.size() + " payments total " + m(paid) + ", " + m(due) + " was due"));
      }
      long effectivePaid = duplicate ? due : paid;
      if (refunded < 0 && !cancelledBeforeSettlement && reversals != refunded) {
        findings.add(Finding.of(Reason.REFUND_UNMATCHED, Source.SETTLEMENT, m(refunded), m(reversals),
            "refund unmatched: " + m(refunded) + " refunded, settlement reversals show " + m(reversals)));
      } else if (refunded == 0 && reversals < 0) {
        findings.add(Finding.of(Reason.AMOUNT_MISMATCH, Source.SETTLEMENT, m(0), m(reversals),
            "amount mismatch: settlement reverses " + m(reversals) + " but no refund was paid"));
      }
      if (settlements > 0) {
        if (effectivePaid == settledSales) {
          settlementAmountsAgree = true;
        } else {
          findings.add(Finding.of(Reason.AMOUNT_MISMATCH, Source.SETTLEMENT, m(effectivePaid), m(settledSales),
              "amount mismatch: " + m(effectivePaid) + " paid, settlement gross + freight adjustment "
                  + m(settledSales)));
        }
      }
      if (shipments > 0) {
        long paidAfterRefunds = effectivePaid + refunded;
        if (shipped == effectivePaid || shipped == paidAfterRefunds) {
          shipmentAmountsAgree = true;
        } else if (freight != 0 && (shipped + freight == effectivePaid || shipped + freight == paidAfterRefunds)) {
          findings.add(Finding.of(Reason.FREIGHT_ADJUSTMENT_MISSING, Source.SHIPMENT, m(shipped + freight),
              m(shipped), "freight adjustment missing: shipment declares " + m(shipped) + ", payment "
                  + m(effectivePaid) + " includes a freight adjustment of " + m(freight)));
        } else {
          findings.add(Finding.of(Reason.AMOUNT_MISMATCH, Source.SHIPMENT, m(effectivePaid), m(shipped),
              "amount mismatch: " + m(effectivePaid) + " paid, shipments declare " + m(shipped)));
        }
      }
    }
    if (settlements > 0) {
      long expectedNet = gross - commission + freight;
      if (net < expectedNet && commission == 0) {
        findings.add(Finding.of(Reason.COMMISSION_NOT_SYNCED, Source.SETTLEMENT, m(expectedNet), m(net),
            "commission not synced: net " + m(net) + " is " + m(expectedNet - net)
                + " below gross - commission + freight " + m(expectedNet) + " with no commission recorded"));
      } else if (net != expectedNet) {
        findings.add(Finding.of(Reason.AMOUNT_MISMATCH, Source.SETTLEMENT, m(expectedNet), m(net),
            "amount mismatch: settlement net " + m(net) + " is not gross - commission + freight " + m(expectedNet)));
      }
    }
    if (firstSale != Long.MAX_VALUE) {
      if (settlementAmountsAgree) {
        window(store, g, GroupStore.SETTLEMENT, firstSale - settlementBefore, firstSale + settlementAfter, firstSale,
            settledSales, findings);
      }
      if (shipmentAmountsAgree) {
        window(store, g, GroupStore.SHIPMENT, firstSale - shipmentBefore, firstSale + shipmentAfter, firstSale, shipped,
            findings);
      }
    }
    if (findings.size() > 1) {
      findings.sort(BY_REASON_THEN_SIDE);
    }
    String key = store.key(g);
    if (keyIsAnOrder) {
      orders.add(key);
    }
    totals[0] = Math.addExact(totals[0], paid);
    totals[1] = Math.addExact(totals[1], refunded);
    totals[2] = Math.addExact(totals[2], fees);
    totals[3] = Math.addExact(totals[3], gross);
    totals[4] = Math.addExact(totals[4], commission);
    totals[5] = Math.addExact(totals[5], freight);
    totals[6] = Math.addExact(totals[6], net);
    totals[7] = Math.addExact(totals[7], shipped);
    SideAmounts amounts = new SideAmounts(m(paid), m(refunded), m(fees), m(gross), m(commission), m(freight),
        m(net), m(shipped));
    return new ReconciliationRow(key, orders.sorted(), findings.isEmpty() ? Status.MATCHED : Status.DISCREPANCY,
        findings.isEmpty() ? List.of() : List.copyOf(findings), amounts, paymentIds.sorted(), settlementIds.sorted(),
        shipmentIds.sorted());
  }

  /**
   * Adds an {@code OUTSIDE_TIME_WINDOW} finding when a non-reversal row of {@code kind} is outside
   * {@code earliest..latest} (epoch millis: the window around the payment at {@code reference}),
   * with the largest excess, as {@link TimeWindow#outsideByMillis} measures it.
   */
  private void window(GroupStore.Block store, int g, byte kind, long earliest, long latest, long reference,
      long amount, List<Finding> findings) {
    long worst = 0;
    String worstId = "";
    long worstAt = 0;
    for (int r = store.from(g), end = store.to(g); r < end; r++) {
      if (store.kind(r) == kind && store.a(r) >= 0) {
        long at = store.millis(r);
        long out = at < earliest ? earliest - at : at > latest ? at - latest : 0;
        if (out > 0 && out >= worst) {
          String id = store.id(r);
          if (out > worst || id.compareTo(worstId) < 0) {
            worst = out;
            worstId = id;
            worstAt = store.millis(r);
          }
        }
      }
    }
    if (worst > 0) {
      Source side = kind == GroupStore.SETTLEMENT ? Source.SETTLEMENT : Source.SHIPMENT;
      Duration by = Duration.ofMillis(worst);
      findings.add(new Finding(Reason.OUTSIDE_TIME_WINDOW, side, m(amount), m(amount), m(0), by,
          "outside time window: " + side.name().toLowerCase(java.util.Locale.ROOT) + " " + worstId + " at "
              + Instant.ofEpochMilli(worstAt) + " is " + by + " outside the window around the payment at "
              + Instant.ofEpochMilli(reference)));
    }
  }

  /**
   * Money for {@code minor} units; zero and the last few amounts made are reused (an order's paid,
   * gross and shipped amounts are usually equal, with its fee, commission and net in between),
   * since a run makes eight per order.
   */
  private Money m(long minor) {
    if (minor == 0) {
      return zero;
    }
    for (int i = 0; i < RECENT; i++) {
      Money recent = recentMoney[i];
      if (recentMinor[i] == minor && recent != null) {
        return recent;
      }
    }
    Money made = Money.ofMinor(minor, config.currency());
    recentMinor[nextRecent] = minor;
    recentMoney[nextRecent] = made;
    nextRecent = (nextRecent + 1) % RECENT;
    return made;
  }

  /**
   * Reused per group (a classifier serves one session, on one thread): the strings of one kind of
   * row, handed out as an immutable sorted list.
   */
  private static final class Strings {
    private String[] items = new String[4];
    private int size;

    void clear() {
      Arrays.fill(items, 0, size, null);
      size = 0;
    }

    int size() {
      return size;
    }

    void add(String s) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = s;
    }

    void addDistinct(String s) {
      for (int i = 0; i < size; i++) {
        if (items[i].equals(s)) {
          return;
        }
      }
      add(s);
    }

    List<String> sorted() {
      switch (size) {
        case 0:
          return List.of();
        case 1:
          return List.of(items[0]);
        default:
          String[] copy = Arrays.copyOf(items, size);
          Arrays.sort(copy);
          return List.of(copy);
      }
    }
  }
}
