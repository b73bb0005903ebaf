package io.orderhub.allocation;

import io.orderhub.core.OrderHubException;

/**
 * Setting the stock on hand would leave live reservations uncovered (sellable below zero); release
 * reservations first. Stock was not touched.
 */
public class StockAdjustmentException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final StockKey key;
  private final long onHand;
  private final long reserved;

  public StockAdjustmentException(StockKey key, long onHand, long capacity, long reserved) {
    super("cannot set " + key + " on hand to " + onHand + ": its sellable capacity " + capacity
        + " would be below the " + reserved + " units reserved");
    this.key = key;
    this.onHand = onHand;
    this.reserved = reserved;
  }

  public StockKey key() {
    return key;
  }

  /** The refused on-hand quantity. */
  public long onHand() {
    return onHand;
  }

  /** Units reserved at the time. */
  public long reserved() {
    return reserved;
  }
}
