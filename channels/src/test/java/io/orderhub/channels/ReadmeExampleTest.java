package io.orderhub.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.channels.spi.ChannelAdapter;
import io.orderhub.core.Amounts;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.json.OrderJson;
import io.orderhub.core.json.PayloadNode;
import io.orderhub.core.validation.OrderChecks;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The adapter of channels/README.md, compiled and run so the guide stays true. */
class ReadmeExampleTest {

  // --- README example start
  /** Orders of a self-built shop: {"no":"A1","state":"PAID","at":1718712903,"items":[{"sku":"TEA","qty":2,"fen":1250}]} */
  public static final class MiniShopAdapter implements ChannelAdapter {
    private static final ChannelId MINI_SHOP = ChannelId.of("mini-shop");

    @Override
    public ChannelId channel() {
      return MINI_SHOP;
    }

    @Override
    public Order normalize(byte[] payload) {
      PayloadNode o = PayloadNode.root(OrderJson.standard().readTree(payload)); // bounded, path-aware
      Order.Builder order = Order.builder()
          .channel(MINI_SHOP)
          .externalId(o.requiredText("no"))
          .status(statusOf(Map.of("state", o.requiredText("state"))))
          .createdAt(Instant.ofEpochSecond(o.requiredLong("at")));
      Money goods = Money.zero(Money.CNY);
      for (PayloadNode item : o.array("items")) {
        OrderLine line = OrderLine.builder()
            .lineId(item.requiredText("sku")).sku(item.requiredText("sku"))
            .quantity(item.requiredInt("qty"))
            .unitPrice(item.minorUnits("fen", Money.CNY).orElseThrow(() -> item.missing("fen")))
            .build();
        order.line(line);
        goods = goods.plus(line.total());
      }
      return order.amounts(Amounts.of(goods)).attributes(o.unknownFields(KNOWN)).build();
    }

    @Override
    public OrderStatus statusOf(Map<String, String> fields) {
      return switch (fields.getOrDefault("state", "")) {
        case "NEW" -> OrderStatus.PENDING_PAYMENT;
        case "PAID" -> OrderStatus.PAID;
        case "SENT" -> OrderStatus.PICKED_UP;
        default -> OrderStatus.ON_HOLD; // unknown: a person looks, nothing is dropped
      };
    }

    private static final java.util.Set<String> KNOWN = java.util.Set.of("no", "state", "at", "items");
  }
  // --- README example end

  @Test
  void theGuideAdapterWorksThroughTheRegistry() {
    Channels channels = Channels.builder().registerBuiltIns().register(new MiniShopAdapter()).build();
    byte[] raw = "{\"no\":\"A1\",\"state\":\"PAID\",\"at\":1718712903,\"vip\":true,\"items\":[{\"sku\":\"TEA\",\"qty\":2,\"fen\":1250}]}"
        .getBytes(StandardCharsets.UTF_8);

    Order order = channels.normalize(ChannelId.of("mini-shop"), raw);

    assertThat(order.amounts().paid().toString()).isEqualTo("25.00 CNY");
    assertThat(order.attributes()).containsKey("vip");
    assertThat(OrderChecks.check(order)).isEmpty();
    assertThatThrownBy(() -> channels.normalize(ChannelId.of("mini-shop"), "{\"no\":\"A1\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PayloadException.class).hasMessage("mini-shop: $.state: is required");
  }
}
