package io.orderhub.core.store;

import io.orderhub.core.ChannelId;
import io.orderhub.core.ExternalOrderId;
import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Persistence of orders, implemented by hosts on their own database ({@link InMemoryOrderStore} is
 * the default). Implementations must be thread-safe and must make {@link #update(Order)} a single
 * conditional write on the version (e.g. {@code UPDATE ... WHERE id = ? AND version = ?}).
 */
public interface OrderStore {

  /** The order with this id. */
  Optional<Order> get(OrderId id);

  /** The order a channel knows by {@code externalId}. */
  Optional<Order> find(ChannelId channel, ExternalOrderId externalId);

  /**
   * Stores a new order and returns it with version 1.
   *
   * @throws DuplicateOrderException when the id or the (channel, externalId) pair is taken
   */
  Order insert(Order order);

  /**
   * Replaces the stored order whose version equals {@code order.version()} and returns the new
   * state with the version incremented.
   *
   * @throws StaleVersionException when the stored version differs (or the order is gone)
   */
  Order update(Order order);

  /** Orders in {@code status}, by id. */
  List<Order> byStatus(OrderStatus status);

  /**
   * Orders that have not changed since before {@code instant} (by {@code updatedAt}, else {@code
   * createdAt}) and are not in a terminal state ({@code COMPLETED}, {@code CANCELLED}, {@code
   * REFUNDED}), oldest first.
   */
  List<Order> stalledSince(Instant instant);

  /** How many orders are stored. */
  long count();
}
