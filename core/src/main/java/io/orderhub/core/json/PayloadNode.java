package io.orderhub.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonNode;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
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
 *
 * <p>A node comes from a Jackson tree ({@link #root(JsonNode)}) or straight from bytes ({@link
 * OrderJson#readPayload(byte[])}, which reads no tree: the cheaper way for payloads read field by
 * field). Both answer every getter alike. Safe to read from several threads.
 */
public final class PayloadNode {
  private final JsonTape tape;
  private final int at;
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

  /** The kind of a JSON value, as {@link #kind(String)} reports it. */
  public enum Kind {
    /** No such field (or this is not an object). */
    MISSING,
    /** JSON {@code null}. */
    NULL,
    STRING,
    /** A JSON number without fraction or exponent. */
    INTEGER,
    /** Any other JSON number (read exactly, as a {@link BigDecimal}). */
    DECIMAL,
    BOOLEAN,
    OBJECT,
    ARRAY,
    /** A value of another type: only in trees built in code (binary, a Java object, a double). */
    OTHER
  }

  private PayloadNode(JsonTape tape, int at, String path) {
    this.tape = tape;
    this.at = at;
    this.parent = null;
    this.field = null;
    this.index = -1;
    this.path = path;
  }

  private PayloadNode(JsonTape tape, int at, PayloadNode parent, @Nullable String field, int index) {
    this.tape = tape;
    this.at = at;
    this.parent = parent;
    this.field = field;
    this.index = index;
  }

  /** The document's root, path {@code $}. */
  public static PayloadNode root(JsonNode node) {
    return new PayloadNode(JsonTape.of(node), 0, "$");
  }

  /** The root of a tape read from bytes. */
  static PayloadNode root(JsonTape tape) {
    return new PayloadNode(tape, 0, "$");
  }

  /**
   * This value as a Jackson tree (read-only by convention): for a node made from a tree, that tree;
   * for a node read from bytes, an equal tree built on each call (prefer the getters).
   */
  public JsonNode json() {
    return tape.tree(at);
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
    return tape.kind(at) == JsonTape.OBJECT;
  }

  public boolean isArray() {
    return tape.kind(at) == JsonTape.ARRAY;
  }

  /** The kind of the child {@code field}; {@link Kind#MISSING} when there is none. */
  public Kind kind(String field) {
    int c = tape.member(at, field);
    if (c < 0) {
      return Kind.MISSING;
    }
    switch (tape.kind(c)) {
      case JsonTape.OBJECT:
        return Kind.OBJECT;
      case JsonTape.ARRAY:
        return Kind.ARRAY;
      case JsonTape.STRING:
        return Kind.STRING;
      case JsonTape.INTEGER:
        return Kind.INTEGER;
      case JsonTape.DECIMAL:
        return Kind.DECIMAL;
      case JsonTape.TRUE:
      case JsonTape.FALSE:
        return Kind.BOOLEAN;
      case JsonTape.NULL:
        return Kind.NULL;
      case JsonTape.MISSING:
        return Kind.MISSING;
      default:
        return Kind.OTHER;
    }
  }

  /**
   * The exact value of the JSON number {@code field} ({@link Kind#INTEGER} or {@link
   * Kind#DECIMAL}), without going through its text.
   *
   * @throws InvalidPayloadException when the field is not a JSON number
   */
  public BigDecimal numberValue(String field) {
    int c = tape.member(at, field);
    if (c < 0 || (tape.kind(c) != JsonTape.INTEGER && tape.kind(c) != JsonTape.DECIMAL)) {
      throw c < 0 ? missing(field) : fail(field, "is not a number");
    }
    return tape.decimal(c);
  }

  /** Whether {@code field} is present and neither null nor an empty string. */
  public boolean has(String field) {
    return !absent(tape.member(at, field));
  }

  /** The child {@code field}, when present and not null. */
  public Optional<PayloadNode> get(String field) {
    int c = present(field);
    return c < 0 ? Optional.empty() : Optional.of(new PayloadNode(tape, c, this, field, -1));
  }

  /** The child {@code field}'s entry when present and not null, else {@code -1}. */
  private int present(String field) {
    int c = tape.member(at, field);
    if (c < 0) {
      return -1;
    }
    byte k = tape.kind(c);
    return k == JsonTape.NULL || k == JsonTape.MISSING ? -1 : c;
  }

  /** The child object {@code field}; fails when missing or not an object. */
  public PayloadNode object(String field) {
    int c = present(field);
    if (c < 0) {
      throw missing(field);
    }
    PayloadNode child = new PayloadNode(tape, c, this, field, -1);
    if (tape.kind(c) != JsonTape.OBJECT) {
      throw child.fail("is not an object");
    }
    return child;
  }

  /** The elements of the array {@code field}; empty when the field is absent. */
  public List<PayloadNode> array(String field) {
    int c = present(field);
    if (c < 0) {
      return List.of();
    }
    return new PayloadNode(tape, c, this, field, -1).elements();
  }

  /** This array's elements; fails when this is not an array. */
  public List<PayloadNode> elements() {
    if (tape.kind(at) != JsonTape.ARRAY) {
      throw fail("is not an array");
    }
    int n = tape.size(at);
    PayloadNode[] out = new PayloadNode[n];
    for (int i = 0, e = at + 1; i < n; i++, e = tape.next(e)) {
      out[i] = new PayloadNode(tape, e, this, null, i);
    }
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  /** The field names of this object, in document order. */
  public List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    if (tape.kind(at) == JsonTape.OBJECT) {
      boolean duplicates = tape.hasDuplicateNames(at);
      for (int j = at + 1, end = tape.next(at); j < end; j = tape.next(j)) {
        if (!duplicates || tape.isFirstOfName(at, j)) {
          names.add(tape.name(j));
        }
      }
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
    int c = tape.member(at, field);
    if (absent(c)) {
      return null;
    }
    if (!tape.isValue(c)) {
      throw new InvalidPayloadException(pathOf(field), tape.tree(c).toString(), "is not a text value");
    }
    return tape.asText(c);
  }

  public String requiredText(String field) {
    return text(field).orElseThrow(() -> missing(field));
  }

  /** This value as text; fails on objects and arrays. */
  public String asText() {
    if (!tape.isValue(at)) {
      throw fail("is not a text value");
    }
    return tape.asText(at);
  }

  /** A decimal from a JSON number or a numeric string, exactly (never through {@code double}). */
  public Optional<BigDecimal> decimal(String field) {
    return text(field).map(t -> parse(field, t, BigDecimal::new, "is not a decimal number"));
  }

  public BigDecimal requiredDecimal(String field) {
    return decimal(field).orElseThrow(() -> missing(field));
  }

  /** A whole number from a JSON number or a numeric string. */
  public Optional<Long> longValue(String field) {
    int c = tape.member(at, field);
    if (c >= 0 && tape.fitsLong(c)) {
      return Optional.of(tape.longValue(c)); // what the text path below gives, without the text
    }
    return text(field).map(t -> parse(field, t, s -> new BigInteger(s).longValueExact(), "is not a whole number"));
  }

  public long requiredLong(String field) {
    return longValue(field).orElseThrow(() -> missing(field));
  }

  /** An int from a JSON number or numeric string. */
  public Optional<Integer> intValue(String field) {
    int c = tape.member(at, field);
    if (c >= 0 && fitsInt(c)) {
      return Optional.of((int) tape.longValue(c)); // what the text path below gives, without the text
    }
    return text(field).map(t -> parse(field, t, s -> new BigInteger(s).intValueExact(), "is not a whole number"));
  }

  public int requiredInt(String field) {
    int c = tape.member(at, field);
    if (c >= 0 && fitsInt(c)) {
      return (int) tape.longValue(c); // what intValue gives, without boxing
    }
    return intValue(field).orElseThrow(() -> missing(field));
  }

  private boolean fitsInt(int c) {
    if (!tape.fitsLong(c)) {
      return false;
    }
    long v = tape.longValue(c);
    return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
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
    return new InvalidPayloadException(path(), tape.isValue(at) ? tape.asText(at) : null, problem);
  }

  /** An exception about the child {@code field}, naming its path and value. */
  public InvalidPayloadException fail(String field, String problem) {
    int c = tape.member(at, field);
    String value = c < 0 || tape.kind(c) == JsonTape.NULL ? null
        : tape.isValue(c) ? tape.asText(c) : tape.tree(c).toString();
    return new InvalidPayloadException(pathOf(field), value, problem);
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
    forEachField(known, (name, child) -> action.accept(name, child.json()));
  }

  /**
   * Hands each field of this object that is not in {@code except} and not JSON null to {@code
   * action}, as a node, in document order. A node is an attribute value ({@link
   * io.orderhub.core.Order.Builder#attribute}): one read from bytes is kept as its JSON text until
   * the attributes are read, so that unmapped fields cost little to keep.
   */
  public void forEachField(Set<String> except, BiConsumer<String, PayloadNode> action) {
    if (tape.kind(at) != JsonTape.OBJECT) {
      return;
    }
    boolean duplicates = tape.hasDuplicateNames(at);
    for (int j = at + 1, end = tape.next(at); j < end; j = tape.next(j)) {
      String name = tape.name(j);
      if (except.contains(name)) {
        continue;
      }
      int value = j;
      if (duplicates) {
        if (!tape.isFirstOfName(at, j)) {
          continue; // listed where the name first appears, with the value it last has
        }
        value = tape.member(at, name);
      }
      if (tape.kind(value) != JsonTape.NULL) {
        action.accept(name, new PayloadNode(tape, value, this, name, -1));
      }
    }
  }

  /**
   * Whether this node was read straight from bytes ({@link OrderJson#readPayload}) rather than
   * made from a Jackson tree.
   */
  public boolean isReadFromBytes() {
    return tape.hasSource();
  }

  /**
   * Writes this value with {@code g}: the bytes it was read from, verbatim (so with their
   * whitespace), or its tree when it was made from one ({@code g} then needs a codec, as the
   * generators of an {@code ObjectMapper} have).
   */
  public void write(JsonGenerator g) throws IOException {
    if (!tape.hasSource()) {
      g.writeTree(tape.tree(at));
      return;
    }
    int start = tape.rawStart(at);
    g.writeRawValue(new RawBytes(tape.source(), start, tape.rawEnd(at)));
  }

  private boolean absent(int c) {
    if (c < 0) {
      return true;
    }
    byte k = tape.kind(c);
    return k == JsonTape.NULL || k == JsonTape.MISSING || (k == JsonTape.STRING && tape.isEmptyString(c));
  }

  @Override
  public String toString() {
    return path();
  }

  /**
   * A slice of a document's bytes for {@link JsonGenerator#writeRawValue(SerializableString)}:
   * only the unquoted UTF-8 forms a byte generator asks for are supported.
   */
  private static final class RawBytes implements SerializableString {
    private final byte[] bytes;
    private final int start;
    private final int end;

    RawBytes(byte[] bytes, int start, int end) {
      this.bytes = bytes;
      this.start = start;
      this.end = end;
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      int n = end - start;
      if (offset + n > buffer.length) {
        return -1; // the generator then writes asUnquotedUTF8()
      }
      System.arraycopy(bytes, start, buffer, offset, n);
      return n;
    }

    @Override
    public byte[] asUnquotedUTF8() {
      return Arrays.copyOfRange(bytes, start, end);
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
      out.write(bytes, start, end - start);
      return end - start;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer out) {
      int n = end - start;
      if (n > out.remaining()) {
        return -1;
      }
      out.put(bytes, start, n);
      return n;
    }

    @Override
    public String getValue() {
      return new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
      return getValue().length();
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      String s = getValue();
      if (offset + s.length() > buffer.length) {
        return -1;
      }
      s.getChars(0, s.length(), buffer, offset);
      return s.length();
    }

    @Override
    public char[] asQuotedChars() {
      throw new UnsupportedOperationException("raw JSON is written unquoted");
    }

    @Override
    public byte[] asQuotedUTF8() {
      throw new UnsupportedOperationException("raw JSON is written unquoted");
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      throw new UnsupportedOperationException("raw JSON is written unquoted");
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      throw new UnsupportedOperationException("raw JSON is written unquoted");
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) {
      throw new UnsupportedOperationException("raw JSON is written unquoted");
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
      throw new UnsupportedOperationException("raw JSON is written unquoted");
    }
  }
}
