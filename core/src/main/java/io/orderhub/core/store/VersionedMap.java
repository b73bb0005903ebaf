package io.orderhub.core.store;

import io.orderhub.core.OrderId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Values by order id with an optimistic version, shared by the in-memory stores: an update is a
 * compare-and-set on the version, reads never block.
 *
 * @param <V> the stored value
 */
final class VersionedMap<V> {
  private final ConcurrentMap<OrderId, V> values = new ConcurrentHashMap<>();
  private final ToLongFunction<V> version;
  private final BiFunction<V, Long, V> withVersion;

  VersionedMap(ToLongFunction<V> version, BiFunction<V, Long, V> withVersion) {
    this.version = version;
    this.withVersion = withVersion;
  }

  Optional<V> get(OrderId id) {
    return Optional.ofNullable(values.get(id));
  }

  /** Stores {@code value} with version 1; empty when the id is taken. */
  Optional<V> insert(OrderId id, V value) {
    V stored = withVersion.apply(value, 1L);
    return values.putIfAbsent(id, stored) == null ? Optional.of(stored) : Optional.empty();
  }

  /**
   * Replaces the value whose version equals {@code value}'s and returns it with the version
   * incremented.
   *
   * @throws StaleVersionException when the stored version differs or nothing is stored
   */
  V update(OrderId id, V value) {
    long expected = version.applyAsLong(value);
    V next = withVersion.apply(value, expected + 1);
    long[] seen = {-1};
    values.computeIfPresent(id, (k, current) -> {
      seen[0] = version.applyAsLong(current);
      return seen[0] == expected ? next : current;
    });
    if (seen[0] != expected) {
      throw new StaleVersionException(id, expected, seen[0]);
    }
    return next;
  }

  /** The values matching {@code filter}, sorted by {@code order}. */
  List<V> select(Predicate<V> filter, Comparator<V> order) {
    List<V> out = new ArrayList<>();
    for (V v : values.values()) {
      if (filter.test(v)) {
        out.add(v);
      }
    }
    out.sort(order);
    return out;
  }

  long size() {
    return values.size();
  }
}
