package io.orderhub.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.json.OrderJson;
import io.orderhub.core.json.PayloadNode;
import io.orderhub.core.json.RandomJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Attributes collected with {@link AttributeParts} (a payload object's unmapped fields, single
 * entries, lines' fields by line id), both as built (read on first access) and compacted into one
 * JSON document ({@link JsonBlockMap}), read into exactly the map the eager path makes: the same entries put into a {@code LinkedHashMap} in
 * the same order, payload fields as Jackson trees, then {@link JsonValues#copyMap}. Equal, in the
 * same order at every level, numbers of the same scale, immutable.
 */
class JsonBlockMapProperties {
  private static final String[] TEXT = {"SELLER_CONSIGNED_PART", "", "风控审核锁定", "\ud800 lone", "😀", "a\"b\\c\n"};

  @Property(tries = 600)
  void keepsWhatTheEagerPathMakes(@ForAll long seed) {
    Random random = new Random(seed);
    String doc = new RandomJson(random).document();
    PayloadNode root;
    try {
      root = PayloadNode.root(OrderJson.standard().readTree(doc.getBytes(StandardCharsets.UTF_8)));
    } catch (RuntimeException e) {
      return; // only documents that read
    }
    if (!root.isObject()) {
      return;
    }
    AttributeParts parts = new AttributeParts();
    Map<String, Object> eager = new LinkedHashMap<>();
    String status = TEXT[random.nextInt(TEXT.length)];
    parts.put("platformStatus", status);
    eager.put("platformStatus", status);
    Set<String> except = root.fieldNames().isEmpty() ? Set.of() : Set.of(root.fieldNames().get(0));
    parts.fields(root, except);
    root.forEachUnknownField(except, eager::put);
    if (random.nextBoolean()) { // an entry named like a field: keeps the field's place, takes the new value
      String name = root.fieldNames().isEmpty() ? "x" : root.fieldNames().get(random.nextInt(root.fieldNames().size()));
      Object value = random.nextBoolean() ? "again"
          : new BigDecimal(BigDecimal.valueOf(random.nextLong()).unscaledValue(), random.nextInt(8) - 2);
      parts.put(name, value);
      eager.put(name, value);
    }
    if (random.nextInt(4) == 0) { // putAll: a null replaces an earlier value, then the key is dropped
      Map<String, Object> more = new HashMap<>();
      more.put("platformStatus", null);
      more.put("list", List.of(1, "two", true));
      parts.putAll(more);
      eager.putAll(more);
    }
    if (random.nextBoolean()) { // lineAttributes: each object's fields by line id, empty ones left out
      Map<String, Object> lines = new LinkedHashMap<>();
      Map<String, Object> eagerLines = new LinkedHashMap<>();
      for (PayloadNode element : children(root)) {
        AttributeParts line = new AttributeParts().fields(element, Set.of());
        Map<String, Object> eagerLine = new LinkedHashMap<>();
        element.forEachUnknownField(Set.of(), eagerLine::put);
        assertThat(line.isEmpty()).isEqualTo(eagerLine.isEmpty());
        if (!line.isEmpty()) {
          lines.put("L" + lines.size(), line);
          eagerLines.put("L" + eagerLines.size(), eagerLine);
        }
      }
      parts.put("lineAttributes", lines);
      eager.put("lineAttributes", eagerLines);
    }

    Map<String, Object> expected = JsonValues.copyMap(eager, "attributes");
    Map<String, Object> lazy = parts.build();
    Map<String, Object> compact = JsonValues.compact(parts.build());

    assertThat(compact).as(doc).isInstanceOf(JsonBlockMap.class);
    for (Map<String, Object> got : List.of(lazy, compact)) {
      assertThat(got).as(doc).isEqualTo(expected);
      assertThat(got.hashCode()).as(doc).isEqualTo(expected.hashCode());
      assertThat(got.toString()).as(doc).isEqualTo(expected.toString()); // order and scales at every level
      assertThat(JsonValues.copyMap(got, "attributes")).isSameAs(got);
      assertThatThrownBy(() -> got.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> got.remove("platformStatus")).isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(JsonValues.compact(compact)).isSameAs(compact);
    assertThat(JsonValues.compact(lazy)).isEqualTo(expected); // also once read
  }

  @Property(tries = 100)
  void aValueThatIsNotJsonFailsWhenBuiltAsCopyingFails(@ForAll long seed) {
    Object odd = new Random(seed).nextBoolean() ? new Object() : List.of(Map.of("k", 1.5d));
    AttributeParts parts = new AttributeParts().put("a", "x").put("lineAttributes", Map.of("L1",
        new AttributeParts().put("bad", odd)));
    Map<String, Object> eager = new LinkedHashMap<>();
    eager.put("a", "x");
    eager.put("lineAttributes", Map.of("L1", Map.of("bad", odd)));
    Throwable expected = org.assertj.core.api.Assertions.catchThrowable(() -> JsonValues.copyMap(eager, "attributes"));
    assertThat(expected).isNotNull();
    assertThatThrownBy(parts::build).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
  }

  @Property(tries = 100)
  void aValueThatCannotBeWrittenFallsBackToTheEagerMap(@ForAll long seed) {
    Random random = new Random(seed);
    BigDecimal tiny = BigDecimal.ONE.movePointLeft(10_000 + random.nextInt(100)); // too long to write plainly
    AttributeParts parts = new AttributeParts().put("a", "x").put("tiny", tiny);
    Map<String, Object> eager = new LinkedHashMap<>();
    eager.put("a", "x");
    eager.put("tiny", tiny);
    Map<String, Object> got = JsonValues.compact(parts.build());
    assertThat(got).isNotInstanceOf(JsonBlockMap.class).isEqualTo(JsonValues.copyMap(eager, "attributes"));
  }

  private static List<PayloadNode> children(PayloadNode root) {
    List<PayloadNode> out = new ArrayList<>();
    for (String name : root.fieldNames()) {
      root.get(name).filter(PayloadNode::isObject).ifPresent(out::add);
      root.get(name).filter(PayloadNode::isArray).ifPresent(a -> a.elements().stream()
          .filter(PayloadNode::isObject).forEach(out::add));
    }
    return out;
  }
}
