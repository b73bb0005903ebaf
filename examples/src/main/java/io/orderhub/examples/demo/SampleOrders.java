package io.orderhub.examples.demo;

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
import java.util.Currency;
import java.util.List;

/** A few realistic orders built with the model: two platforms, CNY and USD, a vague address, a merged child. */
public final class SampleOrders {
  private SampleOrders() {}

  public static List<Order> all(Instant now) {
    Order first = taobao(now);
    return List.of(first, shopify(now), vagueAddress(now), mergedChild(first, now));
  }

  static Order taobao(Instant now) {
    Money p1 = Money.cny("199.00");
    Money p2 = Money.cny("109.50");
    OrderLine tea = OrderLine.builder().lineId("4012887123401").sku("TEA-LJ-250G").platformSkuId("5123398877")
        .title("明前龙井 250g").quantity(2).unitPrice(p1).discount(Money.cny("20.00")).build();
    OrderLine cup = OrderLine.builder().lineId("4012887123402").sku("CUP-GLASS-2").title("双层玻璃杯")
        .quantity(1).unitPrice(p2).build();
    Money goods = p1.times(2).plus(p2);
    return Order.builder().channel(ChannelId.TAOBAO).externalId("3987112233445566778")
        .status(OrderStatus.PAID)
        .line(tea).line(cup)
        .amounts(new Amounts(goods, Money.cny("0.00"), Money.cny("20.00"), goods.minus(Money.cny("20.00"))))
        .buyer(new Buyer("tb_open_7f3a", "茶友小王", null))
        .shippingAddress(Address.builder().province("浙江省").city("杭州市").district("西湖区").town("龙井村")
            .detail("龙井路 18 号 3 幢 502 室").postalCode("310013")
            .name(PersonName.of("王小明")).phone(Phone.of("13812345678")).build())
        .buyerNote("请用顺丰")
        .createdAt(now.minusSeconds(3_600)).paidAt(now.minusSeconds(3_540))
        .attribute("seller_flag", 2)
        .build();
  }

  static Order shopify(Instant now) {
    Currency usd = Currency.getInstance("USD");
    Money price = Money.of("24.90", usd);
    Money shipping = Money.of("5.00", usd);
    OrderLine line = OrderLine.builder().lineId("13412345678901").sku("MUG-BLUE-12OZ").title("Blue mug, 12 oz")
        .quantity(3).unitPrice(price).build();
    Money goods = price.times(3);
    return Order.builder().channel(ChannelId.SHOPIFY).externalId("5820012345678")
        .status(OrderStatus.PAID).line(line)
        .amounts(new Amounts(goods, shipping, Money.zero(usd), goods.plus(shipping)))
        .buyer(new Buyer("7721003344", "jane.d", Phone.of("+14155550123")))
        .shippingAddress(Address.builder().country("US").province("CA").city("San Francisco")
            .detail("500 Howard St, Apt 4").postalCode("94105")
            .name(PersonName.of("Jane Doe")).phone(Phone.of("+14155550123")).build())
        .createdAt(now.minusSeconds(7_200)).paidAt(now.minusSeconds(7_190))
        .tag("#1042")
        .build();
  }

  static Order vagueAddress(Instant now) {
    Money price = Money.cny("59.90");
    OrderLine line = OrderLine.builder().lineId("6925001").sku("RICE-5KG").title("五常大米 5kg")
        .quantity(1).unitPrice(price).build();
    return Order.builder().channel(ChannelId.PINDUODUO).externalId("241111-093344556677")
        .status(OrderStatus.PAID).line(line)
        .amounts(Amounts.of(price))
        .buyer(new Buyer(null, null, Phone.of("139****0021")))
        .shippingAddress(Address.builder().province("四川省").city("成都市").district("双流区")
            .detail("黄龙溪镇石牛村3组临时住所").name(PersonName.of("李*")).phone(Phone.of("139****0021")).build())
        .createdAt(now.minusSeconds(1_800)).paidAt(now.minusSeconds(1_790))
        .build();
  }

  static Order mergedChild(Order parent, Instant now) {
    Money price = Money.cny("39.00");
    OrderLine line = OrderLine.builder().lineId("4012887123999").sku("TEA-FILTER").title("茶滤")
        .quantity(1).unitPrice(price).build();
    return Order.builder().channel(ChannelId.TAOBAO).externalId("3987112233445599001")
        .status(OrderStatus.PAID).line(line)
        .amounts(Amounts.of(price))
        .buyer(parent.buyer().orElse(null))
        .shippingAddress(parent.shippingAddress().orElse(null))
        .parentOrderId(parent.id())
        .createdAt(now.minusSeconds(2_400)).paidAt(now.minusSeconds(2_380))
        .build();
  }
}
