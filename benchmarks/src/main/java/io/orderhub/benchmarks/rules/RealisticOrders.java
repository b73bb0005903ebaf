package io.orderhub.benchmarks.rules;

import io.orderhub.core.Address;
import io.orderhub.core.Amounts;
import io.orderhub.core.Buyer;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.Phone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A day-by-day stream of realistic marketplace orders, in time order, from a seeded random: 1-3
 * lines from a catalogue of 500 SKUs (a few pre-sale, a few hazardous), 6% vague and 2% incomplete
 * addresses, buyers drawn from a skewed pool (so some phones order several times a day and some
 * orders repeat), 1% refunds shortly after payment and 1% high amounts.
 */
final class RealisticOrders {
  static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
  static final String HAZARDOUS_SKU = "SKU-0007";
  private static final String[] PROVINCES = {"浙江省", "广东省", "四川省", "江苏省", "北京市", "上海市"};
  private static final String[] CITIES = {"杭州市", "深圳市", "成都市", "南京市", "北京市", "上海市"};
  private static final String[] DISTRICTS = {"西湖区", "南山区", "武侯区", "鼓楼区", "朝阳区", "浦东新区"};
  private static final String[] STREETS = {"文三路", "科技园南路", "人民南路", "中山北路", "建国路", "张杨路"};
  private static final String[] VAGUE = {"石牛村3组", "镇政府后面", "菜市场旁边", "学校附近", "临时住所"};

  private RealisticOrders() {}

  /** {@code perDay} orders a day for {@code days} days, in time order. */
  static List<Order> generate(long seed, int days, int perDay) {
    Random random = new Random(seed);
    int buyers = perDay * 3;
    List<Order> out = new ArrayList<>(days * perDay);
    long spacing = Duration.ofDays(1).toMillis() / perDay;
    for (int i = 0; i < days * perDay; i++) {
      Instant created = START.plusMillis(i * spacing);
      // skewed buyer pool: the square of a uniform draw favours low indexes
      double u = random.nextDouble();
      int buyer = (int) (u * u * buyers);
      String phone = "13" + String.format("%09d", 100_000_000 + buyer);
      int p = buyer % PROVINCES.length;
      int roll = random.nextInt(100);
      Address.Builder address = Address.builder().province(PROVINCES[p]).city(CITIES[p])
          .district(roll < 2 ? null : DISTRICTS[p]).phone(Phone.of(phone))
          .detail(STREETS[p] + (buyer % 900 + 1) + " 号 " + (buyer % 30 + 1) + " 幢 " + (buyer % 20 + 1) + "0" + (buyer % 4 + 1)
              + " 室" + (roll >= 2 && roll < 8 ? VAGUE[random.nextInt(VAGUE.length)] : ""));
      int lineCount = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(3));
      List<OrderLine> lines = new ArrayList<>(lineCount);
      Money goods = Money.zero(Money.CNY);
      for (int l = 0; l < lineCount; l++) {
        int sku = (buyer * 7 + l * 13 + random.nextInt(random.nextInt(10) < 8 ? 3 : 500)) % 500;
        boolean high = random.nextInt(100) == 0;
        OrderLine.Builder line = OrderLine.builder().lineId("L" + i + "-" + l).sku(String.format("SKU-%04d", sku))
            .title("商品 " + sku).quantity(1 + random.nextInt(3))
            .unitPrice(Money.ofMinor(high ? 600_000 + random.nextInt(400_000) : 1_990 + random.nextInt(40_000), Money.CNY));
        if (sku % 50 == 3) {
          line.tag(OrderLine.TAG_PRESALE);
        }
        OrderLine built = line.build();
        lines.add(built);
        goods = goods.plus(built.total());
      }
      boolean refund = random.nextInt(100) == 0;
      Instant paid = created.plusSeconds(20 + random.nextInt(100));
      out.add(Order.builder().channel(ChannelId.known().get(buyer % 5)).externalId("B" + seed + "-" + i)
          .status(refund ? OrderStatus.REFUND_REQUESTED : OrderStatus.PAID).lines(lines).amounts(Amounts.of(goods))
          .buyer(new Buyer("buyer-" + buyer, null, Phone.of(phone))).shippingAddress(address.build())
          .createdAt(created).paidAt(paid)
          .updatedAt(refund ? paid.plusSeconds(60 + random.nextInt(1500)) : null).build());
    }
    return out;
  }
}
