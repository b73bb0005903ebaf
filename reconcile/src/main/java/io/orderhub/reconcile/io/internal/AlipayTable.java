package io.orderhub.reconcile.io.internal;

import io.orderhub.core.Money;
import io.orderhub.reconcile.Partitions;
import io.orderhub.reconcile.Payment;
import io.orderhub.reconcile.io.UnreadableBillException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Currency;
import java.util.function.Consumer;

/**
 * The Alipay trade bill (业务明细): GBK text, or the zip Alipay downloads holding it, with {@code #}
 * comment lines before and after the table and fields often padded with tabs. A {@code 交易} row is
 * a payment of {@code 订单金额（元）} with id {@code 支付宝交易号}; a {@code 退款} row is a refund (made
 * negative if the bill shows it positive) with id {@code 支付宝交易号/退款批次号}; the service fee
 * {@code 服务费（元）} (shown negative) becomes the fee. Other business types are skipped. Times are
 * China time ({@code 完成时间}, else {@code 创建时间}). Not API.
 */
public final class AlipayTable extends Table<Payment> {
  static final String CHANNEL = "alipay";
  /** The charset of Alipay's CSV downloads. */
  public static final Charset GBK = Charset.forName("GBK");

  private final Currency currency;
  private int tradeNo;
  private int orderNo;
  private int type;
  private int finished;
  private int created;
  private int amount;
  private int fee;
  private int refundBatch;

  public AlipayTable(Currency currency) {
    this.currency = currency;
  }

  @Override
  protected InputStream unwrap(InputStream in, String file) throws IOException {
    InputStream csv = Streams.unzipIfArchive(in, GBK,
        name -> name.endsWith(".csv") && !name.contains("汇总") && (name.contains("业务明细") || !name.contains("/")));
    if (csv == null) {
      throw new UnreadableBillException(file, "zip archive holds no 业务明细 (trade detail) CSV");
    }
    return csv;
  }

  @Override
  protected boolean isComment(CsvRow row) {
    return row.field(0).stripLeading().startsWith("#");
  }

  @Override
  protected void header(Header h, String file) {
    tradeNo = h.require("支付宝交易号");
    orderNo = h.require("商户订单号");
    type = h.require("业务类型");
    amount = h.require("订单金额(元)");
    created = h.optional("创建时间");
    finished = h.optional("完成时间");
    if (created < 0 && finished < 0) {
      h.require("完成时间");
    }
    fee = h.optional("服务费(元)");
    refundBatch = h.optional("退款批次号/请求号");
  }

  @Override
  protected boolean row(CsvRow r, Consumer<? super Payment> out) {
    String t = r.field(type).strip();
    boolean refund = t.contains("退款");
    if (!refund && !"交易".equals(t)) {
      return false;
    }
    String no = Fields.id(r.field(orderNo), "商户订单号");
    String trade = Fields.id(r.field(tradeNo), "支付宝交易号");
    // 完成时间 when the row has one; else 创建时间 if the bill has that column (a blank 完成时间 is then the problem)
    int timeColumn = finished >= 0 && (created < 0 || !r.field(finished).isBlank()) ? finished : created;
    Instant at = Fields.instant(r.field(timeColumn), Partitions.CHINA, timeColumn == finished ? "完成时间" : "创建时间");
    Money gross = Fields.money(r.field(amount), currency, "订单金额(元)", false);
    Money feeAmount = fee < 0 ? Money.zero(currency) : Fields.money(r.field(fee), currency, "服务费(元)", true).abs();
    if (refund) {
      String batch = refundBatch < 0 ? "" : r.field(refundBatch).strip();
      String id = batch.isEmpty() ? trade + "/refund" : trade + "/" + batch;
      out.accept(Payment.of(no, Fields.id(id, "退款批次号/请求号"), gross.abs().negate(), feeAmount.negate(), at, CHANNEL));
    } else {
      out.accept(Payment.of(no, trade, gross, feeAmount, at, CHANNEL));
    }
    return true;
  }
}
