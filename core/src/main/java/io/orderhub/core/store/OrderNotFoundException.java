package io.orderhub.core.store;

import io.orderhub.core.OrderHubException;
import io.orderhub.core.OrderId;

/** An operation named an order the store does not hold. */
public final class OrderNotFoundException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final OrderId orderId;

  public OrderNotFoundException(OrderId orderId) {
    super("order " + orderId + " is not stored");
    this.orderId = orderId;
  }

  public OrderId orderId() {
    return orderId;
  }
}
