package io.orderhub.core.store;

import io.orderhub.core.ChannelId;
import io.orderhub.core.ExternalOrderId;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A thread-safe {@link OrderStore} in memory. Writes to one order are atomic (a compare-and-set on
 * the version); reads never block. Suitable for embedding, tests and a single JVM.
 */
public final class InMemoryOrderStore implements OrderStore {
  private final VersionedMap<Order> byId = new VersionedMap<>(Order::version, Order::withVersion);
  private final ConcurrentMap<Key, OrderId> byExternal = new ConcurrentHashMap<>();

  @Override
  public Optional<Order> get(OrderId id) {
    return byId.get(id);
  }

  @Override
  public Optional<Order> find(ChannelId channel, ExternalOrderId externalId) {
    OrderId id = byExternal.get(new Key(channel, externalId));
    return id == null ? Optional.empty() : get(id);
  }

  @Override
  public Order insert(Order order) {
    Key key = new Key(order.channel(), order.externalId());
    OrderId previous = byExternal.putIfAbsent(key, order.id());
    if (previous != null) {
      throw new DuplicateOrderException(previous, "channel " + order.channel() + " external id " + order.externalId());
    }
    Optional<Order> stored = byId.insert(order.id(), order);
    if (stored.isEmpty()) {
      byExternal.remove(key, order.id());
      throw new DuplicateOrderException(order.id(), "same id");
    }
    return stored.get();
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidValueException when the update changes the order's channel or external id (the
   *     index by (channel, externalId) would otherwise point at the wrong order)
   */
  @Override
  public Order update(Order order) {
    Optional<Order> current = byId.get(order.id());
    if (current.isPresent() && !(current.get().channel().equals(order.channel())
        && current.get().externalId().equals(order.externalId()))) {
      throw new InvalidValueException("externalId", order.channel() + "/" + order.externalId(),
          "differs from the stored order's " + current.get().channel() + "/" + current.get().externalId()
              + " (an update cannot move an order to another channel or external id)");
    }
    return byId.update(order.id(), order);
  }

  @Override
  public List<Order> byStatus(OrderStatus status) {
    return byId.select(o -> o.status() == status, Comparator.comparing(Order::id));
  }

  @Override
  public List<Order> stalledSince(Instant instant) {
    return byId.select(o -> !InMemoryLifecycleStore.TERMINAL.contains(o.status()) && lastChange(o).isBefore(instant),
        Comparator.comparing(InMemoryOrderStore::lastChange).thenComparing(Order::id));
  }

  @Override
  public long count() {
    return byId.size();
  }

  private static Instant lastChange(Order o) {
    return o.updatedAt().orElse(o.createdAt());
  }

  private record Key(ChannelId channel, ExternalOrderId externalId) {}
}
