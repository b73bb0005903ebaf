package io.orderhub.channels.pinduoduo;

import io.orderhub.channels.internal.LineDraft;
import io.orderhub.channels.internal.OrderDraft;
import io.orderhub.channels.internal.Payloads;
import io.orderhub.channels.internal.Personal;
import io.orderhub.channels.internal.Read;
import io.orderhub.channels.internal.StatusResult;
import io.orderhub.channels.internal.Times;
import io.orderhub.channels.spi.ChannelAdapter;
import io.orderhub.core.Address;
import io.orderhub.core.AddressDetail;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.PersonName;
import io.orderhub.core.Phone;
import io.orderhub.core.Protection;
import io.orderhub.core.json.PayloadNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Reads Pinduoduo orders ({@code pdd.order.information.get}): the response with its {@code
 * order_info_get_response.order_info} envelope, or the bare order.
 *
 * <ul>
 *   <li>status combines {@code confirm_status} (0 not confirmed: pending; 2 cancelled), {@code
 *       refund_status} (2/3 refund in progress, 4 refunded) and {@code order_status} (1 to ship:
 *       paid; 2 shipped; 3 signed: delivered); all three are kept in {@code platformStatus};
 *   <li>money is yuan (strings or numbers) in CNY; {@code discount_amount} (else {@code
 *       seller_discount + platform_discount}) is an order-level discount spread over the lines;
 *   <li>{@code receiver_*} hold ciphertext when the {@code *_mask} variant is present: they are kept
 *       as encrypted (the mask stays in {@code attributes}); a mask alone is kept as masked;
 *   <li>{@code trade_type} 1 (deposit / pre-sale) tags every line {@code presale}.
 * </ul>
 */
public final class PinduoduoAdapter implements ChannelAdapter {
  private static final Payloads.Envelopes ENVELOPES = Payloads.Envelopes.of("order_info_get_response.order_info", "order_info");
  private static final Set<String> KNOWN = Set.of("order_sn", "order_status", "confirm_status", "refund_status",
      "trade_type", "item_list", "pay_amount", "goods_amount", "discount_amount", "postage", "seller_discount",
      "platform_discount", "receiver_name", "receiver_phone", "receiver_address", "province", "city", "town",
      "buyer_memo", "remark", "created_time", "pay_time", "updated_at", "last_ship_time");
  private static final Set<String> LINE_KNOWN =
      Set.of("sku_id", "goods_id", "goods_name", "goods_count", "goods_price", "outer_id");

  /** The Pinduoduo adapter. */
  public PinduoduoAdapter() {}

  @Override
  public ChannelId channel() {
    return ChannelId.PINDUODUO;
  }

  @Override
  public Order normalize(byte[] payload) {
    return Payloads.normalize(payload, ENVELOPES, PinduoduoAdapter::read);
  }

  /** {@code order_status}, {@code confirm_status} and {@code refund_status}; only {@code order_status} is required. */
  @Override
  public OrderStatus statusOf(Map<String, String> statusFields) {
    String s = Read.statusField(statusFields, "order_status");
    return status(s, statusFields.get("confirm_status"), statusFields.get("refund_status")).status();
  }

  private static StatusResult status(String order, @Nullable String confirm, @Nullable String refund) {
    String raw = "order_status=" + order + (confirm == null ? "" : ",confirm_status=" + confirm)
        + (refund == null ? "" : ",refund_status=" + refund);
    if ("2".equals(confirm)) {
      return StatusResult.of(OrderStatus.CANCELLED, raw);
    }
    if ("4".equals(refund)) {
      return StatusResult.of(OrderStatus.REFUNDED, raw);
    }
    if ("2".equals(refund) || "3".equals(refund)) {
      return StatusResult.of(OrderStatus.REFUND_REQUESTED, raw);
    }
    if ("0".equals(confirm)) {
      return StatusResult.of(OrderStatus.PENDING_PAYMENT, raw);
    }
    switch (order) {
      case "1":
        return StatusResult.of(OrderStatus.PAID, raw);
      case "2":
        return StatusResult.of(OrderStatus.PICKED_UP, raw);
      case "3":
        return StatusResult.of(OrderStatus.DELIVERED, raw);
      default:
        return StatusResult.unknown(raw);
    }
  }

  private static Order read(PayloadNode o) {
    OrderDraft d = new OrderDraft(ChannelId.PINDUODUO, Money.CNY)
        .externalId(Read.requiredId(o, "order_sn"))
        .status(status(o.requiredText("order_status"), o.textOrNull("confirm_status"),
            o.textOrNull("refund_status")))
        .createdAt(Times.requiredInstant(o, "created_time", Times.CHINA))
        .paidAt(Times.instantOrNull(o, "pay_time", Times.CHINA))
        .updatedAt(Times.instantOrNull(o, "updated_at", Times.CHINA))
        .promisedShipBy(Times.instantOrNull(o, "last_ship_time", Times.CHINA))
        .buyerNote(o.textOrNull("buyer_memo"))
        .sellerNote(o.textOrNull("remark"))
        .goods(Read.moneyOrNull(o, "goods_amount", Money.CNY))
        .shipping(Read.moneyOrNull(o, "postage", Money.CNY))
        .paid(Read.moneyOrNull(o, "pay_amount", Money.CNY))
        .address(address(o))
        .unknownFields(o, KNOWN);
    Optional<Money> discount = Read.optMoney(o, "discount_amount", Money.CNY);
    if (discount.isEmpty() && (o.has("seller_discount") || o.has("platform_discount"))) {
      discount = Optional.of(Read.optMoney(o, "seller_discount", Money.CNY).orElse(Money.zero(Money.CNY))
          .plus(Read.optMoney(o, "platform_discount", Money.CNY).orElse(Money.zero(Money.CNY))));
    }
    d.orderDiscount(discount.orElse(null));
    boolean presale = o.intValue("trade_type").orElse(0) == 1;
    List<PayloadNode> items = o.array("item_list");
    if (items.isEmpty()) {
      throw o.missing("item_list");
    }
    Set<String> ids = new HashSet<>();
    for (PayloadNode item : items) {
      Payloads.requireObject(item);
      String skuId = Read.requiredId(item, "sku_id", "goods_id");
      String lineId = skuId;
      for (int k = 2; !ids.add(lineId); k++) {
        lineId = skuId + "-" + k;
      }
      LineDraft line = LineDraft.perUnit(item, "goods_count", lineId, Read.requiredId(item, "outer_id", "sku_id", "goods_id"),
              item.requiredInt("goods_count"), Read.money(item, "goods_price", Money.CNY))
          .platformSkuId(skuId)
          .title(item.textOrNull("goods_name"))
          .unknownFields(item, LINE_KNOWN);
      if (presale) {
        line.tag(OrderLine.TAG_PRESALE);
      }
      d.line(line);
    }
    return d.build();
  }

  private static @Nullable Address address(PayloadNode o) {
    PersonName name = personal(o, "receiver_name", PersonName::new);
    Phone phone = personal(o, "receiver_phone", Phone::new);
    AddressDetail detail = personal(o, "receiver_address", AddressDetail::new);
    if (name == null && phone == null && detail == null && !o.has("province")) {
      return null;
    }
    return Read.at(o, () -> Address.builder()
        .province(o.textOrNull("province")).city(o.textOrNull("city"))
        .district(o.textOrNull("town"))
        .name(name).phone(phone).detail(detail)
        .build());
  }

  private static <T> @Nullable T personal(PayloadNode o, String field, BiFunction<String, Protection, T> factory) {
    Optional<String> value = o.text(field).filter(v -> !v.isBlank());
    Optional<String> mask = o.text(field + "_mask");
    if (value.isPresent() && mask.isPresent() && Personal.guess(value.get()) == Protection.PLAIN) {
      return factory.apply(value.get().strip(), Protection.ENCRYPTED);
    }
    return Personal.pick(value.orElse(null), null, mask.orElse(null), factory);
  }
}
