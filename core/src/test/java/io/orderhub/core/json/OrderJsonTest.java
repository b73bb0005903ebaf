package io.orderhub.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderhub.core.Address;
import io.orderhub.core.Amounts;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.Phone;
import io.orderhub.core.Protection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderJsonTest {
  private final OrderJson json = OrderJson.standard();

  static Order order() {
    return Order.builder().channel(ChannelId.TAOBAO).externalId("3987112233445566778").status(OrderStatus.PAID)
        .line(OrderLine.builder().lineId("1").sku("TEA").title("龙井").quantity(2).unitPrice(Money.cny("12.5"))
            .tag("presale").build())
        .amounts(Amounts.of(Money.cny("25.00")))
        .shippingAddress(Address.builder().province("浙江省").city("杭州市").district("西湖区").detail("龙井路1号")
            .phone(new Phone("$$enc$$", Protection.ENCRYPTED)).build())
        .createdAt(Instant.parse("2026-11-11T00:00:05Z"))
        .paidAt(Instant.parse("2026-11-11T00:01:00Z"))
        .tag("vip")
        .attribute("seller_flag", 2)
        .build();
  }

  @Test
  void writesTheCanonicalFieldNames() {
    JsonNode tree = json.toTree(order());
    List<String> names = new ArrayList<>();
    tree.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("id", "channel", "externalId", "status", "createdAt", "paidAt",
        "shippingAddress", "lines", "amounts", "tags", "attributes");
    assertThat(tree.get("externalId").isTextual()).isTrue();
    assertThat(tree.get("createdAt").asText()).isEqualTo("2026-11-11T00:00:05Z");
    assertThat(tree.at("/lines/0/unitPrice").toString()).isEqualTo("{\"amount\":\"12.50\",\"currency\":\"CNY\"}");
    assertThat(tree.at("/amounts/paid/amount").isTextual()).isTrue();
    assertThat(tree.at("/shippingAddress/phone").asText()).isEqualTo("$$enc$$");
    assertThat(tree.at("/shippingAddress/phoneProtection").asText()).isEqualTo("ENCRYPTED");
    assertThat(tree.at("/lines/0/tags/0").asText()).isEqualTo("presale");
  }

  @Test
  void roundTripsAndIgnoresUnknownFields() {
    Order order = order();
    String text = json.write(order);
    assertThat(json.read(text)).isEqualTo(order);
    String extended = text.replaceFirst("\\{", "{\"futureField\":{\"x\":[1,2]},");
    assertThat(json.read(extended)).isEqualTo(order);
  }

  @Test
  void maskedValuesNeedNoSiblingAndReadBackAsMasked() {
    Order order = order().withShippingAddress(Address.builder().phone(Phone.of("138****5678")).build());
    String text = json.write(order);
    assertThat(text).contains("\"phone\":\"138****5678\"").doesNotContain("phoneProtection");
    assertThat(json.read(text).shippingAddress().orElseThrow().phone().protection()).isEqualTo(Protection.MASKED);
  }

  @Test
  void malformedJsonNamesWhereAndWhat() {
    assertThatThrownBy(() -> json.read("{\"id\": "))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageStartingWith("$: is not valid JSON at line 1");
    assertThatThrownBy(() -> json.read("[1,2]")).hasMessage("$: is not a JSON object");
    assertThatThrownBy(() -> json.read("")).isInstanceOf(InvalidPayloadException.class);
    assertThatThrownBy(() -> json.read("{} {}")).isInstanceOf(InvalidPayloadException.class);
  }

  @Test
  void aNumberNoDecimalCanHoldIsInvalidJsonNotACrash() {
    // jackson-core throws a bare NumberFormatException for an exponent beyond int range
    assertThatThrownBy(() -> json.read("{\"id\": 13E79246801358}"))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageStartingWith("$: is not valid JSON: a number is out of range")
        .hasMessageContaining("13E79246801358")
        .hasCauseInstanceOf(NumberFormatException.class);
  }

  @Test
  void fieldProblemsNameTheJsonPath() {
    String text = json.write(order());
    assertThatThrownBy(() -> json.read(text.replace("\"amount\":\"12.50\"", "\"amount\":\"12.505\"")))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageStartingWith("$.lines[0].unitPrice.amount: 12.505 has more than 2 fraction digits")
        .satisfies(e -> assertThat(((InvalidPayloadException) e).path()).isEqualTo("$.lines[0].unitPrice.amount"));
    assertThatThrownBy(() -> json.read(text.replace("\"status\":\"PAID\"", "\"status\":\"SHIPPED\"")))
        .hasMessage("$.status: SHIPPED is not an order status");
    assertThatThrownBy(() -> json.read(text.replace("\"quantity\":2", "\"quantity\":\"two\"")))
        .hasMessage("$.lines[0].quantity: two is not a whole number");
    assertThatThrownBy(() -> json.read(text.replace("\"createdAt\":\"2026-11-11T00:00:05Z\",", "")))
        .hasMessage("$.createdAt: is required");
    assertThatThrownBy(() -> json.read(text.replace("\"currency\":\"CNY\"}", "\"currency\":\"RMB\"}")))
        .hasMessageContaining("currency: RMB is not an ISO 4217 currency code");
    assertThatThrownBy(() -> json.read(text.replace("\"channel\":\"taobao\"", "\"channel\":\"Tao Bao\"")))
        .hasMessageStartingWith("$.channel: Tao Bao is not a channel id");
  }

  @Test
  void readerLimitsBoundHostileInput() {
    OrderJson strict = OrderJson.builder().maxDocumentBytes(2048).maxDepth(8).maxStringLength(256).build();
    StringBuilder deep = new StringBuilder("{\"attributes\":");
    deep.append("[".repeat(20)).append("]".repeat(20)).append("}");
    assertThatThrownBy(() -> strict.read(deep.toString()))
        .isInstanceOf(InvalidPayloadException.class).hasMessageContaining("exceeds a reader limit");
    String longString = "{\"buyerNote\":\"" + "x".repeat(1000) + "\"}";
    assertThatThrownBy(() -> strict.read(longString)).hasMessageContaining("exceeds a reader limit");
    assertThatThrownBy(() -> strict.read("{\"a\":\"" + "x".repeat(3000) + "\"}"))
        .hasMessageContaining("exceeds the limit of 2048");
    assertThatThrownBy(() -> OrderJson.builder().maxDepth(2)).hasMessageContaining("maxDepth: \"2\" is below 8");
  }

  @Test
  void amountsAsJsonNumbersAreReadExactly() {
    String text = json.write(order()).replace("\"amount\":\"25.00\"", "\"amount\":25.00");
    assertThat(json.read(text).amounts().paid()).isEqualTo(Money.cny("25.00"));
  }
}
