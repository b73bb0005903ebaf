package io.orderhub.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A read-only view of a JSON value that knows its JSON path, so that every problem is reported as
 * an {@link InvalidPayloadException} naming where it is ({@code $.orders.order[1].num}).
 *
 * <p>Optional getters ({@code text}, {@code decimal}, ...) treat a missing field, JSON null and an
 * empty string alike as absent; the {@code required...} getters fail on all three. Numbers are
 * accepted as JSON numbers or as numeric strings, because platforms send both.
 */
public final class PayloadNode {
  /**
   * The most digits a number read here may have, before and after the point when written out in
   * full: no amount, rate, quantity or coordinate needs more, and an exponent such as {@code
   * 1E999999999} would otherwise become a billion digits at the first {@code toPlainString} or
   * {@code setScale}, and a long run of digits costs {@code BigInteger} quadratic time.
   */
  public static final int MAX_NUMBER_DIGITS = 64;

  private static final String TOO_LONG = "has more than " + MAX_NUMBER_DIGITS + " digits";

  private final JsonNode node;
  /**
   * The parent, when this node was reached from one: the path is built from it only when asked for
   * (an error, a dead letter), not for every field an adapter reads.
   */
  private final @Nullable PayloadNode parent;
  /** The field name under {@link #parent}, or {@code null} for an array element. */
  private final @Nullable String field;
  private final int index;
  /** The JSON path, computed once on first use (a benign race: every thread computes the same string). */
  private @Nullable String path;

  private PayloadNode(JsonNode node, String path) {
    this.node = node;
    this.parent = null;
    this.field = null;
    this.index = -1;
    this.path = path;
  }

  private PayloadNode(JsonNode node, PayloadNode parent, @Nullable String field, int index) {
    this.node = node;
    this.parent = parent;
    this.field = field;
    this.index = index;
  }

  /** The document's root, path {@code $}. */
  public static PayloadNode root(JsonNode node) {
    return new PayloadNode(node, "$");
  }

  /** The underlying Jackson node (read-only by convention). */
  public JsonNode json() {
    return node;
  }

  /** This value's JSON path. */
  public String path() {
    String p = path;
    if (p == null) {
      PayloadNode up = Objects.requireNonNull(parent);
      p = field != null ? up.pathOf(field) : up.path() + "[" + index + "]";
      path = p;
    }
    return p;
  }

  /** The path of a child field, for error messages. */
  public String pathOf(String field) {
    return path() + "." + field;
  }

  public boolean isObject() {
    return node.isObject();
  }

  public boolean isArray() {
    return node.isArray();
  }

  /** Whether {@code field} is present and neither null nor an empty string. */
  public boolean has(String field) {
    return !absent(node.get(field));
  }

  /** The child {@code field}, when present and not null. */
  public Optional<PayloadNode> get(String field) {
    JsonNode child = node.get(field);
    return child == null || child.isNull() || child.isMissingNode()
        ? Optional.empty()
        : Optional.of(new PayloadNode(child, this, field, -1));
  }

  /** The child object {@code field}; fails when missing or not an object. */
  public PayloadNode object(String field) {
    PayloadNode child = get(field).orElseThrow(() -> missing(field));
    if (!child.node.isObject()) {
      throw child.fail("is not an object");
    }
    return child;
  }

  /** The elements of the array {@code field}; empty when the field is absent. */
  public List<PayloadNode> array(String field) {
    Optional<PayloadNode> child = get(field);
    if (child.isEmpty()) {
      return List.of();
    }
    return child.get().elements();
  }

  /** This array's elements; fails when this is not an array. */
  public List<PayloadNode> elements() {
    if (!node.isArray()) {
      throw fail("is not an array");
    }
    int n = node.size();
    PayloadNode[] out = new PayloadNode[n];
    for (int i = 0; i < n; i++) {
      out[i] = new PayloadNode(node.get(i), this, null, i);
    }
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  /** The field names of this object, in document order. */
  public List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  /** The text of {@code field} (a number's text is accepted); empty when absent or blank. */
  public Optional<String> text(String field) {
    return Optional.ofNullable(textOrNull(field));
  }

  /**
   * {@link #text} without the {@code Optional}, for readers that look up many fields per payload:
   * {@code null} when absent or blank.
   */
  public @Nullable String textOrNull(String field) {
    JsonNode child = node.get(field);
    if (absent(child)) {
      return null;
    }
    if (!child.isValueNode()) {
      throw new InvalidPayloadException(pathOf(field), child.toString(), "is not a text value");
    }
    return textOf(child);
  }

  /**
   * A value node's text, as {@link JsonNode#asText()} gives it; whole numbers that fit in a {@code
   * long} are written with {@link Long#toString(long)}, which is what {@code asText} gives too, only
   * without going through {@code BigInteger}.
   */
  private static String textOf(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return Long.toString(value.longValue());
    }
    return value.asText();
  }

  public String requiredText(String field) {
    return text(field).orElseThrow(() -> missing(field));
  }

  /** This value as text; fails on objects and arrays. */
  public String asText() {
    if (!node.isValueNode()) {
      throw fail("is not a text value");
    }
    return node.asText();
  }

  /**
   * A decimal from a JSON number or a numeric string, exactly (never through {@code double}), of at
   * most {@value #MAX_NUMBER_DIGITS} digits before and after the point when written out in full.
   */
  public Optional<BigDecimal> decimal(String field) {
    return text(field).map(t -> parse(field, t, PayloadNode::boundedDecimal, "is not a decimal number"));
  }

  private static BigDecimal boundedDecimal(String text) {
    BigDecimal d = new BigDecimal(shortNumber(text));
    if (d.scale() > MAX_NUMBER_DIGITS || d.precision() - d.scale() > MAX_NUMBER_DIGITS) {
      throw new InvalidValueException("number", text, TOO_LONG + " when written out");
    }
    return d;
  }

  private static BigInteger boundedInteger(String text) {
    return new BigInteger(shortNumber(text));
  }

  /** {@code text}, when it is short enough to be a number of at most {@link #MAX_NUMBER_DIGITS} digits. */
  private static String shortNumber(String text) {
    if (text.length() > MAX_NUMBER_DIGITS + 8) { // room for a sign, a point and an exponent
      throw new InvalidValueException("number", text, TOO_LONG);
    }
    return text;
  }

  public BigDecimal requiredDecimal(String field) {
    return decimal(field).orElseThrow(() -> missing(field));
  }

  /** A whole number from a JSON number or a numeric string. */
  public Optional<Long> longValue(String field) {
    JsonNode child = node.get(field);
    if (child != null && child.isIntegralNumber() && child.canConvertToLong()) {
      return Optional.of(child.longValue()); // what the text path below gives, without the text
    }
    return text(field).map(t -> parse(field, t, s -> boundedInteger(s).longValueExact(), "is not a whole number"));
  }

  public long requiredLong(String field) {
    return longValue(field).orElseThrow(() -> missing(field));
  }

  /** An int from a JSON number or numeric string. */
  public Optional<Integer> intValue(String field) {
    JsonNode child = node.get(field);
    if (child != null && child.isIntegralNumber() && child.canConvertToInt()) {
      return Optional.of(child.intValue()); // what the text path below gives, without the text
    }
    return text(field).map(t -> parse(field, t, s -> boundedInteger(s).intValueExact(), "is not a whole number"));
  }

  public int requiredInt(String field) {
    JsonNode child = node.get(field);
    if (child != null && child.isIntegralNumber() && child.canConvertToInt()) {
      return child.intValue(); // what intValue gives, without boxing
    }
    return intValue(field).orElseThrow(() -> missing(field));
  }

  /** A boolean from JSON {@code true}/{@code false} or the strings {@code "true"}/{@code "false"}. */
  public Optional<Boolean> bool(String field) {
    return text(field).map(t -> {
      if (t.equalsIgnoreCase("true") || t.equals("1")) {
        return Boolean.TRUE;
      }
      if (t.equalsIgnoreCase("false") || t.equals("0")) {
        return Boolean.FALSE;
      }
      throw new InvalidPayloadException(pathOf(field), t, "is not a boolean");
    });
  }

  /** Money from a decimal string or number in major units ({@code "12.50"} yuan). */
  public Optional<Money> money(String field, Currency currency) {
    return text(field).map(t -> parse(field, t, s -> Money.of(s, currency), "is not a money amount"));
  }

  /** Money from an integer count of minor units ({@code 1250} fen). */
  public Optional<Money> minorUnits(String field, Currency currency) {
    return longValue(field).map(v -> Money.ofMinor(v, currency));
  }

  /** An exception about this value, naming its path. */
  public InvalidPayloadException fail(String problem) {
    return new InvalidPayloadException(path(), node.isValueNode() ? node.asText() : null, problem);
  }

  /** An exception about the child {@code field}, naming its path and value. */
  public InvalidPayloadException fail(String field, String problem) {
    JsonNode child = node.get(field);
    return new InvalidPayloadException(
        pathOf(field), child == null || child.isNull() ? null : child.isValueNode() ? child.asText() : child.toString(),
        problem);
  }

  /** The exception for a required field that is missing. */
  public InvalidPayloadException missing(String field) {
    return new InvalidPayloadException(pathOf(field), null, "is required");
  }

  /** Runs {@code reader} on the text of {@code field}, turning its failure into one naming the path. */
  public <T> T parse(String field, String text, Function<String, T> reader, String problem) {
    try {
      return reader.apply(text);
    } catch (InvalidValueException e) {
      throw new InvalidPayloadException(pathOf(field), text, e.problem(), e);
    } catch (RuntimeException e) {
      throw new InvalidPayloadException(pathOf(field), text, problem, e);
    }
  }

  /** The fields of this object not in {@code known}, as raw JSON nodes (for {@code attributes}). */
  public Map<String, JsonNode> unknownFields(Set<String> known) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    forEachUnknownField(known, out::put);
    return out;
  }

  /**
   * Hands each field of this object that is not in {@code known} and not JSON null to {@code
   * action}, in document order: {@link #unknownFields} without the intermediate map, for readers
   * that collect the fields into a map of their own.
   */
  public void forEachUnknownField(Set<String> known, BiConsumer<String, JsonNode> action) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!known.contains(e.getKey()) && !e.getValue().isNull()) {
        action.accept(e.getKey(), e.getValue());
      }
    }
  }

  private static boolean absent(@Nullable JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() || (n.isTextual() && n.textValue().isEmpty());
  }

  @Override
  public String toString() {
    return path();
  }
}
