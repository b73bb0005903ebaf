package io.orderhub.core.store;

import io.orderhub.core.OrderHubException;
import io.orderhub.core.OrderId;

/** An insert found the order already stored (same id, or same channel and external id). */
public final class DuplicateOrderException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final OrderId orderId;

  public DuplicateOrderException(OrderId orderId, String what) {
    super("order " + orderId + " is already stored (" + what + ")");
    this.orderId = orderId;
  }

  public OrderId orderId() {
    return orderId;
  }
}
