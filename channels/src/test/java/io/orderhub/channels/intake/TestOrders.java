package io.orderhub.channels.intake;

import io.orderhub.core.Address;
import io.orderhub.core.Amounts;
import io.orderhub.core.Buyer;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.PersonName;
import io.orderhub.core.Phone;
import io.orderhub.core.json.OrderJson;
import java.time.Instant;

/** Orders and payloads for the intake tests. */
final class TestOrders {
  static final Instant T0 = Instant.parse("2026-11-11T02:00:00Z");
  static final String SECRET = "s3cr3t";

  private TestOrders() {}

  /** A consistent one-line CNY order paying {@code price}, changed on the platform at {@code updatedAt}. */
  static Order order(ChannelId channel, String externalId, String price, Instant updatedAt) {
    Money p = Money.cny(price);
    return Order.builder().channel(channel).externalId(externalId).status(OrderStatus.PAID)
        .line(OrderLine.builder().lineId("1").sku("SKU-1").title("tea").quantity(1).unitPrice(p).build())
        .amounts(Amounts.of(p))
        .buyer(new Buyer("buyer-" + externalId, null, null))
        .shippingAddress(Address.builder().province("浙江省").city("杭州市").district("西湖区")
            .detail("龙井路 18 号").name(PersonName.of("王小明")).phone(Phone.of("13812345678")).build())
        .createdAt(T0.minusSeconds(600)).updatedAt(updatedAt)
        .build();
  }

  static Order order(ChannelId channel, String externalId) {
    return order(channel, externalId, "99.00", T0);
  }

  static byte[] json(Order order) {
    return OrderJson.standard().writeBytes(order);
  }

  /** A signed push of {@code order} with the delivery id {@code deliveryId}. */
  static Delivery push(Order order, String deliveryId) {
    byte[] body = json(order);
    return Delivery.push(order.channel(), body, TestAdapter.signedHeaders(body, SECRET, deliveryId), T0);
  }
}
