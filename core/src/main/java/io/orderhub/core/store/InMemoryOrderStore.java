package io.orderhub.core.store;

import io.orderhub.core.ChannelId;
import io.orderhub.core.ExternalOrderId;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.internal.JsonValues;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A thread-safe {@link OrderStore} in memory. Writes to one order are atomic (a compare-and-set on
 * the version); reads never block. Suitable for embedding, tests and a single JVM.
 *
 * <p>An order's unmapped platform fields, when an adapter collected them and nobody has read them
 * yet, are kept as one JSON document (equal to the map they make, read on first access): the
 * store holds far fewer objects per order, which is what a heap full of orders costs the garbage
 * collector.
 *
 * <p>Orders are held by (channel, external id), with an index from order id to that key. An insert
 * takes effect with one {@code putIfAbsent} on the (channel, external id) map, so {@link #find}
 * never misses an order whose insert already made a concurrent insert fail: a writer that loses an
 * insert race finds the winner's order at once when it reads again.
 */
public final class InMemoryOrderStore implements OrderStore {
  private final VersionedMap<Key, Order> byExternal = new VersionedMap<>(Order::version, InMemoryOrderStore::kept);
  private final ConcurrentMap<OrderId, Key> keyById = new ConcurrentHashMap<>();

  @Override
  public Optional<Order> get(OrderId id) {
    Key key = keyById.get(id);
    return key == null ? Optional.empty() : byExternal.get(key);
  }

  @Override
  public Optional<Order> find(ChannelId channel, ExternalOrderId externalId) {
    return byExternal.get(new Key(channel, externalId));
  }

  @Override
  public Order insert(Order order) {
    Key key = Key.of(order);
    Order stored = byExternal.first(order);
    Order previous = byExternal.putIfAbsent(key, stored);
    if (previous != null) {
      throw new DuplicateOrderException(previous.id(), "channel " + order.channel() + " external id "
          + order.externalId());
    }
    if (keyById.putIfAbsent(order.id(), key) != null) {
      byExternal.remove(key, stored);
      throw new DuplicateOrderException(order.id(), "same id");
    }
    return stored;
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidValueException when the update changes the order's channel or external id (the
   *     index by (channel, externalId) would otherwise point at the wrong order)
   */
  @Override
  public Order update(Order order) {
    Key key = keyById.get(order.id());
    if (key == null) {
      throw new StaleVersionException(order.id(), order.version(), -1); // nothing stored under this id
    }
    if (!key.equals(Key.of(order))) {
      throw new InvalidValueException("externalId", order.channel() + "/" + order.externalId(),
          "differs from the stored order's " + key.channel() + "/" + key.externalId()
              + " (an update cannot move an order to another channel or external id)");
    }
    return byExternal.update(key, order.id(), order);
  }

  @Override
  public List<Order> byStatus(OrderStatus status) {
    return byExternal.select(o -> o.status() == status, Comparator.comparing(Order::id));
  }

  @Override
  public List<Order> stalledSince(Instant instant) {
    return byExternal.select(
        o -> !InMemoryLifecycleStore.TERMINAL.contains(o.status()) && lastChange(o).isBefore(instant),
        Comparator.comparing(InMemoryOrderStore::lastChange).thenComparing(Order::id));
  }

  @Override
  public long count() {
    return keyById.size();
  }

  /**
   * {@code order} with {@code version}, as the store keeps it: attributes collected from a payload
   * and not read yet are kept as one JSON document ({@link JsonValues#compact}), so that an order in
   * memory holds two objects for its unmapped platform fields instead of one or more per value.
   */
  private static Order kept(Order order, long version) {
    Map<String, Object> attributes = order.attributes();
    Map<String, Object> compact = JsonValues.compact(attributes);
    return compact == attributes ? order.withVersion(version)
        : order.toBuilder().version(version).attributes(compact).build();
  }

  private static Instant lastChange(Order o) {
    return o.updatedAt().orElse(o.createdAt());
  }

  private record Key(ChannelId channel, ExternalOrderId externalId) {
    static Key of(Order order) {
      return new Key(order.channel(), order.externalId());
    }
  }
}
