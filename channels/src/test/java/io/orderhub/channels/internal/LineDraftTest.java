package io.orderhub.channels.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.ChannelId;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.json.OrderJson;
import io.orderhub.core.json.PayloadNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A line's unmapped fields are read straight into an immutable map on the first {@link
 * LineDraft#unknownFields} call; every mix of calls still gives what collecting them into one map
 * in call order gives.
 */
class LineDraftTest {
  private static final PayloadNode LINE = PayloadNode.root(OrderJson.standard().readTree(
      "{\"id\":\"L1\",\"a\":\"x\",\"b\":1.50,\"n\":null,\"o\":{\"p\":[1,null]},\"c\":true}"
          .getBytes(StandardCharsets.UTF_8)));
  private static final Set<String> KNOWN = Set.of("id");

  private static Map<String, Object> lineAttributes(LineDraft line) {
    Order order = new OrderDraft(ChannelId.TAOBAO, Money.CNY)
        .externalId("T1")
        .status(StatusResult.of(OrderStatus.PAID, "PAID"))
        .createdAt(Instant.EPOCH)
        .line(line)
        .build();
    @SuppressWarnings("unchecked")
    Map<String, Object> byLine = (Map<String, Object>) order.attributes().get(OrderDraft.LINE_ATTRIBUTES);
    @SuppressWarnings("unchecked")
    Map<String, Object> attributes = byLine == null ? Map.of() : (Map<String, Object>) byLine.get("L1");
    return attributes == null ? Map.of() : attributes;
  }

  private static LineDraft line() {
    return LineDraft.perUnit(LINE, "num", "L1", "SKU", 1, Money.cny("1.00"));
  }

  private static Map<String, Object> expected() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", "x");
    m.put("b", new BigDecimal("1.50"));
    m.put("o", Map.of("p", List.of(BigDecimal.ONE)));
    m.put("c", true);
    return m;
  }

  @Test
  void oneBatchOfUnknownFields() {
    Map<String, Object> got = lineAttributes(line().unknownFields(LINE, KNOWN));
    assertThat(got).isEqualTo(expected());
    assertThat(List.copyOf(got.keySet())).containsExactly("a", "b", "o", "c");
  }

  @Test
  void unknownFieldsThenMoreAttributesKeepCallOrderAndOverwrite() {
    Map<String, Object> got = lineAttributes(line().unknownFields(LINE, KNOWN).attributes(Map.of("a", "y", "z", "w")));
    Map<String, Object> want = expected();
    want.put("a", "y");
    want.put("z", "w");
    assertThat(got).isEqualTo(want);
    assertThat(List.copyOf(got.keySet())).containsExactly("a", "b", "o", "c", "z");
  }

  @Test
  void attributesThenUnknownFieldsAndTwoBatches() {
    Map<String, Object> got = lineAttributes(line().attributes(Map.of("z", "w")).unknownFields(LINE, KNOWN));
    assertThat(List.copyOf(got.keySet())).containsExactly("z", "a", "b", "o", "c");
    Map<String, Object> twice = lineAttributes(line().unknownFields(LINE, KNOWN).unknownFields(LINE, Set.of("id", "a")));
    assertThat(twice).isEqualTo(expected());
    assertThat(lineAttributes(line().unknownFields(LINE, Set.of("id", "a", "b", "n", "o", "c")))).isEmpty();
  }

  @Test
  void tagsAreEmptyUntilAdded() {
    assertThat(line().tags()).isEmpty();
    assertThat(line().tag("b").tag("a").tags()).containsExactly("a", "b");
  }
}
