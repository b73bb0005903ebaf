package io.orderhub.rules.spi;

import io.orderhub.core.internal.Checks;

/**
 * What a velocity window holds for one key: how many events and the sum of their amounts.
 *
 * @param count events in the window, never negative
 * @param sum the events' amounts added up (units ordered for the built-in dimensions)
 */
public record WindowTotals(long count, long sum) {
  /** No events. */
  public static final WindowTotals EMPTY = new WindowTotals(0, 0);

  public WindowTotals {
    Checks.requireArgument(count >= 0, "count", count, "is negative");
  }
}
