package io.orderhub.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Copies of an order share its attributes, lines and tags until a copy changes them. */
class OrderCopyTest {

  @Test
  void copiesShareTheNormalisedAttributes() {
    Order order = Fixtures.order().toBuilder().attribute("flags", Map.of("a", List.of(1, 2))).build();
    Order copy = order.withStatus(OrderStatus.ON_HOLD).withVersion(3);
    assertThat(copy.attributes()).isSameAs(order.attributes());
  }

  @Test
  void changingAnAttributeOfACopyKeepsTheOthersAndLeavesTheOriginalAlone() {
    Order order = Fixtures.order().toBuilder().attribute("a", "1").attribute("b", "2").build();
    Order changed = order.toBuilder().attribute("c", "3").attribute("a", null).build();
    assertThat(changed.attributes()).containsExactly(Map.entry("b", "2"), Map.entry("c", "3"));
    assertThat(order.attributes()).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    Order replaced = order.toBuilder().attributes(Map.of("z", "9")).build();
    assertThat(replaced.attributes()).containsExactly(Map.entry("z", "9"));
    Order adopted = Fixtures.order().toBuilder().attributes(order.attributes()).build();
    assertThat(adopted.attributes()).isSameAs(order.attributes());
  }

  @Test
  void copiesShareLinesAndTagsUntilChanged() {
    Order order = Fixtures.order().withTag("vip");
    Order copy = order.withVersion(1);
    assertThat(copy.lines()).isSameAs(order.lines());
    assertThat(copy.tags()).isSameAs(order.tags()).containsExactly("vip");

    Order more = copy.toBuilder().tag("b2b").line(order.lines().get(0).toBuilder().lineId("L-extra").build()).build();
    assertThat(more.tags()).containsExactly("b2b", "vip");
    assertThat(more.lines()).hasSize(order.lines().size() + 1);
    assertThat(order.tags()).containsExactly("vip");
    assertThat(order.lines()).hasSize(more.lines().size() - 1);
  }
}
