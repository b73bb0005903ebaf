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
import org.jspecify.annotations.Nullable;

/**
 * Values with an optimistic version, shared by the in-memory stores: an update is a compare-and-set
 * on the version, reads never block.
 *
 * @param <K> the key (an order id, or an order's channel and external id)
 * @param <V> the stored value
 */
final class VersionedMap<K, V> {
  private final ConcurrentMap<K, V> values = new ConcurrentHashMap<>();
  private final ToLongFunction<V> version;
  private final BiFunction<V, Long, V> withVersion;

  VersionedMap(ToLongFunction<V> version, BiFunction<V, Long, V> withVersion) {
    this.version = version;
    this.withVersion = withVersion;
  }

  Optional<V> get(K key) {
    return Optional.ofNullable(values.get(key));
  }

  /** {@code value} with version 1, as {@link #insert} would store it. */
  V first(V value) {
    return withVersion.apply(value, 1L);
  }

  /** Stores {@code value} with version 1; empty when the key is taken. */
  Optional<V> insert(K key, V value) {
    V stored = first(value);
    return putIfAbsent(key, stored) == null ? Optional.of(stored) : Optional.empty();
  }

  /**
   * Stores {@code stored} as it is (made by {@link #first}) unless the key is taken.
   *
   * @return the value already stored under {@code key}, or {@code null} when {@code stored} went in
   */
  @Nullable V putIfAbsent(K key, V stored) {
    return values.putIfAbsent(key, stored);
  }

  /** Removes {@code stored} if it is still the value under {@code key} (undoes {@link #putIfAbsent}). */
  void remove(K key, V stored) {
    values.remove(key, stored);
  }

  /**
   * Replaces the value whose version equals {@code value}'s and returns it with the version
   * incremented.
   *
   * @param id the order's id, for the exception
   * @throws StaleVersionException when the stored version differs or nothing is stored
   */
  V update(K key, OrderId id, V value) {
    long expected = version.applyAsLong(value);
    V next = withVersion.apply(value, expected + 1);
    long[] seen = {-1};
    values.computeIfPresent(key, (k, current) -> {
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
