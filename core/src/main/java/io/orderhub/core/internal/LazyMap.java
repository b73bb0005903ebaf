package io.orderhub.core.internal;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An immutable attribute map kept in some cheaper form until it is first read, then read once into
 * the map every read answers from. Thread-safe: a race to read it reads it twice into equal maps.
 * Not API.
 */
abstract class LazyMap extends AbstractMap<String, Object> {
  private volatile @Nullable Map<String, Object> map;

  /** The map this one holds, read from the cheaper form. */
  protected abstract Map<String, Object> read();

  final Map<String, Object> map() {
    Map<String, Object> m = map;
    if (m == null) {
      m = read();
      map = m;
    }
    return m;
  }

  @Override
  public int size() {
    return map().size();
  }

  @Override
  public boolean isEmpty() {
    return map().isEmpty();
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return map().containsKey(key);
  }

  @Override
  public @Nullable Object get(@Nullable Object key) {
    return map().get(key);
  }

  @Override
  public Object remove(@Nullable Object key) {
    throw new UnsupportedOperationException(); // like Collections.unmodifiableMap, even for a missing key
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Object> action) {
    map().forEach(action);
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    return map().entrySet();
  }
}
