package io.orderhub.reconcile;

import io.orderhub.core.Money;
import io.orderhub.core.internal.Checks;
import io.orderhub.reconcile.internal.Ids;
import java.time.Instant;

/**
 * One outbound (parcel) record of a warehouse. An order shipped in several parcels has several
 * rows; their declared amounts add up to the order's amount.
 *
 * @param orderNo the merchant order number
 * @param shipmentId the warehouse's id of this parcel
 * @param amount the amount declared on the outbound document
 * @param shippedAt when the parcel left the warehouse
 * @param group the key this row is matched on (see {@link Payment#group()})
 */
public record Shipment(String orderNo, String shipmentId, Money amount, Instant shippedAt, String group) {

  /** Validates every component. */
  public Shipment {
    Ids.require(orderNo, "orderNo");
    Ids.require(shipmentId, "shipmentId");
    Checks.requireNonNull(amount, "amount");
    Checks.requireNonNull(shippedAt, "shippedAt");
    Ids.require(group, "group");
  }

  /** A shipment matched on its own order number. */
  public static Shipment of(String orderNo, String shipmentId, Money amount, Instant shippedAt) {
    return new Shipment(orderNo, shipmentId, amount, shippedAt, orderNo);
  }

  /** This row, matched on {@code group} instead of its order number. */
  public Shipment inGroup(String group) {
    return new Shipment(orderNo, shipmentId, amount, shippedAt, group);
  }
}
