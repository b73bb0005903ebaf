package io.orderhub.allocation;

import io.orderhub.core.Address;
import io.orderhub.core.Amounts;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import java.time.Instant;

/** Orders for tests: {@code order("1", "浙江省", "TEA", 2, "CUP", 1)}. */
final class TestOrders {
  private TestOrders() {}

  /** An order to {@code province} with (sku, quantity) pairs; lines tagged {@code tag} when given. */
  static Order order(String externalId, String province, Object... skuQuantity) {
    return build(externalId, province, null, skuQuantity);
  }

  /**
   * A random order: 1 to {@code maxLines} lines of random {@code skus}, 1 to {@code maxQuantity} units
   * each, to a random region, one in five hazardous.
   */
  static Order random(java.util.Random random, String externalId, java.util.List<String> regions,
      java.util.List<String> skus, int maxLines, int maxQuantity) {
    Object[] lines = new Object[2 * (1 + random.nextInt(maxLines))];
    for (int l = 0; l < lines.length; l += 2) {
      lines[l] = skus.get(random.nextInt(skus.size()));
      lines[l + 1] = 1 + random.nextInt(maxQuantity);
    }
    String region = regions.get(random.nextInt(regions.size()));
    return random.nextInt(5) == 0 ? hazardous(externalId, region, lines) : order(externalId, region, lines);
  }

  static Order hazardous(String externalId, String province, Object... skuQuantity) {
    return build(externalId, province, OrderLine.TAG_HAZARDOUS, skuQuantity);
  }

  static Order build(String externalId, String province, String tag, Object... skuQuantity) {
    Order.Builder b = Order.builder().channel(ChannelId.TAOBAO).externalId(externalId).status(OrderStatus.PAID)
        .createdAt(Instant.parse("2026-11-11T01:00:00Z"))
        .shippingAddress(Address.builder().province(province).city("市").build());
    Money price = Money.cny("10.00");
    Money goods = Money.cny("0.00");
    for (int i = 0; i < skuQuantity.length; i += 2) {
      int q = (Integer) skuQuantity[i + 1];
      OrderLine.Builder line = OrderLine.builder().lineId(externalId + "-" + (i / 2 + 1)).sku((String) skuQuantity[i])
          .title("item").quantity(q).unitPrice(price);
      if (tag != null) {
        line.tag(tag);
      }
      b.line(line.build());
      goods = goods.plus(price.times(q));
    }
    return b.amounts(Amounts.of(goods)).build();
  }
}
