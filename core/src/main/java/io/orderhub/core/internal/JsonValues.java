package io.orderhub.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderhub.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Turns platform attribute values into immutable JSON-like values: {@link String}, {@link
 * Boolean}, {@link BigDecimal} (every number, so equality does not depend on int vs long), and
 * unmodifiable {@link List}s and {@link Map}s of those. JSON null becomes {@code null} and is
 * dropped from maps. Not API.
 *
 * <p>The lists and maps this class builds are private types ({@link FrozenList}, {@link
 * FrozenMap}) that only ever hold normalised values, so normalising one again returns it as it is:
 * an order's attributes are converted once, when they come from a payload, and every later copy
 * ({@code toBuilder}, {@code with...}) shares them instead of walking them again.
 */
public final class JsonValues {
  private static final Map<String, Object> EMPTY = new FrozenMap(new String[0], new Object[0], 0);

  private JsonValues() {}

  /** The normalised form of {@code value}, or {@code null} for JSON null. */
  public static @Nullable Object normalize(@Nullable Object value, String field) {
    try {
      return convert(value);
    } catch (NotJson e) {
      throw new InvalidValueException(field + e.where, e.type,
          "is not a JSON value (string, boolean, integer, BigDecimal, list or map; never double)");
    }
  }

  /**
   * A value that is not JSON-like, found somewhere inside the value being normalised. Its {@link
   * #where} is built while unwinding, so nested values are converted without building a field name
   * for each of them on the way down. Never escapes this class.
   */
  private static final class NotJson extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String type;
    String where = "";

    NotJson(String type) {
      super(null, null, false, false);
      this.type = type;
    }
  }

  private static @Nullable Object convert(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String || value instanceof Boolean || value instanceof FrozenMap
        || value instanceof FrozenList || value instanceof JsonBlockMap || value instanceof AttributeParts.Lazy) {
      return value; // immutable, and frozen collections hold only normalised values
    }
    if (value instanceof JsonNode) {
      return fromNode((JsonNode) value);
    }
    if (value instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) value;
      return d.scale() < 0 ? d.setScale(0) : d; // 1E+3 is written as 1000 and read back so
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger) {
      return new BigDecimal((BigInteger) value);
    }
    if (value instanceof List) {
      List<?> list = (List<?>) value;
      Object[] out = new Object[list.size()];
      int n = 0;
      for (Object o : list) {
        Object v;
        try {
          v = convert(o);
        } catch (NotJson e) {
          e.where = "[]" + e.where;
          throw e;
        }
        if (v != null) {
          out[n++] = v;
        }
      }
      return new FrozenList(out, n);
    }
    if (value instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) value;
      if (stringKeys(map)) { // distinct already: straight into the arrays
        String[] keys = new String[map.size()];
        Object[] values = new Object[keys.length];
        int n = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          String key = (String) e.getKey();
          Object v = convertEntry(key, e.getValue());
          if (v != null) {
            keys[n] = key;
            values[n++] = v;
          }
        }
        return new FrozenMap(keys, values, n);
      }
      Map<String, Object> out = new LinkedHashMap<>(capacity(map.size())); // keys 1 and "1" are one key
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        Object n = convertEntry(key, e.getValue());
        if (n != null) {
          out.put(key, n);
        }
      }
      return FrozenMap.of(out);
    }
    throw new NotJson(value.getClass().getSimpleName());
  }

  private static @Nullable Object convertEntry(String key, @Nullable Object value) {
    try {
      return convert(value);
    } catch (NotJson e) {
      e.where = "." + key + e.where;
      throw e;
    }
  }

  /** An immutable copy of an attribute map, nulls dropped; a map this class built is returned as is. */
  public static Map<String, Object> copyMap(Map<String, ?> map, String field) {
    if (isNormalized(map)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> frozen = (Map<String, Object>) map;
      return frozen;
    }
    if (map.isEmpty()) {
      return EMPTY;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) normalize(map, field);
    return m == null ? EMPTY : m;
  }

  /**
   * The fields of the JSON object {@code object} whose names are not in {@code skip}, normalised,
   * JSON nulls dropped, in document order: the same map {@code copyMap} makes of those fields
   * collected into a {@code LinkedHashMap} of nodes first, built straight from the node.
   */
  public static Map<String, Object> fieldsExcept(JsonNode object, Set<String> skip) {
    int size = object.size();
    if (size == 0) {
      return EMPTY;
    }
    String[] keys = new String[size];
    Object[] values = new Object[size];
    int n = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (skip.contains(e.getKey())) {
        continue;
      }
      Object v = fromNode(e.getValue());
      if (v != null) { // an object's field names are distinct already
        keys[n] = e.getKey();
        values[n++] = v;
      }
    }
    return n == 0 ? EMPTY : new FrozenMap(keys, values, n);
  }

  /**
   * Whether {@code map} is an immutable attribute map built by {@link #copyMap} or {@link
   * AttributeParts#build} (so it needs no copy).
   */
  public static boolean isNormalized(Map<String, ?> map) {
    return map instanceof FrozenMap || map instanceof JsonBlockMap || map instanceof AttributeParts.Lazy;
  }

  /**
   * {@code attributes} in the form that costs least to keep: a map collected from a payload
   * ({@link AttributeParts}) and not read yet becomes one JSON document (see {@link JsonBlockMap});
   * any other map is returned as it is. Equal to {@code attributes} either way. For stores that
   * keep many orders in memory.
   */
  public static Map<String, Object> compact(Map<String, Object> attributes) {
    if (!(attributes instanceof AttributeParts.Lazy)) {
      return attributes;
    }
    AttributeParts.Lazy lazy = (AttributeParts.Lazy) attributes;
    Map<String, Object> block = JsonBlockMap.of(lazy.parts());
    return block != null ? block : lazy.map();
  }

  private static @Nullable Object fromNode(JsonNode node) {
    if (node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      if (node.isIntegralNumber()) {
        return node.canConvertToLong()
            ? BigDecimal.valueOf(node.longValue())
            : new BigDecimal(node.bigIntegerValue());
      }
      return convert(node.decimalValue());
    }
    if (node.isArray()) {
      Object[] out = new Object[node.size()];
      int n = 0;
      for (JsonNode e : node) {
        Object v = fromNode(e);
        if (v != null) {
          out[n++] = v;
        }
      }
      return new FrozenList(out, n);
    }
    if (node.isObject()) {
      String[] keys = new String[node.size()];
      Object[] values = new Object[keys.length];
      int n = 0;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Object v = fromNode(e.getValue());
        if (v != null) { // an object's field names are distinct already
          keys[n] = e.getKey();
          values[n++] = v;
        }
      }
      return new FrozenMap(keys, values, n);
    }
    return node.asText();
  }

  private static boolean stringKeys(Map<?, ?> map) {
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        return false;
      }
    }
    return true;
  }

  private static int capacity(int size) {
    return size < 3 ? size + 1 : (int) (size / 0.75f) + 1;
  }

  /** An unmodifiable list of normalised values. */
  private static final class FrozenList extends AbstractList<Object> implements RandomAccess {
    private final Object[] values;
    private final int size;

    FrozenList(Object[] values, int size) {
      this.values = values;
      this.size = size;
    }

    @Override
    public Object get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException("index " + index + ", size " + size);
      }
      return values[index];
    }

    @Override
    public int size() {
      return size;
    }
  }

  /**
   * An unmodifiable, insertion-ordered map of normalised values, held in two arrays: attribute maps
   * are small and read rarely, so this costs a fraction of a {@code LinkedHashMap} to build. Lookups
   * scan the keys; a map of more than {@value #SCAN} entries also gets a hash index, built on the
   * first lookup (most attribute maps are built and written out, never looked up).
   */
  private static final class FrozenMap extends AbstractMap<String, Object> {
    private static final int SCAN = 12;
    private final String[] keys;
    private final Object[] values;
    private final int size;
    /**
     * The hash index of a large map, {@code null} until first needed. Volatile so that a thread
     * that sees it sees it fully built; two threads racing may each build one (the same contents).
     */
    private volatile @Nullable Map<String, Object> index;
    private @Nullable Set<Map.Entry<String, Object>> entries;

    /** {@code keys} are distinct; the arrays are owned by the new map from now on. */
    FrozenMap(String[] keys, Object[] values, int size) {
      this.keys = keys;
      this.values = values;
      this.size = size;
    }

    /** The hash index, or {@code null} for a map small enough to scan. */
    private @Nullable Map<String, Object> index() {
      if (size <= SCAN) {
        return null;
      }
      Map<String, Object> m = index;
      if (m == null) {
        m = new HashMap<>(capacity(size));
        for (int i = 0; i < size; i++) {
          m.put(keys[i], values[i]);
        }
        index = m;
      }
      return m;
    }

    static FrozenMap of(Map<String, Object> ordered) {
      int n = ordered.size();
      String[] k = new String[n];
      Object[] v = new Object[n];
      int i = 0;
      for (Map.Entry<String, Object> e : ordered.entrySet()) {
        k[i] = e.getKey();
        v[i++] = e.getValue();
      }
      return new FrozenMap(k, v, n);
    }

    private int indexOf(@Nullable Object key) {
      for (int i = 0; i < size; i++) {
        if (keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public boolean isEmpty() {
      return size == 0;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      Map<String, Object> m = index();
      return m != null ? m.containsKey(key) : indexOf(key) >= 0;
    }

    @Override
    public @Nullable Object get(@Nullable Object key) {
      Map<String, Object> m = index();
      if (m != null) {
        return m.get(key);
      }
      int i = indexOf(key);
      return i < 0 ? null : values[i];
    }

    @Override
    public Object remove(@Nullable Object key) {
      throw new UnsupportedOperationException(); // like Collections.unmodifiableMap, even for a missing key
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
      for (int i = 0; i < size; i++) {
        action.accept(keys[i], values[i]);
      }
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
      Set<Map.Entry<String, Object>> es = entries;
      if (es == null) {
        es = new AbstractSet<>() {
          @Override
          public Iterator<Map.Entry<String, Object>> iterator() {
            return new Iterator<>() {
              private int next;

              @Override
              public boolean hasNext() {
                return next < size;
              }

              @Override
              public Map.Entry<String, Object> next() {
                if (next >= size) {
                  throw new NoSuchElementException();
                }
                int i = next++;
                return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
              }
            };
          }

          @Override
          public int size() {
            return size;
          }
        };
        entries = es;
      }
      return es;
    }
  }
}
