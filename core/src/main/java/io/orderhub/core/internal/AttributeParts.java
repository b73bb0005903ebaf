package io.orderhub.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderhub.core.json.PayloadNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An attribute map collected in the order its entries are given: single entries, and all the
 * fields of a payload object but some (an adapter's unmapped fields), without a map entry per
 * field. {@link #build} makes the map that putting every entry into a {@code LinkedHashMap} in the
 * same order (a key given again keeps its place and takes the new value) and {@link
 * JsonValues#copyMap copying} it would make; it is read into that map only when first read, and
 * {@link JsonValues#compact} turns it into one JSON document (see {@link JsonBlockMap}) for orders
 * kept in memory. The payload nodes handed over must not change afterwards. Not thread-safe (the
 * built map is). Not API.
 */
public final class AttributeParts {
  /** Pairs: (key, value) for an entry, (node, names to leave out) for an object's fields. */
  private @Nullable Object[] parts = new Object[8];
  private int size;

  /** Adds an entry; a {@code null} value adds nothing. */
  public AttributeParts put(String key, @Nullable Object value) {
    if (value != null) {
      add(Checks.requireNonNull(key, "attributes key"), value);
    }
    return this;
  }

  /**
   * Adds every entry of {@code entries}, in its iteration order; as in {@code Map.putAll}, a
   * {@code null} value replaces an earlier value of its key (and the copy then drops the key).
   */
  public AttributeParts putAll(Map<String, ?> entries) {
    entries.forEach((key, value) -> add(Checks.requireNonNull(key, "attributes key"), value));
    return this;
  }

  /**
   * Adds the fields of the object {@code object} that are not in {@code except} and not JSON null,
   * as {@link PayloadNode#forEachUnknownField} hands them over.
   */
  public AttributeParts fields(PayloadNode object, Set<String> except) {
    add(object, except);
    return this;
  }

  private void add(Object a, @Nullable Object b) {
    if (size + 2 > parts.length) {
      parts = Arrays.copyOf(parts, parts.length * 2);
    }
    parts[size++] = a;
    parts[size++] = b;
  }

  /**
   * Whether nothing was added: no entry (one given with a {@code null} value through {@link
   * #putAll} counts, as it would in a map) and no field of the objects given.
   */
  public boolean isEmpty() {
    for (int i = 0; i < size; i += 2) {
      if (parts[i] instanceof PayloadNode) {
        @SuppressWarnings("unchecked")
        Set<String> except = (Set<String>) parts[i + 1];
        for (Iterator<Map.Entry<String, JsonNode>> it = ((PayloadNode) parts[i]).json().fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (!except.contains(e.getKey()) && !e.getValue().isNull()) {
            return false;
          }
        }
      } else {
        return false;
      }
    }
    return true;
  }

  /**
   * The immutable attribute map: the entries as given, read into the usual map on first read.
   * Every value that is not a payload node is checked now, so that one that is not JSON fails here
   * with the message {@link JsonValues#copyMap} gives.
   */
  public Map<String, Object> build() {
    if (size == 0) {
      return JsonValues.copyMap(Map.of(), "attributes");
    }
    check("attributes");
    return new Lazy(Arrays.copyOf(parts, size));
  }

  /** Fails as normalising would on an entry's value that is not JSON; {@code field} names this map. */
  private void check(String field) {
    for (int i = 0; i < size; i += 2) {
      if (!(parts[i] instanceof PayloadNode)) {
        check(parts[i + 1], field + "." + parts[i]);
      }
    }
  }

  private static void check(@Nullable Object value, String field) {
    if (value == null || value instanceof JsonNode) {
      return;
    }
    if (value instanceof AttributeParts) {
      ((AttributeParts) value).check(field);
    } else if (value instanceof Map && !JsonValues.isNormalized(asMap(value))) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        check(e.getValue(), field + "." + e.getKey());
      }
    } else {
      JsonValues.normalize(value, field);
    }
  }

  /** The map {@link #build} returns: the parts until first read, then the map they make. */
  static final class Lazy extends LazyMap {
    private final @Nullable Object[] parts;

    Lazy(@Nullable Object[] parts) {
      this.parts = parts;
    }

    AttributeParts parts() {
      AttributeParts p = new AttributeParts();
      p.parts = parts;
      p.size = parts.length;
      return p;
    }

    @Override
    protected Map<String, Object> read() {
      return JsonValues.copyMap(parts().toMap(), "attributes");
    }
  }

  /** The entries put into a {@code LinkedHashMap} in order: what {@link #build} is equal to. */
  Map<String, Object> toMap() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < size; i += 2) {
      Object part = parts[i];
      if (part instanceof PayloadNode) {
        @SuppressWarnings("unchecked")
        Set<String> except = (Set<String>) parts[i + 1];
        ((PayloadNode) part).forEachUnknownField(except, out::put);
      } else {
        out.put((String) part, value(parts[i + 1]));
      }
    }
    return out;
  }

  private static @Nullable Object value(@Nullable Object v) {
    if (v instanceof AttributeParts) {
      return ((AttributeParts) v).toMap();
    }
    if (v instanceof Map && !JsonValues.isNormalized(asMap(v))) {
      Map<String, Object> copy = new LinkedHashMap<>();
      asMap(v).forEach((k, x) -> copy.put(k, value(x)));
      return copy;
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  static Map<String, ?> asMap(Object map) {
    return (Map<String, ?>) map;
  }

  int size() {
    return size;
  }

  @Nullable Object part(int i) {
    return parts[i];
  }
}
