package io.orderhub.core.arbitraries;

import io.orderhub.core.Address;
import io.orderhub.core.AddressDetail;
import io.orderhub.core.Amounts;
import io.orderhub.core.Buyer;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.PersonName;
import io.orderhub.core.Phone;
import io.orderhub.core.Protection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the order model, shared by every module's property tests through core's
 * test-jar (and re-exported by the testkit module for hosts). Generated orders are valid: their
 * amounts pass {@link io.orderhub.core.validation.OrderChecks}.
 */
public final class OrderArbitraries {
  private static final List<Currency> CURRENCIES = List.of(
      Money.CNY, Currency.getInstance("USD"), Currency.getInstance("EUR"), Currency.getInstance("JPY"));
  private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

  private OrderArbitraries() {}

  /** CNY, USD, EUR or JPY (JPY has no minor unit). */
  public static Arbitrary<Currency> currencies() {
    return Arbitraries.of(CURRENCIES);
  }

  /** Money in {@code currency}, from -10,000,000.00 to 10,000,000.00. */
  public static Arbitrary<Money> money(Currency currency) {
    return Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L).map(m -> Money.ofMinor(m, currency));
  }

  /** Non-negative money up to {@code maxMinor} minor units. */
  public static Arbitrary<Money> nonNegativeMoney(Currency currency, long maxMinor) {
    return Arbitraries.longs().between(0, maxMinor).map(m -> Money.ofMinor(m, currency));
  }

  public static Arbitrary<ChannelId> channels() {
    return Arbitraries.of(ChannelId.known());
  }

  /** Phones: plain mainland mobiles, platform masks, ciphertext or references. */
  public static Arbitrary<Phone> phones() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(8);
    return Arbitraries.oneOf(
        digits.map(d -> new Phone("13" + d.charAt(0) + d, Protection.PLAIN)),
        digits.map(d -> new Phone("13" + d.charAt(0) + "****" + d.substring(4), Protection.MASKED)),
        Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(16).ofMaxLength(40)
            .map(s -> new Phone("$" + s + "$", Protection.ENCRYPTED)),
        Arbitraries.strings().alpha().numeric().ofLength(24).map(s -> new Phone(s, Protection.REFERENCE)));
  }

  /**
   * Chinese names of two or three characters, or a platform mask. Names use other characters than
   * {@link #addresses()} places and details, so a test can look for a name in text unambiguously.
   */
  public static Arbitrary<PersonName> names() {
    Arbitrary<String> han = Arbitraries.strings().withCharRange('\u4e00', '\u4fff').ofMinLength(2).ofMaxLength(3);
    return Arbitraries.oneOf(
        han.map(PersonName::of),
        han.map(n -> new PersonName(n.charAt(0) + "*", Protection.MASKED)));
  }

  public static Arbitrary<Address> addresses() {
    Arbitrary<String> place = Arbitraries.strings().withCharRange('\u5000', '\u9fa5').ofMinLength(2).ofMaxLength(5);
    Arbitrary<AddressDetail> detail = Arbitraries.strings().withCharRange('\u5000', '\u9fa5').ofMinLength(4)
        .ofMaxLength(20).map(d -> new AddressDetail(d + "1号", Protection.PLAIN));
    return Combinators.combine(place.injectNull(0.1), place, place.injectNull(0.2), detail.injectNull(0.1),
            names().injectNull(0.1), phones().injectNull(0.1), Arbitraries.strings().numeric().ofLength(6).injectNull(0.5))
        .as((province, city, district, d, name, phone, zip) -> Address.builder().province(province)
            .city(city).district(district).detail(d).name(name).phone(phone).postalCode(zip).build());
  }

  /** Valid orders: consistent amounts, one currency, 1-5 lines. */
  public static Arbitrary<Order> orders() {
    return currencies().flatMap(OrderArbitraries::orders);
  }

  /** Valid orders in {@code currency}. */
  public static Arbitrary<Order> orders(Currency currency) {
    Arbitrary<OrderLine> line = Combinators.combine(
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12),
            Arbitraries.integers().between(1, 20),
            nonNegativeMoney(currency, 500_000),
            Arbitraries.integers().between(0, 100),
            Arbitraries.of("presale", "hazardous", "gift").set().ofMaxSize(2))
        .as((sku, qty, price, discountPercent, tags) -> {
          Money gross = price.times(qty);
          Money discount = gross.allocate(discountPercent, 100 - discountPercent).get(0);
          return OrderLine.builder().lineId("L").sku("SKU-" + sku).title("item " + sku).quantity(qty)
              .unitPrice(price).discount(discount).tags(tags).build();
        });
    Arbitrary<String> externalIds = Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(19)
        .filter(s -> !s.isEmpty());
    Arbitrary<Order.Builder> base = Combinators.combine(
            channels(),
            externalIds,
            Arbitraries.of(OrderStatus.class),
            line.list().ofMinSize(1).ofMaxSize(5),
            nonNegativeMoney(currency, 5_000),
            nonNegativeMoney(currency, 5_000),
            Arbitraries.longs().between(0, 900L * 24 * 3600),
            Arbitraries.integers().between(0, 3600).injectNull(0.2))
        .as((channel, ext, status, lines, shipping, orderDiscount, created, payDelay) -> {
          List<OrderLine> numbered = new ArrayList<>();
          Money goods = Money.zero(currency);
          Money lineDiscounts = Money.zero(currency);
          for (int i = 0; i < lines.size(); i++) {
            OrderLine l = lines.get(i);
            numbered.add(l.toBuilder().lineId(ext + "-" + (i + 1)).build());
            goods = goods.plus(l.unitPrice().times(l.quantity()));
            lineDiscounts = lineDiscounts.plus(l.discount());
          }
          Money discount = lineDiscounts.plus(orderDiscount);
          Instant createdAt = EPOCH.plusSeconds(created);
          return Order.builder().channel(channel).externalId(ext).status(status).lines(numbered)
              .amounts(new Amounts(goods, shipping, discount, goods.plus(shipping).minus(discount)))
              .createdAt(createdAt).paidAt(payDelay == null ? null : createdAt.plusSeconds(payDelay));
        });
    return Combinators.combine(
            base,
            buyers().injectNull(0.2),
            addresses().injectNull(0.1),
            Arbitraries.strings().ofMaxLength(30).injectNull(0.5),
            attributes())
        // each generation gets a fresh builder from base; every field is set, so a re-run is idempotent
        .as((b, buyer, address, note, attrs) ->
            b.buyer(buyer).shippingAddress(address).buyerNote(note).attributes(attrs).build());
  }

  public static Arbitrary<Buyer> buyers() {
    return Combinators.combine(
            Arbitraries.strings().alpha().numeric().ofMinLength(4).ofMaxLength(16).injectNull(0.3),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).injectNull(0.3),
            phones().injectNull(0.3))
        .as(Buyer::new);
  }

  /** Platform attributes: strings, booleans, decimals and one level of nesting. */
  public static Arbitrary<Map<String, Object>> attributes() {
    Arbitrary<Object> scalar = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
        Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000")).ofScale(2)
            .map(d -> (Object) d),
        Arbitraries.longs().map(l -> (Object) BigDecimal.valueOf(l)));
    Arbitrary<Object> value = Arbitraries.oneOf(scalar, scalar.list().ofMaxSize(3).map(l -> (Object) l));
    return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10), value).ofMaxSize(4);
  }
}
