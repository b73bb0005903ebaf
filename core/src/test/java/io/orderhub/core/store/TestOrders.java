package io.orderhub.core.store;

import io.orderhub.core.Amounts;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import java.time.Instant;

/** Small valid orders for the store tests. */
final class TestOrders {
  static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");

  private TestOrders() {}

  static Order order(String externalId, OrderStatus status) {
    Money price = Money.cny("59.90");
    return Order.builder().channel(ChannelId.TAOBAO).externalId(externalId).status(status)
        .line(OrderLine.builder().lineId("1").sku("RICE-5KG").title("rice").quantity(1).unitPrice(price).build())
        .amounts(Amounts.of(price)).createdAt(T0).paidAt(T0.plusSeconds(30)).build();
  }
}
