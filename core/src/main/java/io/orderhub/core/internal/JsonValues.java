package io.orderhub.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderhub.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns platform attribute values into immutable JSON-like values: {@link String}, {@link
 * Boolean}, {@link BigDecimal} (every number, so equality does not depend on int vs long), and
 * unmodifiable {@link List}s and {@link Map}s of those. JSON null becomes {@code null} and is
 * dropped from maps. Not API.
 */
public final class JsonValues {
  private JsonValues() {}

  /** The normalised form of {@code value}, or {@code null} for JSON null. */
  public static @Nullable Object normalize(@Nullable Object value, String field) {
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNode) {
      return fromNode((JsonNode) value);
    }
    if (value instanceof String || value instanceof Boolean) {
      return value;
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
      List<Object> out = new ArrayList<>();
      for (Object o : (List<?>) value) {
        Object n = normalize(o, field + "[]");
        if (n != null) {
          out.add(n);
        }
      }
      return Collections.unmodifiableList(out);
    }
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        String key = String.valueOf(e.getKey());
        Object n = normalize(e.getValue(), field + "." + key);
        if (n != null) {
          out.put(key, n);
        }
      }
      return Collections.unmodifiableMap(out);
    }
    throw new InvalidValueException(field, value.getClass().getSimpleName(),
        "is not a JSON value (string, boolean, integer, BigDecimal, list or map; never double)");
  }

  /** An immutable copy of an attribute map, nulls dropped. */
  public static Map<String, Object> copyMap(Map<String, ?> map, String field) {
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) normalize(map, field);
    return m == null ? Map.of() : m;
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
      return node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : normalize(node.decimalValue(), "");
    }
    if (node.isArray()) {
      List<Object> out = new ArrayList<>(node.size());
      for (JsonNode n : node) {
        Object v = fromNode(n);
        if (v != null) {
          out.add(v);
        }
      }
      return Collections.unmodifiableList(out);
    }
    if (node.isObject()) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Object v = fromNode(e.getValue());
        if (v != null) {
          out.put(e.getKey(), v);
        }
      }
      return Collections.unmodifiableMap(out);
    }
    return node.asText();
  }
}
