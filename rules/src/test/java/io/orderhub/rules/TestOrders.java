package io.orderhub.rules;

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
import java.time.Instant;

/** Orders for the rules tests: a clean, complete, paid order to vary one thing at a time. */
final class TestOrders {
  static final Instant T0 = Instant.parse("2026-11-11T02:00:00Z");
  static final String PHONE = "13800001111";

  private TestOrders() {}

  static OrderLine line(String sku, int quantity) {
    return OrderLine.builder().lineId("L-" + sku + "-" + quantity).sku(sku).title("item " + sku)
        .quantity(quantity).unitPrice(Money.cny("100.00")).build();
  }

  static Address address(String detail) {
    return Address.builder().province("浙江省").city("杭州市").district("西湖区").detail(detail)
        .name(PersonName.of("王小明")).phone(Phone.of(PHONE)).build();
  }

  /** A clean order: complete address, one line of TEA-1, paid 100.00 CNY a minute after creation. */
  static Order.Builder clean(String externalId, Instant createdAt) {
    OrderLine line = line("TEA-1", 1);
    return Order.builder().channel(ChannelId.TAOBAO).externalId(externalId).status(OrderStatus.PAID)
        .line(line).amounts(Amounts.of(line.total()))
        .buyer(new Buyer("buyer-1", "茶友", Phone.of(PHONE)))
        .shippingAddress(address("文三路 100 号 5 幢 302 室"))
        .createdAt(createdAt).paidAt(createdAt.plusSeconds(60));
  }

  static Order clean(String externalId) {
    return clean(externalId, T0).build();
  }

  /** The order with one line replaced by {@code line}, amounts adjusted. */
  static Order.Builder withLine(Order.Builder b, OrderLine line) {
    return b.lines(java.util.List.of(line)).amounts(Amounts.of(line.total()));
  }
}
