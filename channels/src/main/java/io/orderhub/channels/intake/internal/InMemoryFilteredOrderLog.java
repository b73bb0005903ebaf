package io.orderhub.channels.intake.internal;

import io.orderhub.channels.intake.FilteredOrder;
import io.orderhub.channels.intake.spi.FilteredOrderLog;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** {@link FilteredOrderLog#inMemory()}: a lock-free queue. */
public final class InMemoryFilteredOrderLog implements FilteredOrderLog {
  private final ConcurrentLinkedQueue<FilteredOrder> orders = new ConcurrentLinkedQueue<>();

  @Override
  public void record(FilteredOrder filtered) {
    orders.add(filtered);
  }

  @Override
  public List<FilteredOrder> list() {
    return List.copyOf(orders);
  }
}
