package io.orderhub.reconcile.io.internal;

import io.orderhub.reconcile.Payment;
import io.orderhub.reconcile.Settlement;
import io.orderhub.reconcile.Shipment;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The canonical CSVs of the issue, columns in any order, extra columns ignored:
 * {@code order_no,payment_id,amount,fee,paid_at} (optional {@code channel}, {@code group_id}),
 * {@code order_no,settlement_id,gross,commission,freight_adjustment,net,settled_at} and {@code
 * order_no,shipment_id,amount,shipped_at} (each with an optional {@code group_id}). Times are ISO-8601
 * or {@code yyyy-MM-dd HH:mm:ss} in the given zone; an empty fee, commission or freight adjustment
 * is zero. Not API.
 */
public final class CanonicalTables {
  private CanonicalTables() {}

  /** The table of {@code payments.csv}. */
  public static Table<Payment> payments(Currency currency, ZoneId zone) {
    return new Table<>() {
      private int orderNo;
      private int id;
      private int amount;
      private int fee;
      private int paidAt;
      private int channel;
      private int group;
      private final Map<String, String> channels = new HashMap<>();

      @Override
      protected void header(Header h, String file) {
        orderNo = h.require("order_no");
        id = h.require("payment_id");
        amount = h.require("amount");
        fee = h.require("fee");
        paidAt = h.require("paid_at");
        channel = h.optional("channel");
        group = h.optional("group_id");
      }

      @Override
      protected boolean row(CsvRow r, Consumer<? super Payment> out) {
        String no = Fields.id(r.field(orderNo), "order_no");
        String ch = channel < 0 || r.field(channel).isBlank() ? "canonical"
            : channels.computeIfAbsent(r.field(channel).strip(), c -> c);
        out.accept(new Payment(no, Fields.id(r.field(id), "payment_id"),
            Fields.money(r.field(amount), currency, "amount", false),
            Fields.money(r.field(fee), currency, "fee", true),
            Fields.instant(r.field(paidAt), zone, "paid_at"), ch, groupOf(r, group, no)));
        return true;
      }
    };
  }

  /** The table of {@code settlements.csv}. */
  public static Table<Settlement> settlements(Currency currency, ZoneId zone) {
    return new Table<>() {
      private int orderNo;
      private int id;
      private int gross;
      private int commission;
      private int freight;
      private int net;
      private int settledAt;
      private int group;

      @Override
      protected void header(Header h, String file) {
        orderNo = h.require("order_no");
        id = h.require("settlement_id");
        gross = h.require("gross");
        commission = h.require("commission");
        freight = h.require("freight_adjustment");
        net = h.require("net");
        settledAt = h.require("settled_at");
        group = h.optional("group_id");
      }

      @Override
      protected boolean row(CsvRow r, Consumer<? super Settlement> out) {
        String no = Fields.id(r.field(orderNo), "order_no");
        out.accept(new Settlement(no, Fields.id(r.field(id), "settlement_id"),
            Fields.money(r.field(gross), currency, "gross", false),
            Fields.money(r.field(commission), currency, "commission", true),
            Fields.money(r.field(freight), currency, "freight_adjustment", true),
            Fields.money(r.field(net), currency, "net", false),
            Fields.instant(r.field(settledAt), zone, "settled_at"), groupOf(r, group, no)));
        return true;
      }
    };
  }

  /** The table of {@code shipments.csv}. */
  public static Table<Shipment> shipments(Currency currency, ZoneId zone) {
    return new Table<>() {
      private int orderNo;
      private int id;
      private int amount;
      private int shippedAt;
      private int group;

      @Override
      protected void header(Header h, String file) {
        orderNo = h.require("order_no");
        id = h.require("shipment_id");
        amount = h.require("amount");
        shippedAt = h.require("shipped_at");
        group = h.optional("group_id");
      }

      @Override
      protected boolean row(CsvRow r, Consumer<? super Shipment> out) {
        String no = Fields.id(r.field(orderNo), "order_no");
        out.accept(new Shipment(no, Fields.id(r.field(id), "shipment_id"),
            Fields.money(r.field(amount), currency, "amount", false),
            Fields.instant(r.field(shippedAt), zone, "shipped_at"), groupOf(r, group, no)));
        return true;
      }
    };
  }

  private static String groupOf(CsvRow r, int column, String orderNo) {
    if (column < 0 || r.field(column).isBlank()) {
      return orderNo;
    }
    return Fields.id(r.field(column), "group_id");
  }
}
