package io.orderhub.core.store;

import io.orderhub.core.OrderHubException;
import io.orderhub.core.OrderId;

/** A write carried a version that is no longer the stored one: somebody else wrote first. */
public final class StaleVersionException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final OrderId orderId;
  private final long expectedVersion;
  private final long actualVersion;

  public StaleVersionException(OrderId orderId, long expectedVersion, long actualVersion) {
    super("order " + orderId + ": write based on version " + expectedVersion + " but the store holds version "
        + actualVersion);
    this.orderId = orderId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  public OrderId orderId() {
    return orderId;
  }

  /** The version the writer read. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version the store holds (-1 when the order is gone). */
  public long actualVersion() {
    return actualVersion;
  }
}
