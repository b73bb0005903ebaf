package io.orderhub.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.json.OrderJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

  /** Parsed like a payload: exact decimals. */
  private static JsonNode tree(String json) {
    return OrderJson.standard().readTree(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aNormalisedMapIsReturnedAsItIsNotCopiedAgain() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("node", tree("{\"a\":[1,2.50,{\"b\":null,\"c\":\"x\"}],\"d\":true}"));
    raw.put("n", 7);
    Map<String, Object> once = JsonValues.copyMap(raw, "attributes");
    assertThat(JsonValues.isNormalized(once)).isTrue();
    assertThat(JsonValues.copyMap(once, "attributes")).isSameAs(once);
    assertThat(JsonValues.normalize(once.get("node"), "x")).isSameAs(once.get("node"));
    Map<String, Object> wrapped = new LinkedHashMap<>(once);
    Map<String, Object> twice = JsonValues.copyMap(wrapped, "attributes");
    assertThat(twice.get("node")).isSameAs(once.get("node"));
    assertThat(twice).isEqualTo(once);
  }

  @Test
  void normalisedValuesEqualPlainCollectionsAndKeepTheirOrder() {
    Map<String, Object> out = JsonValues.copyMap(
        Map.of("o", tree("{\"z\":1,\"a\":[\"p\",null,2.50],\"m\":null}")), "attributes");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("z", BigDecimal.ONE);
    expected.put("a", List.of("p", new BigDecimal("2.50")));
    assertThat(out.get("o")).isEqualTo(expected);
    assertThat(expected).isEqualTo(out.get("o"));
    assertThat(out.get("o").hashCode()).isEqualTo(expected.hashCode());
    assertThat(out.get("o").toString()).isEqualTo(expected.toString());
    assertThat(List.<Object>copyOf(((Map<?, ?>) out.get("o")).keySet())).containsExactly("z", "a");
  }

  @Test
  @SuppressWarnings("unchecked")
  void normalisedCollectionsAreUnmodifiable() {
    Map<String, Object> out = JsonValues.copyMap(Map.of("l", List.of(1, 2), "m", Map.of("k", "v")), "attributes");
    assertThatThrownBy(() -> out.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> out.remove("absent")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> out.entrySet().iterator().next().setValue("y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<Object>) out.get("l")).add(3)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((Map<String, Object>) out.get("m")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void largeMapsAreLookedUpLikeSmallOnes() {
    Map<String, Object> raw = new LinkedHashMap<>();
    for (int i = 0; i < 40; i++) {
      raw.put("k" + i, "v" + i);
    }
    Map<String, Object> out = JsonValues.copyMap(raw, "attributes");
    assertThat(out).isEqualTo(raw).containsKey("k39").doesNotContainKey("k40");
    assertThat(out.get("k17")).isEqualTo("v17");
    assertThat(out.keySet()).containsExactlyElementsOf(raw.keySet());
  }

  @Test
  void aValueThatIsNotJsonIsReportedWithItsFullPath() {
    Map<String, Object> raw = Map.of("outer", Map.of("list", List.of("ok", Map.of("bad", 1.5d))));
    assertThatThrownBy(() -> JsonValues.copyMap(raw, "attributes"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("attributes.outer.list[].bad");
          assertThat(e.value()).isEqualTo("Double");
        });
  }
  @Test
  void fieldsExceptIsTheNormalisedMapOfTheUnskippedFields() {
    JsonNode object = tree("{\"a\":1,\"skip\":2,\"n\":null,\"s\":\"x\",\"o\":{\"p\":[1.50,null,{}]},"
        + "\"big\":123456789012345678901234567890,\"t\":true,\"e\":\"\"}");
    Map<String, Object> collected = new LinkedHashMap<>();
    for (java.util.Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals("skip") && !e.getValue().isNull()) {
        collected.put(e.getKey(), e.getValue());
      }
    }
    Map<String, Object> expected = JsonValues.copyMap(collected, "attributes");
    Map<String, Object> got = JsonValues.fieldsExcept(object, java.util.Set.of("skip"));
    assertThat(got).isEqualTo(expected);
    assertThat(List.copyOf(got.keySet())).isEqualTo(List.copyOf(expected.keySet()));
    assertThat(JsonValues.isNormalized(got)).isTrue();
    assertThat(JsonValues.fieldsExcept(tree("{\"skip\":1,\"n\":null}"), java.util.Set.of("skip"))).isEmpty();
  }
  @Test
  void aLargeMapLooksUpByItsIndexBuiltOnFirstUse() {
    Map<String, Object> raw = new LinkedHashMap<>();
    for (int i = 0; i < 30; i++) {
      raw.put("k" + i, "v" + i);
    }
    Map<String, Object> frozen = JsonValues.copyMap(raw, "attributes");
    assertThat(List.copyOf(frozen.keySet())).isEqualTo(List.copyOf(raw.keySet()));
    for (int i = 0; i < 30; i++) {
      assertThat(frozen.get("k" + i)).isEqualTo("v" + i);
      assertThat(frozen.containsKey("k" + i)).isTrue();
    }
    assertThat(frozen.get("k30")).isNull();
    assertThat(frozen.containsKey("v1")).isFalse();
    assertThat(frozen).isEqualTo(raw);
  }
}
