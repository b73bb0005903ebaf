package io.orderhub.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document as flat arrays, one entry per value in document order (a container is followed by
 * its members, depth first): what {@link PayloadNode} reads. It holds what Jackson's {@code readTree}
 * would hold, without a node object and a hash map per value: for an order payload the arrays cost
 * a fraction of the tree, and an object's field lookup index is only built when its fields are
 * looked up.
 *
 * <p>Two kinds of tape:
 *
 * <ul>
 *   <li>read from bytes ({@link #read}): Jackson's streaming parser (the caller's, with its limits)
 *       delivers the tokens, and the tape also remembers where each value sits in the bytes, so that
 *       a value can be copied into another document verbatim ({@link #rawStart}, {@link #rawEnd});
 *   <li>made from a Jackson tree ({@link #of}): every entry also keeps its {@link JsonNode}.
 * </ul>
 *
 * <p>Values read the way {@code readTree} with {@code USE_BIG_DECIMAL_FOR_FLOATS} reads them: a
 * whole number is a {@code long} when it fits one (else a {@link BigInteger}), any other number a
 * {@link BigDecimal} exactly as written; an object that names a field twice keeps the field where
 * it first appears with the value it last has. Reads are thread-safe (lazily built indexes are
 * published safely or rebuilt). Not API.
 */
final class JsonTape {
  static final byte OBJECT = 1;
  static final byte ARRAY = 2;
  static final byte STRING = 3;
  static final byte INTEGER = 4;
  static final byte DECIMAL = 5;
  static final byte TRUE = 6;
  static final byte FALSE = 7;
  static final byte NULL = 8;
  /** A value node of another type (binary, POJO, double, ...): only in a tape made from a tree. */
  static final byte OTHER = 9;
  /** Jackson's {@code MissingNode}: only in a tape made from a tree. */
  static final byte MISSING = 10;

  private static final long[] NO_LONGS = new long[0];
  /** Objects with more fields than this get a hash index on their first lookup. */
  private static final int SCAN = 8;
  /** Cells per entry: the value's first byte, the byte after it (0 until known), the entry after its subtree, the member count. */
  private static final int STRIDE = 4;

  /** The bytes a tape was read from, or {@code null} for a tape made from a tree. */
  private final byte @Nullable [] source;
  /** Reads a value back into a Jackson tree (for {@link #tree}); the mapper the bytes were read with. */
  private final @Nullable ObjectMapper mapper;
  /** For a tape made from a tree: each entry's node. */
  private JsonNode @Nullable [] trees;
  private byte[] kinds;
  private int[] cells;
  private @Nullable String[] names;
  /**
   * A string's text (read from bytes: once read), a decimal's {@link BigDecimal}, a large object's
   * field {@link Index} (once built); in a tape made from a tree, a whole number's {@link
   * BigInteger} when it is not a long.
   */
  private @Nullable Object[] values;
  /** In a tape made from a tree: whole numbers that fit a long (a tape read from bytes reads them from there). */
  private long[] longs;
  private int count;

  private JsonTape(byte @Nullable [] source, @Nullable ObjectMapper mapper, JsonNode @Nullable [] trees, int capacity) {
    this.source = source;
    this.mapper = mapper;
    this.trees = trees;
    this.kinds = new byte[capacity];
    this.cells = new int[capacity * STRIDE];
    this.names = new String[capacity];
    this.values = new Object[capacity];
    this.longs = trees == null ? NO_LONGS : new long[capacity];
  }

  // ---------------------------------------------------------------- building

  /**
   * Reads one JSON value from {@code parser} (positioned before it), making the same calls on the
   * parser that Jackson's tree reader makes, so that the same input fails with the same exception.
   *
   * @param parser a parser of UTF-8 bytes ({@link UTF8StreamJsonParser}: byte offsets are only known
   *     for those; Jackson reads UTF-16 and UTF-32 input with another parser)
   * @param source the bytes {@code parser} reads; kept (not copied) for {@link #rawStart}/{@link
   *     #rawEnd} and {@link #tree}, so they must not change while the tape is in use
   * @param mapper reads a value back into a Jackson tree on request
   * @return the tape, or {@code null} when the input holds no value
   */
  static @Nullable JsonTape read(JsonParser parser, byte[] source, ObjectMapper mapper) throws IOException {
    UTF8StreamJsonParser p = (UTF8StreamJsonParser) parser;
    JsonToken token = p.nextToken();
    if (token == null) {
      return null;
    }
    // order payloads hold a value per 20-30 bytes: room for all of them at once, without growing
    JsonTape t = new JsonTape(source, mapper, null, Math.max(16, source.length / 16));
    // Strings are decoded when read (most of a payload's are never read): Jackson still reads every
    // one as it skips it, and fails on the same bad bytes. Only a string longer than the limit would
    // pass unnoticed, and a document shorter than the limit cannot hold one.
    boolean decodeNow = source.length - 2 > p.streamReadConstraints().getMaxStringLength();
    int[] open = new int[16];
    int depth = -1;
    String name = null;
    int n = 0;
    byte[] kinds = t.kinds;
    int[] cells = t.cells;
    String[] names = t.names;
    do {
      int id = token.id();
      if (id == JsonTokenId.ID_FIELD_NAME) {
        name = p.currentName();
        continue;
      }
      // Jackson's byte parser counts a token's offset one past its first byte
      int offset = (int) p.getTokenCharacterOffset();
      if (id == JsonTokenId.ID_END_OBJECT || id == JsonTokenId.ID_END_ARRAY) {
        int c = open[depth--] * STRIDE;
        cells[c + 1] = offset; // one past the bracket
        cells[c + 2] = n;
        continue;
      }
      if (n == kinds.length) {
        t.count = n;
        t.grow();
        kinds = t.kinds;
        cells = t.cells;
        names = t.names;
      }
      int i = n++;
      names[i] = name;
      name = null;
      if (depth >= 0) {
        cells[open[depth] * STRIDE + 3]++;
      }
      int start = offset - 1;
      int c = i * STRIDE;
      cells[c] = start;
      cells[c + 2] = n;
      switch (id) {
        case JsonTokenId.ID_STRING:
          kinds[i] = STRING;
          if (decodeNow) {
            t.values[i] = p.getText();
          }
          break;
        case JsonTokenId.ID_START_OBJECT:
        case JsonTokenId.ID_START_ARRAY:
          kinds[i] = id == JsonTokenId.ID_START_OBJECT ? OBJECT : ARRAY;
          if (++depth == open.length) {
            open = Arrays.copyOf(open, open.length * 2);
          }
          open[depth] = i;
          break;
        case JsonTokenId.ID_NUMBER_INT:
          // read when asked for (see wholeNumber): Jackson has checked the digits already, and
          // reading a whole number cannot fail
          kinds[i] = INTEGER;
          cells[c + 1] = start + p.getTextLength();
          break;
        case JsonTokenId.ID_NUMBER_FLOAT:
          kinds[i] = DECIMAL;
          int end = start + p.getTextLength();
          cells[c + 1] = end;
          if (hasExponent(source, start, end)) {
            // read now, as the tree reader does: an exponent out of range fails
            p.getNumberType();
            t.values[i] = p.getDecimalValue();
          } // else read when asked for: plain digits with a point, which always read
          break;
        case JsonTokenId.ID_TRUE:
          kinds[i] = TRUE;
          cells[c + 1] = start + 4;
          break;
        case JsonTokenId.ID_FALSE:
          kinds[i] = FALSE;
          cells[c + 1] = start + 5;
          break;
        case JsonTokenId.ID_NULL:
          kinds[i] = NULL;
          cells[c + 1] = start + 4;
          break;
        default:
          throw new IllegalStateException("unexpected token " + token);
      }
    } while (depth >= 0 && (token = p.nextToken()) != null);
    t.count = n;
    return t;
  }

  private static boolean hasExponent(byte[] b, int start, int end) {
    for (int p = start; p < end; p++) {
      if ((b[p] | 0x20) == 'e') {
        return true;
      }
    }
    return false;
  }

  /** A tape holding {@code root} and everything under it; each entry keeps its node. */
  static JsonTape of(JsonNode root) {
    JsonTape t = new JsonTape(null, null, new JsonNode[16], 16);
    t.addTree(root, null);
    return t;
  }

  private void addTree(JsonNode node, @Nullable String name) {
    int i = add(name);
    JsonNode[] nodes = trees;
    nodes[i] = node;
    int c = i * STRIDE;
    cells[c] = -1;
    if (node.isObject()) {
      kinds[i] = OBJECT;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        addTree(e.getValue(), e.getKey());
        cells[c + 3]++;
      }
    } else if (node.isArray()) {
      kinds[i] = ARRAY;
      for (JsonNode e : node) {
        addTree(e, null);
        cells[c + 3]++;
      }
    } else if (node.isTextual()) {
      kinds[i] = STRING;
      values[i] = node.textValue();
    } else if (node.isIntegralNumber()) {
      kinds[i] = INTEGER;
      if (node.canConvertToLong()) {
        longs[i] = node.longValue();
      } else {
        values[i] = node.bigIntegerValue();
      }
    } else if (node.isBigDecimal()) {
      kinds[i] = DECIMAL;
      values[i] = node.decimalValue();
    } else if (node.isBoolean()) {
      kinds[i] = node.booleanValue() ? TRUE : FALSE;
    } else if (node.isNull()) {
      kinds[i] = NULL;
    } else if (node.isMissingNode()) {
      kinds[i] = MISSING;
    } else {
      kinds[i] = OTHER;
    }
    cells[c + 2] = count;
  }

  /** Appends an entry (the caller fills it in) and returns its index. */
  private int add(@Nullable String name) {
    int i = count;
    if (i == kinds.length) {
      grow();
    }
    names[i] = name;
    count = i + 1;
    return i;
  }

  private void grow() {
    int n = kinds.length * 2;
    kinds = Arrays.copyOf(kinds, n);
    cells = Arrays.copyOf(cells, n * STRIDE);
    names = Arrays.copyOf(names, n);
    values = Arrays.copyOf(values, n);
    if (trees != null) {
      longs = Arrays.copyOf(longs, n);
      trees = Arrays.copyOf(trees, n);
    }
  }

  // ---------------------------------------------------------------- reading

  byte kind(int i) {
    return kinds[i];
  }

  /** The field name under which entry {@code i} sits in its object, {@code null} in an array or at the root. */
  @Nullable String name(int i) {
    return names[i];
  }

  /** The entry after {@code i}'s subtree: its next sibling, if it has one. */
  int next(int i) {
    return cells[i * STRIDE + 2];
  }

  /** A container's member count. */
  int size(int i) {
    return cells[i * STRIDE + 3];
  }

  boolean isContainer(int i) {
    byte k = kinds[i];
    return k == OBJECT || k == ARRAY;
  }

  /** What {@code JsonNode.isValueNode()} says: not a container, not missing. */
  boolean isValue(int i) {
    byte k = kinds[i];
    return k != OBJECT && k != ARRAY && k != MISSING;
  }

  /** A string's text. */
  String string(int i) {
    Object v = values[i];
    return v != null ? (String) v : decode(i);
  }

  /** Whether a string is empty. */
  boolean isEmptyString(int i) {
    Object v = values[i];
    return v != null ? ((String) v).isEmpty() : source[rawStart(i) + 1] == '"'; // "": the closing quote at once
  }

  /**
   * A string of a tape read from bytes, on first read. The bytes between its quotes are a JSON
   * string Jackson has already read; without a backslash they are the text itself, in UTF-8, and
   * the JDK's decoder gives what Jackson's gives for every well-formed sequence. Anything else (an
   * escape; bytes the JDK replaces by U+FFFD, such as an overlong form Jackson accepts) is left to
   * Jackson: the whole document is read again and every string decoded by it.
   */
  private String decode(int i) {
    byte[] b = source;
    int start = rawStart(i) + 1;
    int end = start;
    for (byte x; (x = b[end]) != '"'; end++) {
      if (x == '\\') {
        return decodeAllWithJackson(i);
      }
    }
    cells[i * STRIDE + 1] = end + 1;
    String s = new String(b, start, end - start, StandardCharsets.UTF_8);
    if (s.indexOf('\uFFFD') >= 0) {
      return decodeAllWithJackson(i);
    }
    values[i] = s; // a racing reader decodes the same string
    return s;
  }

  private String decodeAllWithJackson(int i) {
    try (JsonParser p = mapper.getFactory().createParser(source)) {
      for (int e = 0; e < count; e++) {
        int id;
        do {
          p.nextToken();
          id = p.currentTokenId();
        } while (id == JsonTokenId.ID_FIELD_NAME || id == JsonTokenId.ID_END_OBJECT || id == JsonTokenId.ID_END_ARRAY);
        if (kinds[e] == STRING && values[e] == null) {
          values[e] = p.getText();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: these bytes were read once already
    }
    return (String) values[i];
  }

  /** Whether a whole number fits a {@code long}. */
  boolean fitsLong(int i) {
    if (kinds[i] != INTEGER) {
      return false;
    }
    if (source == null) {
      return values[i] == null;
    }
    return digits(i) <= 18 || bigInteger(i).bitLength() < 64;
  }

  /** A whole number that {@linkplain #fitsLong fits a long}. */
  long longValue(int i) {
    if (source == null) {
      return longs[i];
    }
    if (digits(i) > 18) {
      return bigInteger(i).longValue();
    }
    byte[] b = source;
    int p = rawStart(i);
    int end = rawEnd(i);
    boolean negative = b[p] == '-';
    long v = 0;
    for (p = negative ? p + 1 : p; p < end; p++) {
      v = v * 10 + (b[p] - '0');
    }
    return negative ? -v : v;
  }

  /**
   * How many digits a whole number read from bytes has. Jackson has read it as a JSON number: an
   * optional minus sign, then digits without a leading zero; up to 18 digits always fit a long.
   */
  private int digits(int i) {
    int start = rawStart(i);
    return rawEnd(i) - start - (source[start] == '-' ? 1 : 0);
  }

  private BigInteger bigInteger(int i) {
    if (source == null) {
      return (BigInteger) values[i];
    }
    int start = rawStart(i);
    return new BigInteger(new String(source, start, rawEnd(i) - start, StandardCharsets.US_ASCII));
  }

  /** A number's exact value. */
  BigDecimal decimal(int i) {
    if (kinds[i] == DECIMAL) {
      Object v = values[i];
      if (v == null) {
        // a plain decimal read from bytes (see read): what Jackson's BigDecimal reading gives
        int start = rawStart(i);
        v = new BigDecimal(new String(source, start, rawEnd(i) - start, StandardCharsets.US_ASCII));
        values[i] = v; // a racing reader reads the same value
      }
      return (BigDecimal) v;
    }
    if (kinds[i] == INTEGER) {
      return fitsLong(i) ? BigDecimal.valueOf(longValue(i)) : new BigDecimal(bigInteger(i));
    }
    return trees[i].decimalValue();
  }

  /** What {@code JsonNode.asText()} gives for entry {@code i}. */
  String asText(int i) {
    switch (kinds[i]) {
      case STRING:
        return string(i);
      case INTEGER:
        return fitsLong(i) ? Long.toString(longValue(i)) : bigInteger(i).toString();
      case DECIMAL:
        return decimal(i).toString();
      case TRUE:
        return "true";
      case FALSE:
        return "false";
      case NULL:
        return "null";
      case OTHER:
        return trees[i].asText();
      default:
        return ""; // containers and missing, as Jackson's nodes say
    }
  }

  /**
   * The member of object {@code object} named {@code field} (the last one when the name is given
   * twice), or {@code -1}; {@code -1} as well when {@code object} is not an object.
   */
  int member(int object, String field) {
    if (kinds[object] != OBJECT) {
      return -1;
    }
    int n = size(object);
    if (n > SCAN) {
      return index(object).find(field, names);
    }
    int found = -1;
    for (int j = object + 1, k = 0; k < n; j = next(j), k++) {
      String name = names[j];
      if (name == field || name.equals(field)) {
        found = j;
      }
    }
    return found;
  }

  /**
   * Whether member {@code j} is where its field is listed: the first member with that name (a
   * field named twice is listed where it first appears).
   */
  boolean isFirstOfName(int object, int j) {
    String name = names[j];
    for (int m = object + 1; m < j; m = next(m)) {
      if (name.equals(names[m])) {
        return false;
      }
    }
    return true;
  }

  /** Whether object {@code object} names a field twice. */
  boolean hasDuplicateNames(int object) {
    int n = size(object);
    if (n > SCAN) {
      return index(object).duplicates;
    }
    for (int j = object + 1; j < next(object); j = next(j)) {
      if (!isFirstOfName(object, j)) {
        return true;
      }
    }
    return false;
  }

  /** A large object's index, kept in the object's (otherwise unused) value slot once built. */
  private Index index(int object) {
    Object index = values[object];
    if (index == null) {
      index = new Index(this, object);
      values[object] = index; // a racing reader builds an equal index; either is kept
    }
    return (Index) index;
  }

  /**
   * An object's field names hashed to their last member (open addressing, linear probing).
   * Immutable once built, so that it is safely shared by the threads reading the tape.
   */
  private static final class Index {
    private final int[] slots;
    private final boolean duplicates;

    Index(JsonTape t, int object) {
      int n = t.size(object);
      int[] s = new int[Integer.highestOneBit(n * 2) * 2];
      int mask = s.length - 1;
      boolean dup = false;
      for (int j = object + 1, k = 0; k < n; j = t.next(j), k++) {
        String name = t.names[j];
        int h = name.hashCode() & mask;
        while (true) {
          int at = s[h];
          if (at == 0) {
            s[h] = j + 1;
            break;
          }
          if (t.names[at - 1].equals(name)) {
            s[h] = j + 1; // the last value wins
            dup = true;
            break;
          }
          h = (h + 1) & mask;
        }
      }
      this.slots = s;
      this.duplicates = dup;
    }

    int find(String field, @Nullable String[] names) {
      int mask = slots.length - 1;
      for (int h = field.hashCode() & mask; ; h = (h + 1) & mask) {
        int at = slots[h];
        if (at == 0) {
          return -1;
        }
        String name = names[at - 1];
        if (name == field || name.equals(field)) {
          return at - 1;
        }
      }
    }
  }

  // ---------------------------------------------------------------- raw bytes and trees

  /** Whether the tape was read from bytes (so that {@link #rawStart} and {@link #rawEnd} apply). */
  boolean hasSource() {
    return source != null;
  }

  byte[] source() {
    return source;
  }

  /** Where entry {@code i}'s value starts in the source bytes. */
  int rawStart(int i) {
    return cells[i * STRIDE];
  }

  /**
   * Where entry {@code i}'s value ends in the source bytes (exclusive). For a string this is found
   * on first request by looking for its closing quote: Jackson has already read the string, so the
   * bytes between the quotes are a valid JSON string, in which a quote can only appear escaped by a
   * backslash (UTF-8 continuation bytes are never a quote or a backslash).
   */
  int rawEnd(int i) {
    int c = i * STRIDE + 1;
    int end = cells[c];
    if (end == 0) {
      byte[] b = source;
      int p = cells[c - 1] + 1;
      while (b[p] != '"') {
        p += b[p] == '\\' ? 2 : 1;
      }
      end = p + 1;
      cells[c] = end; // a racing reader computes the same value
    }
    return end;
  }

  /**
   * Entry {@code i} as a Jackson tree: the node itself for a tape made from a tree, else its bytes
   * read again with the mapper the tape was read with (an equal tree).
   */
  JsonNode tree(int i) {
    if (trees != null) {
      return trees[i];
    }
    try {
      int start = rawStart(i);
      return mapper.readTree(source, start, rawEnd(i) - start);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: these bytes were read once already
    }
  }
}
