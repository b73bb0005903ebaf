package io.orderhub.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.orderhub.core.json.PayloadNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An immutable attribute map kept as one JSON document (UTF-8 bytes) until it is first read, then
 * read into the map {@link JsonValues#copyMap} would have made of the same entries. An order read
 * from a platform payload keeps its unmapped fields this way: copied verbatim from the payload
 * into one byte array, instead of a string, number, list or map object per value. Most orders are
 * stored and written out by the host without their attributes ever being read, and an in-memory
 * store that keeps many orders keeps (and its garbage collector copies) far fewer objects.
 *
 * <p>The document is written with Jackson: {@link PayloadNode} values read from bytes as the bytes
 * they were read from, every other value (a node made from a tree too) normalised first (so that it fails as {@code copyMap}
 * would) and then written. Reading it back with the tree reader the payload was read with (big
 * decimals exact, trailing zeros kept) gives back the same values: numbers as {@link BigDecimal}s
 * of the same scale, JSON nulls dropped, and a field named twice where it first appears with the
 * value it last has, as before. Thread-safe: a race to read the document reads it twice into equal
 * maps. Not API.
 */
final class JsonBlockMap extends AbstractMap<String, Object> {
  /**
   * Writes and reads the documents: number handling as {@code OrderJson}'s payload reader; limits
   * far above what can be written (the bytes are written here, from values already checked).
   */
  private static final JsonMapper MAPPER = mapper();

  private final byte[] json;
  private volatile @Nullable Map<String, Object> map;

  private JsonBlockMap(byte[] json) {
    this.json = json;
  }

  private static JsonMapper mapper() {
    JsonMapper m = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
    m.getFactory().setStreamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(1_000).build());
    m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(2_000)
        .maxNumberLength(Integer.MAX_VALUE)
        .maxStringLength(Integer.MAX_VALUE)
        .maxDocumentLength(-1)
        .build());
    return m;
  }

  /**
   * {@code entries} as a document, or {@code null} when a value cannot be written that way (the
   * caller then normalises the map as usual, which also reports a value that is not JSON).
   */
  static @Nullable Map<String, Object> of(Map<String, ?> entries) {
    Document out = new Document();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      write(g, entries);
    } catch (IOException | RuntimeException e) {
      return null; // e.g. a value that is not JSON, a number too long to write plainly
    }
    return new JsonBlockMap(out.bytes);
  }

  /**
   * Collects what the generator writes: it writes through its own (recycled) buffer, so a document
   * that fits the buffer arrives in one piece and is kept as it is, with no copy.
   */
  private static final class Document extends OutputStream {
    byte[] bytes = new byte[0];

    @Override
    public void write(byte[] b, int off, int len) {
      byte[] out = Arrays.copyOf(bytes, bytes.length + len);
      System.arraycopy(b, off, out, bytes.length, len);
      bytes = out;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }
  }

  private static void write(JsonGenerator g, Map<?, ?> map) throws IOException {
    g.writeStartObject();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      Object v = e.getValue();
      if (v == null || !(e.getKey() instanceof String)) {
        throw new IllegalArgumentException("null value or key that is not a string"); // the usual path decides
      }
      g.writeFieldName((String) e.getKey());
      value(g, v);
    }
    g.writeEndObject();
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v instanceof PayloadNode && ((PayloadNode) v).isReadFromBytes()) {
      ((PayloadNode) v).write(g);
    } else if (v instanceof Map && !isNormalized(v)) {
      write(g, (Map<?, ?>) v); // a map still to normalise: its values may be nodes read from bytes
    } else {
      written(g, JsonValues.normalize(v, "attributes"));
    }
  }

  /** Writes a normalised value: a string, boolean, {@link BigDecimal}, or a list or map of those. */
  private static void written(JsonGenerator g, @Nullable Object v) throws IOException {
    if (v == null) {
      g.writeNull(); // dropped again when read back, as normalising drops it
    } else if (v instanceof String) {
      g.writeString((String) v);
    } else if (v instanceof Boolean) {
      g.writeBoolean((Boolean) v);
    } else if (v instanceof BigDecimal) {
      g.writeNumber((BigDecimal) v);
    } else if (v instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        g.writeFieldName((String) e.getKey());
        written(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      g.writeStartArray();
      for (Object o : (List<?>) v) {
        written(g, o);
      }
      g.writeEndArray();
    }
  }

  @SuppressWarnings("unchecked")
  private static boolean isNormalized(Object map) {
    return JsonValues.isNormalized((Map<String, ?>) map);
  }

  /** Whether {@code value} holds a node read from bytes, which this map keeps without reading it. */
  static boolean holdsRawJson(@Nullable Object value) {
    if (value instanceof PayloadNode) {
      return ((PayloadNode) value).isReadFromBytes();
    }
    if (value instanceof Map && !isNormalized(value)) {
      for (Object v : ((Map<?, ?>) value).values()) {
        if (holdsRawJson(v)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The bytes kept, for tests. */
  int documentLength() {
    return json.length;
  }

  private Map<String, Object> map() {
    Map<String, Object> m = map;
    if (m == null) {
      try {
        m = JsonValues.fieldsExcept(MAPPER.readTree(json), Set.of());
      } catch (IOException e) {
        throw new UncheckedIOException(e); // cannot happen: the document was written here
      }
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

  /** Reads a document back, for tests: the tree its bytes hold. */
  JsonNode tree() throws IOException {
    return MAPPER.readTree(json);
  }
}
