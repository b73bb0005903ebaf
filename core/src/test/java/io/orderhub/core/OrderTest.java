package io.orderhub.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderTest {
  @Test
  void idDefaultsToChannelAndExternalId() {
    assertThat(Fixtures.order().id()).isEqualTo(OrderId.of("taobao-3987112233445566778"));
  }

  @Test
  void buildNamesTheFirstMissingRequiredField() {
    Order.Builder b = Fixtures.order().toBuilder();
    assertThatThrownBy(() -> Order.builder().externalId("1").build()).hasMessage("channel: null is required");
    assertThatThrownBy(() -> b.amounts(null).build()).hasMessage("amounts: null is required");
  }

  @Test
  void withCopiesLeaveTheOriginalUnchanged() {
    Order order = Fixtures.order();
    Order shipped = order.withStatus(OrderStatus.PICKED_UP).withVersion(3).withTag("vip");
    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    assertThat(order.version()).isZero();
    assertThat(order.tags()).isEmpty();
    assertThat(shipped.status()).isEqualTo(OrderStatus.PICKED_UP);
    assertThat(shipped.version()).isEqualTo(3);
    assertThat(shipped.tags()).containsExactly("vip");
    assertThat(shipped.withStatus(OrderStatus.PAID).withVersion(0).toBuilder().tags(java.util.Set.of()).build())
        .isEqualTo(order);
  }

  @Test
  void collectionsHandedOutAreUnmodifiable() {
    Order order = Fixtures.order().toBuilder().attribute("seller_flag", 2).build();
    assertThatThrownBy(() -> order.lines().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> order.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> order.attributes().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> order.lines().get(0).tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void attributesAreNormalisedToExactImmutableJsonValues() {
    Order order = Fixtures.order().toBuilder()
        .attribute("flag", 2)
        .attribute("big", 3987112233445566778L)
        .attribute("price", new BigDecimal("1.50"))
        .attribute("node", JsonNodeFactory.instance.objectNode().put("a", "b").putNull("gone"))
        .attribute("list", List.of(1, "x", true))
        .build();
    assertThat(order.attributes()).containsEntry("flag", BigDecimal.valueOf(2))
        .containsEntry("big", new BigDecimal("3987112233445566778"))
        .containsEntry("price", new BigDecimal("1.50"))
        .containsEntry("node", Map.of("a", "b"))
        .containsEntry("list", List.of(BigDecimal.ONE, "x", true));
    assertThatThrownBy(() -> Order.builder().channel(ChannelId.JD).externalId("1").status(OrderStatus.PAID)
            .amounts(Amounts.of(Money.cny("1"))).createdAt(Fixtures.T0).attribute("d", 1.5).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("attributes.d")
        .hasMessageContaining("never double");
  }

  @Test
  void lineBuilderDerivesTheTotalButNeverOverridesAGivenOne() {
    OrderLine derived = OrderLine.builder().lineId("1").sku("A").quantity(3).unitPrice(Money.cny("2.50"))
        .discount(Money.cny("1.00")).build();
    assertThat(derived.total()).isEqualTo(Money.cny("6.50"));
    OrderLine given = derived.toBuilder().total(Money.cny("7.00")).build();
    assertThat(given.total()).isEqualTo(Money.cny("7.00"));
  }

  @Test
  void addressValidatesCountryAndCoordinates() {
    assertThat(Address.builder().country("cn").build().country()).isEqualTo("CN");
    assertThatThrownBy(() -> Address.builder().country("CHN").build())
        .hasMessageContaining("address.country: \"CHN\" is not an ISO 3166 alpha-2 code");
    assertThatThrownBy(() -> Address.builder().coordinates(91, 0).build()).hasMessageContaining("latitude");
  }
}
