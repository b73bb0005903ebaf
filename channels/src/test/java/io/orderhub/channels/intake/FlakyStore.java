package io.orderhub.channels.intake;

import io.orderhub.core.ChannelId;
import io.orderhub.core.ExternalOrderId;
import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.store.InMemoryOrderStore;
import io.orderhub.core.store.OrderStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** An in-memory store whose writes fail while {@link #failures} is positive, with the failure the test chooses. */
final class FlakyStore implements OrderStore {
  final InMemoryOrderStore delegate = new InMemoryOrderStore();
  final AtomicInteger failures = new AtomicInteger();
  final AtomicInteger writes = new AtomicInteger();
  volatile Supplier<RuntimeException> failure = () -> new StoreUnavailableException("database failing over");

  @Override
  public Optional<Order> get(OrderId id) {
    return delegate.get(id);
  }

  @Override
  public Optional<Order> find(ChannelId channel, ExternalOrderId externalId) {
    return delegate.find(channel, externalId);
  }

  @Override
  public Order insert(Order order) {
    maybeFail();
    return delegate.insert(order);
  }

  @Override
  public Order update(Order order) {
    maybeFail();
    return delegate.update(order);
  }

  @Override
  public List<Order> byStatus(OrderStatus status) {
    return delegate.byStatus(status);
  }

  @Override
  public List<Order> stalledSince(Instant instant) {
    return delegate.stalledSince(instant);
  }

  @Override
  public long count() {
    return delegate.count();
  }

  private void maybeFail() {
    writes.incrementAndGet();
    if (failures.getAndUpdate(n -> n > 0 ? n - 1 : n) > 0) {
      throw failure.get();
    }
  }
}
