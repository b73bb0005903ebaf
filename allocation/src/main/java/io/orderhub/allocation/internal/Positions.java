package io.orderhub.allocation.internal;

import io.orderhub.allocation.StockKey;
import io.orderhub.allocation.StockLevel;
import io.orderhub.core.internal.Checks;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Units per stock position, sorted by {@link StockKey} (the lock order), every value in {@code
 * 1..}{@link StockLevel#MAX_QUANTITY}: the quantities of a reservation request and of a reservation.
 * Immutable, so a {@link io.orderhub.allocation.Reservation} changing state shares it instead of
 * copying and re-validating it, and stores read it by index without boxing. It behaves as an
 * unmodifiable {@link Map} (equality, hash code and {@code toString} as any map). Not API.
 */
public final class Positions extends AbstractMap<StockKey, Long> {
  private final StockKey[] keys;
  private final long[] units;

  private Positions(StockKey[] keys, long[] units) {
    this.keys = keys;
    this.units = units;
  }

  /**
   * {@code quantities} itself when it is already {@code Positions}, else a sorted, validated copy;
   * a bad entry fails naming {@code field[key]} (a missing key: {@code field key}).
   */
  public static Positions of(Map<StockKey, Long> quantities, String field) {
    if (quantities instanceof Positions) {
      return (Positions) quantities;
    }
    Checks.requireNonNull(quantities, field);
    Map<StockKey, Long> sorted = quantities;
    if (!(quantities instanceof SortedMap) || ((SortedMap<StockKey, Long>) quantities).comparator() != null) {
      TreeMap<StockKey, Long> copy = new TreeMap<>();
      for (Map.Entry<StockKey, Long> e : quantities.entrySet()) {
        check(e.getKey(), e.getValue(), field);
        copy.put(e.getKey(), e.getValue());
      }
      sorted = copy;
    }
    StockKey[] keys = new StockKey[sorted.size()];
    long[] units = new long[keys.length];
    int i = 0;
    for (Map.Entry<StockKey, Long> e : sorted.entrySet()) {
      units[i] = check(e.getKey(), e.getValue(), field);
      keys[i++] = e.getKey();
    }
    return new Positions(keys, units);
  }

  /**
   * Positions from parallel arrays, which it takes over (the caller must not change them): keys
   * strictly ascending, units in {@code 1..}{@link StockLevel#MAX_QUANTITY}; a bad entry fails like
   * {@link #of}, an unsorted or repeated key naming {@code field[key]}.
   */
  public static Positions ofSorted(StockKey[] keys, long[] units, String field) {
    Checks.requireArgument(keys.length == units.length, field, keys.length + " keys", "do not match "
        + units.length + " quantities");
    for (int i = 0; i < keys.length; i++) {
      check(keys[i], units[i], field);
      if (i > 0 && keys[i - 1].compareTo(keys[i]) >= 0) {
        Checks.requireArgument(false, field + "[" + keys[i] + "]", units[i], "is not after " + keys[i - 1]);
      }
    }
    return new Positions(keys, units);
  }

  private static long check(@Nullable StockKey key, @Nullable Long value, String field) {
    // messages built only on failure: this runs for every position of every reservation
    if (value == null) {
      Checks.requireNonNull(value, field + "[" + key + "]");
    }
    return check(key, (long) value, field);
  }

  private static long check(@Nullable StockKey key, long q, String field) {
    if (q <= 0 || q > StockLevel.MAX_QUANTITY) {
      Checks.requireArgument(false, field + "[" + key + "]", q, "is not in 1.." + StockLevel.MAX_QUANTITY);
    }
    if (key == null) {
      Checks.requireNonNull(key, field + " key");
    }
    return q;
  }

  /** How many positions. */
  public int count() {
    return keys.length;
  }

  /** The {@code i}-th position, in key order. */
  public StockKey key(int i) {
    return keys[i];
  }

  /** Units at the {@code i}-th position. */
  public long units(int i) {
    return units[i];
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public @Nullable Long get(@Nullable Object key) {
    int i = indexOf(key);
    return i < 0 ? null : units[i];
  }

  private int indexOf(@Nullable Object key) {
    return key instanceof StockKey ? Arrays.binarySearch(keys, key) : -1;
  }

  @Override
  public Set<Map.Entry<StockKey, Long>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Map.Entry<StockKey, Long>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Map.Entry<StockKey, Long> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(keys[i], units[i]);
          }
        };
      }
    };
  }
}
