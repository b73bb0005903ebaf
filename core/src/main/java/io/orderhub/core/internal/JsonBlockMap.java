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
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable attribute map kept as one JSON document (UTF-8 bytes) until it is first read, then
 * read into the map {@link JsonValues#copyMap} would have made of the same entries. An order kept
 * in memory keeps the unmapped fields an adapter collected this way ({@link AttributeParts}, {@link
 * JsonValues#compact}): one byte array instead of a string, number, list or map object per value.
 * Most orders are stored and written out by the host without their attributes ever being read,
 * and a store that keeps many orders keeps (and its garbage collector copies) far fewer objects.
 *
 * <p>The document is written with Jackson: the payload's nodes as they are (they read back as the
 * same nodes), every other value normalised first (so that it fails as {@code copyMap} would) and
 * then written. Reading it back with the number handling the payload was read with (big decimals
 * exact, trailing zeros kept) gives the same values: numbers as {@link BigDecimal}s of the same
 * scale, JSON nulls dropped, a key given twice where it first appears with the value it last has.
 * Not API.
 */
final class JsonBlockMap extends LazyMap {
  /**
   * Writes and reads the documents: number handling as {@code OrderJson}'s payload reader; limits
   * far above what can be written (the bytes are written here, from values already checked).
   */
  private static final JsonMapper MAPPER = mapper();

  private final byte[] json;

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
   * {@code parts} as a document, or {@code null} when a value cannot be written that way (the
   * caller then copies the map as usual, which also reports a value that is not JSON). Entries and
   * fields are written in order, a key given twice twice: reading the document back keeps the key
   * where it first appears with the value it last has, as a {@code LinkedHashMap} does.
   */
  static @Nullable Map<String, Object> of(AttributeParts parts) {
    Document out = new Document();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      writeParts(g, parts);
    } catch (IOException | RuntimeException e) {
      return null; // e.g. a value that is not JSON, a number too long to write plainly
    }
    return new JsonBlockMap(out.bytes);
  }

  private static void writeParts(JsonGenerator g, AttributeParts parts) throws IOException {
    g.writeStartObject();
    for (int i = 0; i < parts.size(); i += 2) {
      Object part = parts.part(i);
      if (part instanceof PayloadNode) {
        @SuppressWarnings("unchecked")
        Set<String> except = (Set<String>) parts.part(i + 1);
        for (Iterator<Map.Entry<String, JsonNode>> it = ((PayloadNode) part).json().fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (!except.contains(e.getKey()) && !e.getValue().isNull()) {
            g.writeFieldName(e.getKey());
            tree(g, e.getValue());
          }
        }
      } else {
        g.writeFieldName((String) part);
        value(g, parts.part(i + 1));
      }
    }
    g.writeEndObject();
  }

  /** A value as it comes: payload trees and collected parts as they are, others normalised first. */
  private static void value(JsonGenerator g, @Nullable Object v) throws IOException {
    if (v == null) {
      g.writeNull(); // replaces an earlier value of the key, then dropped, as in the map
    } else if (v instanceof JsonNode) {
      tree(g, (JsonNode) v);
    } else if (v instanceof AttributeParts) {
      writeParts(g, (AttributeParts) v);
    } else if (v instanceof Map && !JsonValues.isNormalized(AttributeParts.asMap(v))) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        if (!(e.getKey() instanceof String)) {
          throw new IllegalArgumentException("a key that is not a string"); // the usual path decides
        }
        g.writeFieldName((String) e.getKey());
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      written(g, JsonValues.normalize(v, "attributes"));
    }
  }

  /**
   * A Jackson tree as read from a payload: strings, whole numbers, big decimals, booleans, nulls,
   * arrays and objects, which read back as the same nodes; any other node (a double, binary, a Java
   * object: only in trees built in code) is normalised first, as the usual path would.
   */
  private static void tree(JsonGenerator g, JsonNode node) throws IOException {
    if (node.isTextual()) {
      g.writeString(node.textValue());
    } else if (node.isIntegralNumber()) {
      if (node.canConvertToLong()) {
        g.writeNumber(node.longValue());
      } else {
        g.writeNumber(node.bigIntegerValue());
      }
    } else if (node.isBigDecimal()) {
      g.writeNumber(node.decimalValue());
    } else if (node.isBoolean()) {
      g.writeBoolean(node.booleanValue());
    } else if (node.isNull()) {
      g.writeNull();
    } else if (node.isObject()) {
      g.writeStartObject();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        g.writeFieldName(e.getKey());
        tree(g, e.getValue());
      }
      g.writeEndObject();
    } else if (node.isArray()) {
      g.writeStartArray();
      for (JsonNode e : node) {
        tree(g, e);
      }
      g.writeEndArray();
    } else {
      written(g, JsonValues.normalize(node, "attributes"));
    }
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

  @Override
  protected Map<String, Object> read() {
    try {
      return JsonValues.fieldsExcept(MAPPER.readTree(json), Set.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the document was written here
    }
  }
}
