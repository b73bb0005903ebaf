package io.orderhub.reconcile.io.internal;

import io.orderhub.core.Money;
import io.orderhub.reconcile.Settlement;
import io.orderhub.reconcile.io.UnreadableBillException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The Amazon V2 flat-file settlement report (tab-separated). Its first data row is the settlement
 * summary (no order id) and is skipped, as are rows without an order id (reserve amounts,
 * subscription fees), which belong to the settlement, not an order. An order's rows (principal,
 * shipping, commission, fees, ...) come one after another; each run of rows with the same order,
 * transaction type and adjustment id becomes one {@link Settlement}: {@code ItemPrice} and {@code
 * Promotion} amounts add to the gross, every other amount type is a platform deduction (or credit)
 * and adds its negation to the commission, and the net is the sum of the amounts. The order number
 * is {@code merchant-order-id}, else {@code order-id}; the settlement id is {@code
 * settlement-id:line}. Times ({@code posted-date}) are ISO, {@code yyyy-MM-dd HH:mm:ss UTC} or
 * {@code dd.MM.yyyy}, in UTC. Not API.
 */
public final class AmazonTable extends Table<Settlement> {
  private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private final Currency currency;
  private int settlementId;
  private int currencyColumn;
  private int type;
  private int orderId;
  private int merchantOrderId;
  private int adjustmentId;
  private int amountType;
  private int amount;
  private int posted;
  private @Nullable Run run;
  private String file = "";

  public AmazonTable(Currency currency) {
    this.currency = currency;
  }

  @Override
  protected void header(Header h, String file) {
    this.file = file;
    settlementId = h.require("settlement-id");
    type = h.require("transaction-type");
    orderId = h.require("order-id");
    amountType = h.require("amount-type");
    amount = h.require("amount");
    posted = h.optional("posted-date", "posted-date-time");
    if (posted < 0) {
      h.require("posted-date");
    }
    currencyColumn = h.optional("currency");
    merchantOrderId = h.optional("merchant-order-id");
    adjustmentId = h.optional("adjustment-id");
  }

  @Override
  protected boolean row(CsvRow r, Consumer<? super Settlement> out) {
    if (currencyColumn >= 0) {
      String c = r.field(currencyColumn).strip();
      if (!c.isEmpty() && !c.equals(currency.getCurrencyCode())) {
        if (r.field(orderId).isBlank()) {
          throw new UnreadableBillException(file, "line " + r.line() + ": settlement currency " + c + " is not the reconciliation currency "
              + currency);
        }
        throw new RowProblem("currency", "\"" + c + "\" is not the reconciliation currency " + currency);
      }
    }
    String amazonOrder = r.field(orderId).strip();
    if (amazonOrder.isEmpty()) {
      return false;
    }
    String merchant = merchantOrderId < 0 ? "" : r.field(merchantOrderId).strip();
    String orderNo = Fields.id(merchant.isEmpty() ? amazonOrder : merchant, merchant.isEmpty() ? "order-id" : "merchant-order-id");
    String settlement = Fields.id(r.field(settlementId), "settlement-id");
    Money value = Fields.money(r.field(amount), currency, "amount", false);
    Instant at = postedAt(r.field(posted));
    String txType = r.field(type).strip();
    String adjustment = adjustmentId < 0 ? "" : r.field(adjustmentId).strip();
    if (run != null && !run.sameAs(orderNo, txType, adjustment, settlement)) {
      run.emit(out);
      run = null;
    }
    if (run == null) {
      run = new Run(orderNo, txType, adjustment, settlement, r.line(), at, currency);
    }
    String kind = r.field(amountType).strip();
    if ("ItemPrice".equalsIgnoreCase(kind) || "Promotion".equalsIgnoreCase(kind)) {
      run.gross = run.gross.plus(value);
    } else {
      run.commission = run.commission.minus(value);
    }
    run.net = run.net.plus(value);
    if (at.isAfter(run.at)) {
      run.at = at;
    }
    return true;
  }

  @Override
  protected void finish(Consumer<? super Settlement> out, Problems problems) {
    if (run != null) {
      run.emit(out);
      run = null;
    }
  }

  private static Instant postedAt(String text) {
    String t = text.strip();
    if (t.endsWith(" UTC")) {
      t = t.substring(0, t.length() - 4).strip();
    }
    if (t.length() == 10 && t.charAt(2) == '.') {
      try {
        return LocalDate.parse(t, DOTTED).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e) {
        throw new RowProblem("posted-date", "\"" + text.strip() + "\" is not a date like 15.03.2026");
      }
    }
    return Fields.instant(t, ZoneOffset.UTC, "posted-date");
  }

  /** The rows of one order's transaction, summed. */
  private static final class Run {
    final String orderNo;
    final String type;
    final String adjustment;
    final String settlement;
    final long line;
    Instant at;
    Money gross;
    Money commission;
    Money net;
    private final Money zero;

    Run(String orderNo, String type, String adjustment, String settlement, long line, Instant at, Currency currency) {
      this.orderNo = orderNo;
      this.type = type;
      this.adjustment = adjustment;
      this.settlement = settlement;
      this.line = line;
      this.at = at;
      this.zero = Money.zero(currency);
      this.gross = zero;
      this.commission = zero;
      this.net = zero;
    }

    boolean sameAs(String orderNo, String type, String adjustment, String settlement) {
      return this.orderNo.equals(orderNo) && this.type.equals(type) && this.adjustment.equals(adjustment)
          && Objects.equals(this.settlement, settlement);
    }

    void emit(Consumer<? super Settlement> out) {
      out.accept(Settlement.of(orderNo, settlement + ":" + line, gross, commission, zero, net, at));
    }
  }
}
