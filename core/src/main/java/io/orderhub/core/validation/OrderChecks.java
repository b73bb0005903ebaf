package io.orderhub.core.validation;

import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;

/**
 * Consistency checks of an order in plain Java, usable without a Jakarta Validation provider. The
 * {@link ConsistentOrder} constraint runs {@link #checkAmounts(Order)}; {@link #check(Order)} adds
 * the field rules that the annotations on {@link Order} and {@link OrderLine} express.
 */
public final class OrderChecks {
  private OrderChecks() {}

  /** Every problem with {@code order}: structure (lines, quantities) and amounts. Empty when valid. */
  public static List<Violation> check(Order order) {
    List<Violation> out = new ArrayList<>();
    if (order.lines().isEmpty()) {
      out.add(new Violation("lines", "must not be empty"));
    }
    for (int i = 0; i < order.lines().size(); i++) {
      OrderLine line = order.lines().get(i);
      if (line.quantity() <= 0) {
        out.add(new Violation("lines[" + i + "].quantity", line.quantity() + " is not > 0"));
      }
    }
    out.addAll(checkAmounts(order));
    return Collections.unmodifiableList(out);
  }

  /** Whether {@link #check(Order)} finds nothing. */
  public static boolean isValid(Order order) {
    return check(order).isEmpty();
  }

  /**
   * The money rules: one currency across the order, {@code paid = goods + shipping − discount},
   * and {@code Σ line.total = goods − Σ line.discount}.
   */
  public static List<Violation> checkAmounts(Order order) {
    List<Violation> out = new ArrayList<>();
    Currency currency = order.amounts().paid().currency();
    currency(out, "amounts.goods", order.amounts().goods(), currency);
    currency(out, "amounts.shipping", order.amounts().shipping(), currency);
    currency(out, "amounts.discount", order.amounts().discount(), currency);
    for (int i = 0; i < order.lines().size(); i++) {
      OrderLine line = order.lines().get(i);
      currency(out, "lines[" + i + "].unitPrice", line.unitPrice(), currency);
      currency(out, "lines[" + i + "].discount", line.discount(), currency);
      currency(out, "lines[" + i + "].total", line.total(), currency);
    }
    if (!out.isEmpty()) {
      return out; // sums across currencies mean nothing
    }
    Money goods = order.amounts().goods();
    Money shipping = order.amounts().shipping();
    Money discount = order.amounts().discount();
    Money paid = order.amounts().paid();
    if (paid.compareTo(order.amounts().expectedPaid()) != 0) {
      out.add(new Violation("amounts.paid", paid.toPlainString() + " != goods " + goods.toPlainString()
          + " + shipping " + shipping.toPlainString() + " − discount " + discount.toPlainString()));
    }
    if (!order.lines().isEmpty()) {
      Money totals = Money.zero(currency);
      Money lineDiscounts = Money.zero(currency);
      for (OrderLine line : order.lines()) {
        totals = totals.plus(line.total());
        lineDiscounts = lineDiscounts.plus(line.discount());
      }
      if (totals.compareTo(goods.minus(lineDiscounts)) != 0) {
        out.add(new Violation("lines", "line totals " + totals.toPlainString() + " != goods "
            + goods.toPlainString() + " − line discounts " + lineDiscounts.toPlainString()));
      }
    }
    return out;
  }

  private static void currency(List<Violation> out, String path, Money money, Currency expected) {
    if (!money.currency().equals(expected)) {
      out.add(new Violation(path + ".currency", money.currency().getCurrencyCode()
          + " != the order's currency " + expected.getCurrencyCode()));
    }
  }
}
