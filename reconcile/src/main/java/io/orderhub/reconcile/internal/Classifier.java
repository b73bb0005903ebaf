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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Decides the {@link Status} and {@link Reason}s of one group from the sums of its rows, in exact
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
  private final ReconcilerConfig config;
  private final TimeWindow settlementWindow;
  private final TimeWindow shipmentWindow;
  private final Money zero;

  Classifier(ReconcilerConfig config) {
    this.config = config;
    this.zero = config.zero();
    this.settlementWindow = config.window(Source.SETTLEMENT);
    this.shipmentWindow = config.window(Source.SHIPMENT);
  }

  /** Classifies {@code g}; adds its sums to {@code totals} (paid, refunded, fees, gross, commission, freight, net, shipped). */
  ReconciliationRow classify(Group g, long[] totals) {
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
    List<String> saleIds = new ArrayList<>(2);
    List<String> paymentIds = new ArrayList<>(2);
    List<String> settlementIds = new ArrayList<>(2);
    List<String> shipmentIds = new ArrayList<>(2);
    List<String> orders = new ArrayList<>(2);
    for (Group.Entry e = g.head; e != null; e = e.next) {
      if (e.orderNo != g.key && !orders.contains(e.orderNo)) { // the key's own string is shared, see HashReconciler
        orders.add(e.orderNo);
      }
      switch (e.kind) {
        case Group.Entry.PAYMENT:
          payments++;
          paymentIds.add(e.id);
          fees = Math.addExact(fees, e.b);
          if (e.a < 0) {
            refunded = Math.addExact(refunded, e.a);
          } else {
            paid = Math.addExact(paid, e.a);
            if (!saleIds.contains(e.id)) {
              saleIds.add(e.id);
            }
            firstSale = Math.min(firstSale, e.millis);
          }
          break;
        case Group.Entry.SETTLEMENT:
          settlements++;
          settlementIds.add(e.id);
          gross = Math.addExact(gross, e.a);
          commission = Math.addExact(commission, e.b);
          freight = Math.addExact(freight, e.c);
          net = Math.addExact(net, e.d);
          if (e.a < 0) {
            reversals = Math.addExact(reversals, e.a);
          } else {
            salesGross = Math.addExact(salesGross, e.a);
            salesFreight = Math.addExact(salesFreight, e.c);
          }
          break;
        default:
          shipments++;
          shipmentIds.add(e.id);
          shipped = Math.addExact(shipped, e.a);
      }
    }
    List<Finding> findings = new ArrayList<>(2);
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
        window(g, Group.Entry.SETTLEMENT, settlementWindow, firstSale, settledSales, findings);
      }
      if (shipmentAmountsAgree) {
        window(g, Group.Entry.SHIPMENT, shipmentWindow, firstSale, shipped, findings);
      }
    }
    if (findings.size() > 1) {
      findings.sort(Comparator.comparing(Finding::reason).thenComparing(Finding::side));
    }
    if (keyIsAnOrder(g)) {
      orders.add(g.key);
    }
    sort(orders);
    sort(paymentIds);
    sort(settlementIds);
    sort(shipmentIds);
    long[] sums = {paid, refunded, fees, gross, commission, freight, net, shipped};
    for (int i = 0; i < sums.length; i++) {
      totals[i] = Math.addExact(totals[i], sums[i]);
    }
    SideAmounts amounts = new SideAmounts(m(paid), m(refunded), m(fees), m(gross), m(commission), m(freight),
        m(net), m(shipped));
    return new ReconciliationRow(g.key, orders, findings.isEmpty() ? Status.MATCHED : Status.DISCREPANCY,
        findings, amounts, paymentIds, settlementIds, shipmentIds);
  }

  private void window(Group g, byte kind, TimeWindow window, long reference, long amount, List<Finding> findings) {
    long worst = 0;
    String worstId = "";
    long worstAt = 0;
    for (Group.Entry e = g.head; e != null; e = e.next) {
      if (e.kind == kind && e.a >= 0) {
        long out = window.outsideByMillis(reference, e.millis);
        if (out > worst || (out == worst && out > 0 && e.id.compareTo(worstId) < 0)) {
          worst = out;
          worstId = e.id;
          worstAt = e.millis;
        }
      }
    }
    if (worst > 0) {
      Source side = kind == Group.Entry.SETTLEMENT ? Source.SETTLEMENT : Source.SHIPMENT;
      Duration by = Duration.ofMillis(worst);
      findings.add(new Finding(Reason.OUTSIDE_TIME_WINDOW, side, m(amount), m(amount), m(0), by,
          "outside time window: " + side.name().toLowerCase(java.util.Locale.ROOT) + " " + worstId + " at "
              + Instant.ofEpochMilli(worstAt) + " is " + by + " outside the window around the payment at "
              + Instant.ofEpochMilli(reference)));
    }
  }

  /** Whether some row's order number is the group key itself (false when only children of a merged order appear). */
  private static boolean keyIsAnOrder(Group g) {
    for (Group.Entry e = g.head; e != null; e = e.next) {
      if (e.orderNo == g.key) {
        return true;
      }
    }
    return false;
  }

  private static void sort(List<String> list) {
    if (list.size() > 1) {
      Collections.sort(list);
    }
  }

  private Money m(long minor) {
    return minor == 0 ? zero : Money.ofMinor(minor, config.currency());
  }
}
