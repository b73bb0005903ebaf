package io.orderhub.core.store;

import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.lifecycle.LifecycleRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Persistence of {@link LifecycleRecord}s (an order's lifecycle state and history), kept beside the
 * {@link OrderStore}; implemented by hosts on their own database ({@link InMemoryLifecycleStore} is
 * the default). Implementations must be thread-safe and make {@link #update} a single conditional
 * write on the record's version.
 */
public interface LifecycleStore {

  /** The record of this order. */
  Optional<LifecycleRecord> get(OrderId orderId);

  /**
   * Stores the first record of an order and returns it with version 1.
   *
   * @throws DuplicateOrderException when the order already has a record
   */
  LifecycleRecord insert(LifecycleRecord record);

  /**
   * Replaces the stored record whose version equals {@code record.version()} and returns the new
   * one with the version incremented.
   *
   * @throws StaleVersionException when the stored version differs (or the record is gone)
   */
  LifecycleRecord update(LifecycleRecord record);

  /** Records in {@code status}, by order id. */
  List<LifecycleRecord> byStatus(OrderStatus status);

  /**
   * Records that entered their status before {@code instant} and are not in a terminal state
   * ({@code COMPLETED}, {@code CANCELLED}, {@code REFUNDED}), longest waiting first: the candidates
   * a health check looks at.
   */
  List<LifecycleRecord> stalledSince(Instant instant);

  /** How many records are stored. */
  long count();
}
