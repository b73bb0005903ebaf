package io.orderhub.reconcile;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import io.orderhub.core.internal.Checks;
import io.orderhub.reconcile.internal.Ids;
import java.time.Instant;

/**
 * One row of a payment flow (Alipay, WeChat Pay, a card acquirer): money received for an order, or
 * given back when {@link #amount()} is negative (a refund).
 *
 * @param orderNo the merchant order number the payment names
 * @param paymentId the provider's id of this payment or refund
 * @param amount the gross amount; negative for a refund
 * @param fee the provider's fee on this row (negative when a refund gives a fee back)
 * @param paidAt when the payment (or refund) happened
 * @param channel the provider, e.g. {@code wechat}
 * @param group the key this row is matched on: {@link #orderNo()} unless the row belongs to a group
 *     of merged orders, then the group id (usually the parent order number)
 */
public record Payment(
    String orderNo, String paymentId, Money amount, Money fee, Instant paidAt, String channel, String group) {

  /** Validates every component; the fee must be in the amount's currency. */
  public Payment {
    Ids.require(orderNo, "orderNo");
    Ids.require(paymentId, "paymentId");
    Checks.requireNonNull(amount, "amount");
    Checks.requireNonNull(fee, "fee");
    Checks.requireNonNull(paidAt, "paidAt");
    Checks.requireText(channel, "channel");
    Ids.require(group, "group");
    if (!fee.currency().equals(amount.currency())) {
      throw new InvalidValueException("fee", fee, "is not in the amount's currency " + amount.currency());
    }
  }

  /** A payment matched on its own order number. */
  public static Payment of(String orderNo, String paymentId, Money amount, Money fee, Instant paidAt, String channel) {
    return new Payment(orderNo, paymentId, amount, fee, paidAt, channel, orderNo);
  }

  /** This row, matched on {@code group} (a merged order's parent number) instead of its order number. */
  public Payment inGroup(String group) {
    return new Payment(orderNo, paymentId, amount, fee, paidAt, channel, group);
  }

  /** Whether this row gives money back. */
  public boolean isRefund() {
    return amount.isNegative();
  }
}
