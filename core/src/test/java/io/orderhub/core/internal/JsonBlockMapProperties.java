package io.orderhub.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderhub.core.json.OrderJson;
import io.orderhub.core.json.PayloadNode;
import io.orderhub.core.json.RandomJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Attributes holding fields read straight from a payload ({@link PayloadNode}s read from bytes) are
 * kept as one JSON document ({@link JsonBlockMap}) and read back into exactly the map the eager
 * path makes of the same fields as Jackson trees (what adapters handed over before): equal, in the
 * same order at every level, numbers of the same scale, immutable.
 */
class JsonBlockMapProperties {
  private static final String[] EXTRA = {"SELLER_CONSIGNED_PART", "", "风控审核锁定", "\ud800 lone", "😀", "a\"b\\c\n"};

  @Property(tries = 600)
  void keepsWhatTheEagerPathMakes(@ForAll long seed) {
    Random random = new Random(seed);
    String doc = new RandomJson(random).document();
    PayloadNode root;
    try {
      root = OrderJson.standard().readPayload(doc.getBytes(StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      return; // only documents that read
    }
    if (!root.isObject()) {
      return;
    }
    Set<String> except = root.fieldNames().isEmpty() ? Set.of() : Set.of(root.fieldNames().get(0));
    Map<String, Object> raw = new LinkedHashMap<>();
    Map<String, Object> trees = new LinkedHashMap<>();
    String first = EXTRA[random.nextInt(EXTRA.length)];
    raw.put("platformStatus", first);
    trees.put("platformStatus", first);
    root.forEachField(except, (name, node) -> {
      raw.put(name, node);
      trees.put(name, node.json());
    });
    if (random.nextBoolean()) {
      BigDecimal d = new BigDecimal(BigDecimal.valueOf(random.nextLong()).unscaledValue(), random.nextInt(8) - 2);
      raw.put("amount", d);
      trees.put("amount", d);
    }
    if (random.nextBoolean()) { // lineAttributes: maps of fields read from the payload, by line id
      Map<String, Object> lines = new LinkedHashMap<>();
      Map<String, Object> lineTrees = new LinkedHashMap<>();
      for (PayloadNode element : children(root)) {
        Map<String, Object> line = new LinkedHashMap<>();
        Map<String, Object> lineTree = new LinkedHashMap<>();
        element.forEachField(Set.of(), (name, node) -> {
          line.put(name, node);
          lineTree.put(name, node.json());
        });
        String id = "L" + lines.size();
        lines.put(id, line);
        lineTrees.put(id, lineTree);
      }
      raw.put("lineAttributes", lines);
      trees.put("lineAttributes", lineTrees);
    }
    if (random.nextInt(4) == 0) {
      raw.put("list", List.of(1, "two", true));
      trees.put("list", List.of(1, "two", true));
    }

    Map<String, Object> expected = JsonValues.copyMap(trees, "attributes");
    Map<String, Object> got = JsonValues.copyMap(raw, "attributes");

    if (holdsNode(raw)) {
      assertThat(got).as(doc).isInstanceOf(JsonBlockMap.class);
    }
    assertThat(got).as(doc).isEqualTo(expected);
    assertThat(got.hashCode()).as(doc).isEqualTo(expected.hashCode());
    assertThat(got.toString()).as(doc).isEqualTo(expected.toString()); // order and scales at every level
    assertThat(JsonValues.copyMap(got, "attributes")).isSameAs(got);
    assertThatThrownBy(() -> got.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> got.remove("platformStatus")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Property(tries = 200)
  void aDocumentReadsBackAsTheSameValuesAsItsTree(@ForAll long seed) throws Exception {
    String doc = new RandomJson(new Random(seed)).document();
    PayloadNode root;
    try {
      root = OrderJson.standard().readPayload(doc.getBytes(StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      return;
    }
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("v", root);
    Map<String, Object> got = JsonValues.copyMap(raw, "attributes");
    JsonNode tree = ((JsonBlockMap) got).tree();
    assertThat(tree.get("v")).as(doc).isEqualTo(root.json());
  }

  private static boolean holdsNode(Object value) {
    return value instanceof PayloadNode
        || (value instanceof Map && ((Map<?, ?>) value).values().stream().anyMatch(JsonBlockMapProperties::holdsNode));
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
