package io.orderhub.allocation;

import io.orderhub.core.internal.Checks;

/**
 * A consistent snapshot of one stock position.
 *
 * @param key the position
 * @param onHand units physically in the warehouse
 * @param reserved units held by live reservations, never above {@code onHand}
 * @param sellable {@code capacity(onHand) − reserved} under the position's {@link StockBuffer},
 *     never below zero
 */
public record StockLevel(StockKey key, long onHand, long reserved, long sellable) {
  /** The largest quantity a position may hold (10^12 units), so that the arithmetic cannot overflow. */
  public static final long MAX_QUANTITY = 1_000_000_000_000L;

  public StockLevel {
    Checks.requireNonNull(key, "key");
    Checks.requireArgument(onHand >= 0, "onHand", onHand, "is negative");
    Checks.requireArgument(reserved >= 0 && reserved <= onHand, "reserved", reserved, "is not in 0..onHand");
    Checks.requireArgument(sellable >= 0, "sellable", sellable, "is negative");
  }
}
