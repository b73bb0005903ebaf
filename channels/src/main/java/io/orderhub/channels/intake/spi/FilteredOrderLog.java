package io.orderhub.channels.intake.spi;

import io.orderhub.channels.intake.FilteredOrder;
import io.orderhub.channels.intake.internal.InMemoryFilteredOrderLog;
import java.util.List;

/**
 * Keeps the orders the intake filtered out (test orders, likely click-farming) for audit: they are
 * not imported, but not silently discarded either. Implementations must be thread-safe.
 */
public interface FilteredOrderLog {

  /** Keeps one filtered order. */
  void record(FilteredOrder filtered);

  /** Every filtered order held, oldest first, unmodifiable. */
  List<FilteredOrder> list();

  /** The default: an unbounded, thread-safe list in memory. */
  static FilteredOrderLog inMemory() {
    return new InMemoryFilteredOrderLog();
  }
}
