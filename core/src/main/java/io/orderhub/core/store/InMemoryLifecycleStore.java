package io.orderhub.core.store;

import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.internal.Checks;
import io.orderhub.core.lifecycle.LifecycleRecord;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A thread-safe {@link LifecycleStore} in memory: writes to one record are a compare-and-set on its
 * version, reads never block. For embedding, tests and a single JVM.
 */
public final class InMemoryLifecycleStore implements LifecycleStore {
  static final Set<OrderStatus> TERMINAL = EnumSet.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED, OrderStatus.REFUNDED);

  private final VersionedMap<OrderId, LifecycleRecord> records =
      new VersionedMap<>(LifecycleRecord::version, LifecycleRecord::withVersion);

  @Override
  public Optional<LifecycleRecord> get(OrderId orderId) {
    return records.get(Checks.requireNonNull(orderId, "orderId"));
  }

  @Override
  public LifecycleRecord insert(LifecycleRecord record) {
    return records.insert(record.orderId(), record)
        .orElseThrow(() -> new DuplicateOrderException(record.orderId(), "lifecycle record"));
  }

  @Override
  public LifecycleRecord update(LifecycleRecord record) {
    return records.update(record.orderId(), record.orderId(), record);
  }

  @Override
  public List<LifecycleRecord> byStatus(OrderStatus status) {
    return records.select(r -> r.status() == status, Comparator.comparing(LifecycleRecord::orderId));
  }

  @Override
  public List<LifecycleRecord> stalledSince(Instant instant) {
    return records.select(r -> !TERMINAL.contains(r.status()) && r.enteredAt().isBefore(instant),
        Comparator.comparing(LifecycleRecord::enteredAt).thenComparing(LifecycleRecord::orderId));
  }

  @Override
  public long count() {
    return records.size();
  }
}
