package io.orderhub.core;

/**
 * Where an order stands. The main line is the fulfilment path {@link #PENDING_PAYMENT} → {@link
 * #PAID} → {@link #STOCK_LOCKED} → {@link #WAREHOUSE_ASSIGNED} → {@link #PACKING} → {@link
 * #LABEL_PRINTED} → {@link #PICKED_UP} → {@link #DELIVERED} → {@link #COMPLETED}; the other
 * values are side states. The lifecycle module owns which transitions are legal; this enum only
 * names the states and their order along the fulfilment path.
 */
public enum OrderStatus {
  /** Created on the platform, not yet paid. Reported by the platform. */
  PENDING_PAYMENT(0),
  /** Paid and waiting to be fulfilled (a platform's "waiting to ship"). Reported by the platform. */
  PAID(1),
  /** Inventory reserved for every line. Reported by the allocation step or the WMS. */
  STOCK_LOCKED(2),
  /** A warehouse (or several, for a split) chosen. Reported by allocation. */
  WAREHOUSE_ASSIGNED(3),
  /** The warehouse is picking and packing. Reported by the WMS. */
  PACKING(4),
  /** A waybill (shipping label) printed and a tracking number known. Reported by the WMS. */
  LABEL_PRINTED(5),
  /** The carrier collected the parcel. Reported by the carrier or the platform ("shipped"). */
  PICKED_UP(6),
  /** The carrier delivered the parcel. Reported by the carrier. */
  DELIVERED(7),
  /** The buyer confirmed receipt or the platform closed the trade as done. Reported by the platform. */
  COMPLETED(8),
  /** Stopped for a person or a rule to look at (with a reason and a review queue). Side state. */
  ON_HOLD(-1),
  /** Paid but no warehouse can fill it yet; waits for a restock. Side state. */
  BACKORDERED(-1),
  /** Cancelled before shipment (by the buyer, the seller or the platform). Terminal. */
  CANCELLED(-1),
  /** The buyer asked for a refund or a return; after-sales is handling it. Side state. */
  REFUND_REQUESTED(-1),
  /** Money returned to the buyer. Terminal. */
  REFUNDED(-1);

  private final int step;

  OrderStatus(int step) {
    this.step = step;
  }

  /** Whether this state is on the fulfilment path (pending payment to completed). */
  public boolean isFulfilmentStep() {
    return step >= 0;
  }

  /**
   * The position along the fulfilment path, 0 for {@link #PENDING_PAYMENT} to 8 for {@link
   * #COMPLETED}; -1 for a side state.
   */
  public int step() {
    return step;
  }

  /** Whether the parcel has left the warehouse ({@link #PICKED_UP} or later on the path). */
  public boolean isShipped() {
    return step >= PICKED_UP.step;
  }
}
