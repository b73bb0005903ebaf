package io.orderhub.channels.jd;

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
import io.orderhub.core.Buyer;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.PersonName;
import io.orderhub.core.Phone;
import io.orderhub.core.json.PayloadNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads JD POP orders ({@code jingdong.pop.order.get}): the response with its {@code
 * jingdong_pop_order_get_responce.orderDetailInfo.orderInfo} envelope (JD spells it
 * "responce"), or the bare {@code orderInfo}.
 *
 * <ul>
 *   <li>{@code LOCKED}, {@code POP_ORDER_PAUSE} and {@code PAUSE} are {@link OrderStatus#ON_HOLD}
 *       with the state and its {@code orderStateRemark} as {@code holdReason}: paused, not cancelled;
 *   <li>money is yuan in CNY. JD itemises only the seller's discount ({@code sellerDiscount});
 *       platform coupons and JD beans show only in {@code orderPayment}. The order's discount is
 *       therefore {@code orderTotalPrice + freightPrice − orderPayment}, spread over the lines (or
 *       {@code sellerDiscount} when that difference is negative, which validation then reports);
 *   <li>lines carry no id of their own: the line id is the {@code skuId} (suffixed {@code -2},
 *       {@code -3} when a SKU repeats);
 *   <li>a masked {@code mobile} or {@code desen_mobile} is kept as masked.
 * </ul>
 */
public final class JdAdapter implements ChannelAdapter {
  private static final Payloads.Envelopes ENVELOPES = Payloads.Envelopes.of(
      "jingdong_pop_order_get_responce.orderDetailInfo.orderInfo",
      "jingdong_pop_order_get_response.orderDetailInfo.orderInfo",
      "orderDetailInfo.orderInfo", "orderInfo");
  private static final Set<String> KNOWN = Set.of("orderId", "parentOrderId", "orderState", "orderStateRemark",
      "itemInfoList", "consigneeInfo", "orderRemark", "venderRemark", "orderTotalPrice", "orderPayment",
      "freightPrice", "sellerDiscount", "orderStartTime", "paymentConfirmTime", "modified", "pin");
  private static final Set<String> LINE_KNOWN = Set.of("skuId", "outerSkuId", "skuName", "jdPrice", "itemTotal");
  private static final Map<String, OrderStatus> STATUSES = Map.of(
      "WAIT_SELLER_STOCK_OUT", OrderStatus.PAID,
      "WAIT_SELLER_DELIVERY", OrderStatus.PAID,
      "WAIT_SEND_CODE", OrderStatus.PAID,
      "WAIT_GOODS_RECEIVE_CONFIRM", OrderStatus.PICKED_UP,
      "FINISHED_L", OrderStatus.COMPLETED,
      "TRADE_CANCELED", OrderStatus.CANCELLED,
      "LOCKED", OrderStatus.ON_HOLD,
      "POP_ORDER_PAUSE", OrderStatus.ON_HOLD,
      "PAUSE", OrderStatus.ON_HOLD);

  /** The JD adapter. */
  public JdAdapter() {}

  @Override
  public ChannelId channel() {
    return ChannelId.JD;
  }

  @Override
  public Order normalize(byte[] payload) {
    return Payloads.normalize(payload, ENVELOPES, JdAdapter::read);
  }

  /** {@code {"orderState": ...}}; unknown states are {@link OrderStatus#ON_HOLD}. */
  @Override
  public OrderStatus statusOf(Map<String, String> statusFields) {
    String state = Read.statusField(statusFields, "orderState");
    return status(state, null).status();
  }

  private static StatusResult status(String state, @Nullable String remark) {
    OrderStatus s = STATUSES.get(state);
    if (s == null) {
      return StatusResult.unknown(state);
    }
    StatusResult r = StatusResult.of(s, state);
    return s == OrderStatus.ON_HOLD && remark != null ? r.withHoldReason(state + ": " + remark) : r;
  }

  private static Order read(PayloadNode o) {
    OrderDraft d = new OrderDraft(ChannelId.JD, Money.CNY)
        .externalId(Read.requiredId(o, "orderId"))
        .status(status(o.requiredText("orderState"), o.textOrNull("orderStateRemark")))
        .createdAt(Times.requiredInstant(o, "orderStartTime", Times.CHINA))
        .paidAt(Times.instantOrNull(o, "paymentConfirmTime", Times.CHINA))
        .updatedAt(Times.instantOrNull(o, "modified", Times.CHINA))
        .buyerNote(o.textOrNull("orderRemark"))
        .sellerNote(o.textOrNull("venderRemark"))
        .parentOrderId(Read.idOrNull(o, "parentOrderId"))
        .buyer(new Buyer(o.textOrNull("pin"), null, null))
        .unknownFields(o, KNOWN);
    List<PayloadNode> items = o.array("itemInfoList");
    if (items.isEmpty()) {
      throw o.missing("itemInfoList");
    }
    Set<String> ids = new HashSet<>();
    Money gross = Money.zero(Money.CNY);
    for (PayloadNode item : items) {
      Payloads.requireObject(item);
      String skuId = Read.requiredId(item, "skuId");
      String lineId = skuId;
      for (int k = 2; !ids.add(lineId); k++) {
        lineId = skuId + "-" + k;
      }
      LineDraft line = LineDraft.perUnit(item, "itemTotal", lineId, Read.requiredId(item, "outerSkuId", "skuId"),
              item.requiredInt("itemTotal"), Read.money(item, "jdPrice", Money.CNY))
          .platformSkuId(skuId)
          .title(item.textOrNull("skuName"))
          .unknownFields(item, LINE_KNOWN);
      gross = gross.plus(line.gross());
      d.line(line);
    }
    Money goods = Read.optMoney(o, "orderTotalPrice", Money.CNY).orElse(gross);
    Money freight = Read.optMoney(o, "freightPrice", Money.CNY).orElse(Money.zero(Money.CNY));
    Optional<Money> payment = Read.optMoney(o, "orderPayment", Money.CNY);
    Money discount = payment.map(p -> goods.plus(freight).minus(p)).orElse(Money.zero(Money.CNY));
    if (discount.isNegative()) {
      discount = Read.optMoney(o, "sellerDiscount", Money.CNY).orElse(Money.zero(Money.CNY));
    } else if (payment.isEmpty()) {
      discount = Read.optMoney(o, "sellerDiscount", Money.CNY).orElse(discount);
    }
    PayloadNode c = o.get("consigneeInfo").orElse(null);
    return d.goods(goods).shipping(freight).paid(payment.orElse(null)).orderDiscount(discount)
        .address(c == null ? null : address(Payloads.requireObject(c)))
        .build();
  }

  private static Address address(PayloadNode c) {
    return Read.at(c, () -> Address.builder()
        .province(c.textOrNull("province"))
        .city(c.textOrNull("city"))
        .district(c.textOrNull("county"))
        .town(c.textOrNull("town"))
        .name(Personal.pick(c.textOrNull("fullname"), null, null, PersonName::new))
        .phone(Personal.pick(Read.firstOrNull(c, "mobile", "telephone"), null,
            c.textOrNull("desen_mobile"), Phone::new))
        .detail(Personal.pick(c.textOrNull("fullAddress"), null, null, AddressDetail::new))
        .build());
  }
}
