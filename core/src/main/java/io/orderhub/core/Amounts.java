package io.orderhub.core;

import io.orderhub.core.internal.Checks;
import jakarta.validation.constraints.NotNull;
import java.util.Currency;

/**
 * An order's money. The intended relation is {@code paid = goods + shipping − discount}; the model
 * does not enforce it at construction (platform data is what it is) but validation reports any
 * difference, see {@link io.orderhub.core.validation.OrderChecks}.
 *
 * @param goods the goods total before order-level discounts
 * @param shipping the shipping fee charged to the buyer
 * @param discount every discount on the order (line and order level)
 * @param paid what the buyer paid
 */
public record Amounts(@NotNull Money goods, @NotNull Money shipping, @NotNull Money discount, @NotNull Money paid) {
  public Amounts {
    Checks.requireNonNull(goods, "amounts.goods");
    Checks.requireNonNull(shipping, "amounts.shipping");
    Checks.requireNonNull(discount, "amounts.discount");
    Checks.requireNonNull(paid, "amounts.paid");
  }

  /** Amounts with no shipping and no discount: {@code goods = paid}. */
  public static Amounts of(Money goods) {
    Money zero = Money.zero(goods.currency());
    return new Amounts(goods, zero, zero, goods);
  }

  /** The currency of {@link #paid()}. */
  public Currency currency() {
    return paid.currency();
  }

  /** {@code goods + shipping − discount}: what {@link #paid()} should be. */
  public Money expectedPaid() {
    return goods.plus(shipping).minus(discount);
  }
}
