package io.orderhub.allocation;

import io.orderhub.core.OrderHubException;
import io.orderhub.core.OrderId;

/**
 * Other threads kept taking the planned stock, waybills or cap slots between planning and
 * reserving, {@link Allocator#MAX_ATTEMPTS} times in a row. Nothing is held; retrying later is safe.
 */
public class AllocationConflictException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final OrderId order;

  public AllocationConflictException(OrderId order, int attempts) {
    super("could not reserve stock for " + order + " after " + attempts + " attempts: concurrent allocations "
        + "kept taking it");
    this.order = order;
  }

  public OrderId order() {
    return order;
  }
}
