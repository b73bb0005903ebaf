package io.orderhub.reconcile;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import io.orderhub.core.internal.Checks;
import io.orderhub.reconcile.internal.Ids;
import java.time.Instant;

/**
 * One row of a platform settlement statement. The platform pays out {@code net = gross -
 * commission + freightAdjustment}; an order may have several rows (one per fee type), and a row
 * with a negative gross reverses (part of) an earlier sale, the counterpart of a refund.
 *
 * @param orderNo the merchant order number
 * @param settlementId the statement's id of this row
 * @param gross what the buyer paid for the goods, as the platform recorded it
 * @param commission the platform's commission as recorded (positive = taken from the seller)
 * @param freightAdjustment a freight supplement (positive) or deduction (negative)
 * @param net what the platform pays out for this row
 * @param settledAt when the row was settled
 * @param group the key this row is matched on (see {@link Payment#group()})
 */
public record Settlement(
    String orderNo,
    String settlementId,
    Money gross,
    Money commission,
    Money freightAdjustment,
    Money net,
    Instant settledAt,
    String group) {

  /** Validates every component; all amounts must be in one currency. */
  public Settlement {
    Ids.require(orderNo, "orderNo");
    Ids.require(settlementId, "settlementId");
    Checks.requireNonNull(gross, "gross");
    Checks.requireNonNull(commission, "commission");
    Checks.requireNonNull(freightAdjustment, "freightAdjustment");
    Checks.requireNonNull(net, "net");
    Checks.requireNonNull(settledAt, "settledAt");
    Ids.require(group, "group");
    sameCurrency(gross, commission, "commission");
    sameCurrency(gross, freightAdjustment, "freightAdjustment");
    sameCurrency(gross, net, "net");
  }

  /** A settlement row matched on its own order number. */
  public static Settlement of(String orderNo, String settlementId, Money gross, Money commission,
      Money freightAdjustment, Money net, Instant settledAt) {
    return new Settlement(orderNo, settlementId, gross, commission, freightAdjustment, net, settledAt, orderNo);
  }

  /** This row, matched on {@code group} instead of its order number. */
  public Settlement inGroup(String group) {
    return new Settlement(orderNo, settlementId, gross, commission, freightAdjustment, net, settledAt, group);
  }

  /** Whether this row reverses a sale (negative gross). */
  public boolean isReversal() {
    return gross.isNegative();
  }

  private static void sameCurrency(Money gross, Money other, String field) {
    if (!other.currency().equals(gross.currency())) {
      throw new InvalidValueException(field, other, "is not in the gross amount's currency " + gross.currency());
    }
  }
}
