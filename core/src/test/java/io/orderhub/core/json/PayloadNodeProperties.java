package io.orderhub.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderhub.core.Money;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link PayloadNode} read straight from bytes ({@link OrderJson#readPayload}) and made from a tree
 * ({@link PayloadNode#root(JsonNode)}) answers every getter exactly as the tree-backed reader it
 * replaced ({@link TreePayloadNode}, kept verbatim): the same values, the same exceptions and
 * messages, the same paths; and bad bytes fail with the message {@code readTree} gives.
 */
class PayloadNodeProperties {
  private static final OrderJson JSON = OrderJson.standard();

  @Property(tries = 300)
  void readsEveryDocumentLikeTheTreeReader(@ForAll long seed) {
    byte[] doc = new RandomJson(new Random(seed)).document().getBytes(StandardCharsets.UTF_8);
    compareDocument(doc);
  }

  @Property(tries = 250)
  void failsOnBadBytesLikeTheTreeReader(@ForAll long seed, @ForAll @IntRange(min = 0, max = 6) int damage) {
    Random random = new Random(seed);
    byte[] doc = new RandomJson(random).document().getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < damage && doc.length > 0; i++) {
      switch (random.nextInt(4)) {
        case 0 -> doc = java.util.Arrays.copyOf(doc, random.nextInt(doc.length)); // truncated
        case 1 -> doc[random.nextInt(doc.length)] = (byte) random.nextInt(256); // a byte replaced
        case 2 -> doc = concat(doc, " {\"x\":1}".getBytes(StandardCharsets.UTF_8)); // trailing value
        default -> doc = concat(doc, new byte[] {(byte) "]}, \"x".charAt(random.nextInt(6))});
      }
    }
    compareDocument(doc);
  }

  @Property(tries = 200)
  void failsOnRandomBytesLikeTheTreeReader(@ForAll byte[] bytes) {
    compareDocument(bytes);
  }

  /**
   * Strings holding bytes Jackson accepts but the JDK decodes differently (overlong forms,
   * surrogates in UTF-8), bytes both reject, control characters, escapes; documents past the
   * string length limit (whose strings are decoded at once) and within it (decoded when read).
   */
  @Property(tries = 250)
  void decodesOddStringsLikeTheTreeReader(@ForAll("oddStrings") byte[] content, @ForAll boolean pad,
      @ForAll boolean limited) {
    byte[] doc = concat(concat("{\"a\":1,\"s\":\"".getBytes(StandardCharsets.UTF_8), content),
        ("\",\"t\":[\"x\\u00e9\",\"" + (pad ? "p".repeat(300) : "") + "\"]}").getBytes(StandardCharsets.UTF_8));
    OrderJson json = limited ? OrderJson.builder().maxStringLength(256).build() : JSON;
    JsonNode tree;
    try {
      tree = json.readTree(doc);
    } catch (InvalidPayloadException expected) {
      Throwable got = capture(() -> json.readPayload(doc));
      assertThat(got).isInstanceOf(InvalidPayloadException.class).hasMessage(expected.getMessage());
      return;
    }
    compare(TreePayloadNode.root(tree), json.readPayload(doc), new String(doc, StandardCharsets.ISO_8859_1), 0);
  }

  @Provide
  Arbitrary<byte[]> oddStrings() {
    List<byte[]> odd = List.of(new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xC1, (byte) 0xBF},
        new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        new byte[] {(byte) 0xF7, (byte) 0xBF, (byte) 0xBF, (byte) 0xBF}, new byte[] {(byte) 0xFF},
        new byte[] {(byte) 0x80}, new byte[] {(byte) 0xE4, (byte) 0xB8}, new byte[] {0x01}, new byte[] {0x7F},
        "\\u00e9".getBytes(StandardCharsets.UTF_8), "\\ud800".getBytes(StandardCharsets.UTF_8),
        "\\x".getBytes(StandardCharsets.UTF_8), "\uFFFD".getBytes(StandardCharsets.UTF_8),
        "西湖".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8), new byte[0]);
    Arbitrary<byte[]> one = Arbitraries.of(odd);
    return one.list().ofMinSize(1).ofMaxSize(3).map(parts -> {
      byte[] out = new byte[0];
      for (byte[] p : parts) {
        out = concat(concat(out, "ab".getBytes(StandardCharsets.UTF_8)), p);
      }
      return out;
    });
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static void compareDocument(byte[] doc) {
    String input = new String(doc, StandardCharsets.UTF_8);
    JsonNode tree;
    try {
      tree = JSON.readTree(doc);
    } catch (InvalidPayloadException expected) {
      Throwable got = capture(() -> JSON.readPayload(doc));
      assertThat(got).as(input).isInstanceOf(InvalidPayloadException.class).hasMessage(expected.getMessage());
      assertThat(((InvalidPayloadException) got).path()).isEqualTo(expected.path());
      return;
    }
    TreePayloadNode reference = TreePayloadNode.root(tree);
    compare(reference, JSON.readPayload(doc), input, 0);
    compare(reference, PayloadNode.root(tree), input, 0);
  }

  /** Every getter of {@code node} against {@code ref}, recursively. */
  private static void compare(TreePayloadNode ref, PayloadNode node, String input, int depth) {
    String at = input + " @ " + ref.path();
    assertThat(node.path()).as(at).isEqualTo(ref.path());
    assertThat(node.toString()).as(at).isEqualTo(ref.toString());
    assertThat(node.isObject()).as(at).isEqualTo(ref.isObject());
    assertThat(node.isArray()).as(at).isEqualTo(ref.isArray());
    same(at + " asText", ref::asText, node::asText);
    assertThat(node.fail("p").getMessage()).as(at).isEqualTo(ref.fail("p").getMessage());
    assertThat(node.fail("p").value()).as(at).isEqualTo(ref.fail("p").value());
    assertThat(node.json()).as(at).isEqualTo(ref.json());
    assertThat(node.fieldNames()).as(at).isEqualTo(ref.fieldNames());
    same(at + " elements", () -> ref.elements().size(), () -> node.elements().size());

    Set<String> names = new LinkedHashSet<>(ref.fieldNames());
    names.add("absent");
    for (String name : names) {
      String f = at + "." + name;
      assertThat(node.has(name)).as(f).isEqualTo(ref.has(name));
      same(f + " text", () -> ref.text(name), () -> node.text(name));
      same(f + " textOrNull", () -> ref.textOrNull(name), () -> node.textOrNull(name));
      same(f + " requiredText", () -> ref.requiredText(name), () -> node.requiredText(name));
      same(f + " decimal", () -> scaled(ref.decimal(name)), () -> scaled(node.decimal(name)));
      same(f + " longValue", () -> ref.longValue(name), () -> node.longValue(name));
      same(f + " intValue", () -> ref.intValue(name), () -> node.intValue(name));
      same(f + " requiredInt", () -> ref.requiredInt(name), () -> node.requiredInt(name));
      same(f + " bool", () -> ref.bool(name), () -> node.bool(name));
      same(f + " money", () -> ref.money(name, Money.CNY), () -> node.money(name, Money.CNY));
      same(f + " minor", () -> ref.minorUnits(name, Money.CNY), () -> node.minorUnits(name, Money.CNY));
      same(f + " object", () -> ref.object(name).path(), () -> node.object(name).path());
      same(f + " array", () -> ref.array(name).size(), () -> node.array(name).size());
      InvalidPayloadException refFail = ref.fail(name, "is odd");
      InvalidPayloadException fail = node.fail(name, "is odd");
      assertThat(fail.getMessage()).as(f).isEqualTo(refFail.getMessage());
      assertThat(fail.value()).as(f).isEqualTo(refFail.value());
      kindAgrees(ref, node, name, f);
      assertThat(node.get(name).isPresent()).as(f).isEqualTo(ref.get(name).isPresent());
      if (depth < 6 && ref.get(name).isPresent()) {
        compare(ref.get(name).get(), node.get(name).get(), input, depth + 1);
      }
    }
    if (ref.isArray() && depth < 6) {
      List<TreePayloadNode> refs = ref.elements();
      List<PayloadNode> nodes = node.elements();
      for (int i = 0; i < refs.size(); i++) {
        compare(refs.get(i), nodes.get(i), input, depth + 1);
      }
    }
    Set<String> known = ref.fieldNames().isEmpty() ? Set.of() : Set.of(ref.fieldNames().get(0));
    assertThat(node.unknownFields(known)).as(at).isEqualTo(ref.unknownFields(known));
    List<String> visited = new ArrayList<>();
    node.forEachField(known, (name, child) -> {
      visited.add(name);
      assertThat(child.json()).as(at + "." + name).isEqualTo(ref.unknownFields(known).get(name));
    });
    assertThat(visited).as(at).isEqualTo(new ArrayList<>(ref.unknownFields(known).keySet()));
  }

  /** {@link PayloadNode#kind} and {@link PayloadNode#numberValue} agree with the tree's node types. */
  private static void kindAgrees(TreePayloadNode ref, PayloadNode node, String name, String at) {
    JsonNode child = ref.json().get(name);
    PayloadNode.Kind kind = node.kind(name);
    if (child == null) {
      assertThat(kind).as(at).isEqualTo(PayloadNode.Kind.MISSING);
      return;
    }
    PayloadNode.Kind expected = child.isObject() ? PayloadNode.Kind.OBJECT : child.isArray() ? PayloadNode.Kind.ARRAY
        : child.isTextual() ? PayloadNode.Kind.STRING : child.isIntegralNumber() ? PayloadNode.Kind.INTEGER
        : child.isBigDecimal() ? PayloadNode.Kind.DECIMAL : child.isBoolean() ? PayloadNode.Kind.BOOLEAN
        : child.isNull() ? PayloadNode.Kind.NULL : PayloadNode.Kind.OTHER;
    assertThat(kind).as(at).isEqualTo(expected);
    if (child.isNumber()) {
      assertThat(node.numberValue(name)).as(at).isEqualTo(child.decimalValue());
      assertThat(node.numberValue(name).scale()).as(at).isEqualTo(child.decimalValue().scale());
    }
  }

  /** A decimal with its scale, so that 1.0 and 1.00 differ. */
  private static Object scaled(java.util.Optional<java.math.BigDecimal> d) {
    return d.map(v -> v + "/" + v.scale());
  }

  /** The same result, or an exception of the same class with the same message. */
  private static void same(String what, Supplier<?> reference, Supplier<?> actual) {
    Object[] expected = new Object[1];
    Throwable refFailure = capture(() -> expected[0] = reference.get());
    Object[] got = new Object[1];
    Throwable failure = capture(() -> got[0] = actual.get());
    if (refFailure != null) {
      assertThat(failure).as(what).isNotNull().isInstanceOf(refFailure.getClass()).hasMessage(refFailure.getMessage());
      if (refFailure instanceof InvalidPayloadException) {
        assertThat(((InvalidPayloadException) failure).path()).as(what)
            .isEqualTo(((InvalidPayloadException) refFailure).path());
        assertThat(((InvalidPayloadException) failure).value()).as(what)
            .isEqualTo(((InvalidPayloadException) refFailure).value());
      }
    } else {
      assertThat(failure).as(what).isNull();
      assertThat(got[0]).as(what).isEqualTo(expected[0]);
    }
  }

  private static Throwable capture(Runnable r) {
    try {
      r.run();
      return null;
    } catch (Throwable t) {
      return t;
    }
  }
}
