package io.orderhub.core.lifecycle;

import io.orderhub.core.OrderStatus;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a lifecycle event says happened. The fulfilment events each name the step they reach
 * ({@link #fulfilmentTarget()}); the others are the side moves: backorder, hold and release,
 * buyer modification, cancellation and refunds. Which event is legal in which state is decided by
 * the definition in {@link Lifecycle#standard()}.
 */
public enum OrderEventType {
  /** The buyer paid (platform). */
  PAY(OrderStatus.PAID),
  /** Inventory was reserved for every line (allocation or WMS). */
  LOCK_STOCK(OrderStatus.STOCK_LOCKED),
  /** A warehouse was chosen (allocation). */
  ASSIGN_WAREHOUSE(OrderStatus.WAREHOUSE_ASSIGNED),
  /** The warehouse started picking and packing (WMS). */
  START_PACKING(OrderStatus.PACKING),
  /** A waybill was printed and the tracking number is known (WMS). */
  PRINT_LABEL(OrderStatus.LABEL_PRINTED),
  /** The carrier collected the parcel (carrier, or the platform's "shipped"). */
  PICK_UP(OrderStatus.PICKED_UP),
  /** The carrier delivered the parcel (carrier). */
  DELIVER(OrderStatus.DELIVERED),
  /** The buyer confirmed receipt or the platform closed the trade (platform). */
  COMPLETE(OrderStatus.COMPLETED),
  /** No warehouse can fill the order yet (allocation). */
  BACKORDER(null),
  /** Stop the order for review; the payload may carry a hold reason and a review queue. */
  HOLD(null),
  /** End a hold: the order returns to the state it was held in. */
  RELEASE(null),
  /** The buyer changed the order before shipment (address, items); the state does not change. */
  MODIFY(null),
  /** Cancel: before shipment the order is cancelled, after shipment it becomes a refund request. */
  CANCEL(null),
  /** The buyer asked for a refund or a return. */
  REQUEST_REFUND(null),
  /** The refund request was withdrawn or declined: the order returns to where it was. */
  REJECT_REFUND(null),
  /** The money went back to the buyer. */
  REFUND(null);

  final @Nullable OrderStatus target;

  OrderEventType(@Nullable OrderStatus target) {
    this.target = target;
  }

  /** For a fulfilment event, the step it reaches; empty for the side events. */
  public Optional<OrderStatus> fulfilmentTarget() {
    return Optional.ofNullable(target);
  }

  /** Whether this event reports a step along the fulfilment path. */
  public boolean isFulfilment() {
    return target != null;
  }

  /**
   * The event that moves an order into {@code status}, for hosts that receive only a platform's
   * status: e.g. {@code PICKED_UP} → {@link #PICK_UP}, {@code ON_HOLD} → {@link #HOLD}, {@code
   * REFUNDED} → {@link #REFUND}. Empty for {@code PENDING_PAYMENT}, where every order starts.
   */
  public static Optional<OrderEventType> reaching(OrderStatus status) {
    switch (status) {
      case ON_HOLD:
        return Optional.of(HOLD);
      case BACKORDERED:
        return Optional.of(BACKORDER);
      case CANCELLED:
        return Optional.of(CANCEL);
      case REFUND_REQUESTED:
        return Optional.of(REQUEST_REFUND);
      case REFUNDED:
        return Optional.of(REFUND);
      default:
        for (OrderEventType type : values()) {
          if (type.target == status) {
            return Optional.of(type);
          }
        }
        return Optional.empty();
    }
  }
}
