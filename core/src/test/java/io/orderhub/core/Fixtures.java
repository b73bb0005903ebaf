package io.orderhub.core;

import java.time.Instant;

/** A small, valid order used by the example-based tests of the core package. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2026-11-11T00:00:05Z");

  private Fixtures() {}

  /** goods 418.00 = 2 x 199.00 + 20.00, shipping 0.00, discount 20.00 (on line 1), paid 398.00. */
  static Order order() {
    OrderLine tea = OrderLine.builder().lineId("1001").sku("TEA-250").title("龙井 250g").quantity(2)
        .unitPrice(Money.cny("199.00")).discount(Money.cny("20.00")).build();
    OrderLine bag = OrderLine.builder().lineId("1002").sku("BAG").title("礼袋").quantity(1)
        .unitPrice(Money.cny("20.00")).build();
    return Order.builder()
        .channel(ChannelId.TAOBAO)
        .externalId("3987112233445566778")
        .status(OrderStatus.PAID)
        .line(tea).line(bag)
        .amounts(new Amounts(Money.cny("418.00"), Money.cny("0.00"), Money.cny("20.00"), Money.cny("398.00")))
        .buyer(new Buyer("tb_open_1", "茶友小王", Phone.of("13812345678")))
        .shippingAddress(Address.builder().province("浙江省").city("杭州市").district("西湖区")
            .detail("龙井路18号3幢502室").name(PersonName.of("王小明")).phone(Phone.of("13812345678")).build())
        .buyerNote("请尽快发货，电话13812345678")
        .createdAt(T0)
        .paidAt(T0.plusSeconds(30))
        .build();
  }
}
