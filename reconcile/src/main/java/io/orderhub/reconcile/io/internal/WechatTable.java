package io.orderhub.reconcile.io.internal;

import io.orderhub.core.Money;
import io.orderhub.reconcile.Payment;
import io.orderhub.reconcile.Partitions;
import java.time.Instant;
import java.util.Currency;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The WeChat Pay trade bill (type ALL, SUCCESS or REFUND), optionally gzipped: every field starts
 * with a backtick, times are China time, and after the detail rows come a summary header ({@code
 * 总交易单数,...}) and a summary row. A {@code SUCCESS} row is a payment of {@code 应结订单金额} with
 * id {@code 微信订单号}; a {@code REFUND} row is a refund of {@code 退款金额} with id {@code 微信退款单号}
 * (or {@code 商户退款单号}); other states (NOTPAY, CLOSED, REVOKED, ...) move no money and are
 * skipped. The summary's trade count is checked against the rows read. Not API.
 */
public final class WechatTable extends Table<Payment> {
  static final String CHANNEL = "wechat";

  private final Currency currency;
  private int time;
  private int wechatNo;
  private int orderNo;
  private int state;
  private int currencyColumn;
  private int settleAmount;
  private int refundId;
  private int merchantRefundId;
  private int refundAmount;
  private int fee;
  private long details;
  private long summaryLine;
  private boolean summaryHeaderSeen;
  private long summaryCount = -1;

  public WechatTable(Currency currency) {
    this.currency = currency;
  }

  @Override
  protected void header(Header h, String file) {
    time = h.require("交易时间");
    wechatNo = h.require("微信订单号");
    orderNo = h.require("商户订单号");
    state = h.require("交易状态");
    settleAmount = h.require("应结订单金额");
    refundId = h.require("微信退款单号");
    merchantRefundId = h.require("商户退款单号");
    refundAmount = h.require("退款金额");
    fee = h.require("手续费");
    currencyColumn = h.optional("货币种类");
  }

  @Override
  protected boolean startsTrailer(CsvRow row) {
    return "总交易单数".equals(clean(row.field(0)));
  }

  @Override
  protected void trailer(CsvRow row) {
    if (!summaryHeaderSeen) {
      summaryHeaderSeen = true;
      return;
    }
    if (summaryCount < 0) {
      summaryLine = row.line();
      Long n = count(clean(row.field(0)));
      summaryCount = n == null ? -2 : n;
    }
  }

  @Override
  protected boolean row(CsvRow r, Consumer<? super Payment> out) {
    details++;
    String st = clean(r.field(state));
    boolean refund = "REFUND".equals(st);
    if (!refund && !"SUCCESS".equals(st)) {
      return false;
    }
    if (currencyColumn >= 0) {
      String c = clean(r.field(currencyColumn));
      if (!c.isEmpty() && !c.equals(currency.getCurrencyCode())) {
        throw new RowProblem("货币种类", "\"" + c + "\" is not the reconciliation currency " + currency);
      }
    }
    String no = Fields.id(clean(r.field(orderNo)), "商户订单号");
    Money feeAmount = Fields.money(clean(r.field(fee)), currency, "手续费", true).abs();
    Instant at = Fields.instant(clean(r.field(time)), Partitions.CHINA, "交易时间");
    if (refund) {
      String id = clean(r.field(refundId));
      String refundNo = id.isEmpty() ? Fields.id(clean(r.field(merchantRefundId)), "商户退款单号") : Fields.id(id, "微信退款单号");
      Money amount = Fields.money(clean(r.field(refundAmount)), currency, "退款金额", false).abs().negate();
      out.accept(Payment.of(no, refundNo, amount, feeAmount.negate(), at, CHANNEL));
    } else {
      Money amount = Fields.money(clean(r.field(settleAmount)), currency, "应结订单金额", false);
      out.accept(Payment.of(no, Fields.id(clean(r.field(wechatNo)), "微信订单号"), amount, feeAmount, at, CHANNEL));
    }
    return true;
  }

  @Override
  protected void finish(Consumer<? super Payment> out, Problems problems) {
    if (summaryCount == -2) {
      problems.add(summaryLine, "总交易单数", "summary trade count is not a number");
    } else if (summaryCount >= 0 && summaryCount != details) {
      problems.add(summaryLine, "总交易单数", "summary says " + summaryCount + " trades, the bill lists " + details);
    }
  }

  /** A field without its backtick prefix and outer spaces. */
  static String clean(String field) {
    String t = field.strip();
    return t.startsWith("`") ? t.substring(1).strip() : t;
  }

  private static @Nullable Long count(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
