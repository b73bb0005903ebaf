package io.orderhub.allocation.spi;

import io.orderhub.core.internal.Checks;

/**
 * The raw counts a store keeps for one stock position; the pool derives the sellable units from
 * them with the position's buffer.
 *
 * @param onHand units in the warehouse, zero or more
 * @param reserved units held by active reservations, {@code 0..onHand}
 */
public record StockCount(long onHand, long reserved) {
  /** No stock at all. */
  public static final StockCount ZERO = new StockCount(0, 0);

  public StockCount {
    Checks.requireArgument(onHand >= 0, "onHand", onHand, "is negative");
    Checks.requireArgument(reserved >= 0 && reserved <= onHand, "reserved", reserved, "is not in 0..onHand");
  }
}
