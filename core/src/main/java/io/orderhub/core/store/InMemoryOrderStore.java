package io.orderhub.core.store;

import io.orderhub.core.ChannelId;
import io.orderhub.core.ExternalOrderId;
import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A thread-safe {@link OrderStore} in memory. Writes to one order are atomic (a compare-and-set on
 * the version); reads never block. Suitable for embedding, tests and a single JVM.
 */
public final class InMemoryOrderStore implements OrderStore {
  private static final Set<OrderStatus> TERMINAL =
      EnumSet.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED, OrderStatus.REFUNDED);

  private final ConcurrentMap<OrderId, Order> byId = new ConcurrentHashMap<>();
  private final ConcurrentMap<Key, OrderId> byExternal = new ConcurrentHashMap<>();

  @Override
  public Optional<Order> get(OrderId id) {
    return Optional.ofNullable(byId.get(id));
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
    Order stored = order.withVersion(1);
    if (byId.putIfAbsent(order.id(), stored) != null) {
      byExternal.remove(key, order.id());
      throw new DuplicateOrderException(order.id(), "same id");
    }
    return stored;
  }

  @Override
  public Order update(Order order) {
    Order next = order.withVersion(order.version() + 1);
    Order[] seen = new Order[1];
    Order result = byId.computeIfPresent(order.id(), (id, current) -> {
      seen[0] = current;
      return current.version() == order.version() ? next : current;
    });
    if (result == null) {
      throw new StaleVersionException(order.id(), order.version(), -1);
    }
    if (result != next) {
      throw new StaleVersionException(order.id(), order.version(), seen[0].version());
    }
    return next;
  }

  @Override
  public List<Order> byStatus(OrderStatus status) {
    List<Order> out = new ArrayList<>();
    for (Order o : byId.values()) {
      if (o.status() == status) {
        out.add(o);
      }
    }
    out.sort(Comparator.comparing(Order::id));
    return out;
  }

  @Override
  public List<Order> stalledSince(Instant instant) {
    List<Order> out = new ArrayList<>();
    for (Order o : byId.values()) {
      if (!TERMINAL.contains(o.status()) && lastChange(o).isBefore(instant)) {
        out.add(o);
      }
    }
    out.sort(Comparator.comparing(InMemoryOrderStore::lastChange).thenComparing(Order::id));
    return out;
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
