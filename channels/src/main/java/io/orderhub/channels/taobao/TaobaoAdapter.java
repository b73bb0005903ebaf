package io.orderhub.channels.taobao;

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
import io.orderhub.core.Protection;
import io.orderhub.core.json.PayloadNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads Taobao and Tmall trades ({@code taobao.trade.fullinfo.get}): the response with its {@code
 * trade_fullinfo_get_response.trade} envelope, or the bare trade.
 *
 * <ul>
 *   <li>{@code tid} and {@code oid} are kept as text, so 19-digit ids stay exact even when sent as
 *       JSON numbers;
 *   <li>money is yuan (strings or numbers) in CNY; a line's total is its {@code payment} (which
 *       already carries its share of order-level discounts), else its {@code total_fee};
 *   <li>times are {@code yyyy-MM-dd HH:mm:ss} China time (UTC+8);
 *   <li>{@code PAID_FORBID_CONSIGN} (paid, shipping blocked) is {@link OrderStatus#ON_HOLD} with
 *       that reason in the {@code holdReason} attribute, never cancelled; line {@code
 *       refund_status} values in progress make the line {@link OrderStatus#REFUND_REQUESTED};
 *   <li>masked ({@code 138****5678}) and encrypted ({@code $138$...$1$$}) personal data is kept and
 *       marked; when only an {@code oaid} is given it stands in as a {@link Protection#REFERENCE}.
 * </ul>
 *
 * Unmapped trade fields (e.g. {@code seller_flag}, {@code discount_fee}) are kept in {@code
 * attributes}; unmapped line fields under {@code lineAttributes}.
 */
public final class TaobaoAdapter implements ChannelAdapter {
  private static final Payloads.Envelopes ENVELOPES =
      Payloads.Envelopes.of("trade_fullinfo_get_response.trade", "trade_get_response.trade");
  private static final Set<String> KNOWN = Set.of("tid", "status", "orders", "payment", "total_fee", "post_fee",
      "buyer_nick", "buyer_open_uid", "receiver_name", "receiver_mobile", "receiver_phone", "receiver_state",
      "receiver_city", "receiver_district", "receiver_town", "receiver_address", "receiver_zip", "receiver_country",
      "buyer_message", "seller_memo", "created", "pay_time", "modified");
  private static final Set<String> LINE_KNOWN = Set.of("oid", "num_iid", "sku_id", "num", "price", "payment",
      "total_fee", "discount_fee", "title", "outer_iid", "outer_sku_id", "status", "refund_status");

  private static final Map<String, OrderStatus> STATUSES = Map.ofEntries(
      Map.entry("TRADE_NO_CREATE_PAY", OrderStatus.PENDING_PAYMENT),
      Map.entry("WAIT_BUYER_PAY", OrderStatus.PENDING_PAYMENT),
      Map.entry("PAY_PENDING", OrderStatus.PENDING_PAYMENT),
      Map.entry("WAIT_PRE_AUTH_CONFIRM", OrderStatus.PENDING_PAYMENT),
      Map.entry("WAIT_SELLER_SEND_GOODS", OrderStatus.PAID),
      Map.entry("SELLER_CONSIGNED_PART", OrderStatus.PAID),
      Map.entry("WAIT_BUYER_CONFIRM_GOODS", OrderStatus.PICKED_UP),
      Map.entry("TRADE_BUYER_SIGNED", OrderStatus.DELIVERED),
      Map.entry("TRADE_FINISHED", OrderStatus.COMPLETED),
      Map.entry("TRADE_CLOSED", OrderStatus.REFUNDED),
      Map.entry("TRADE_CLOSED_BY_TAOBAO", OrderStatus.CANCELLED),
      Map.entry("PAID_FORBID_CONSIGN", OrderStatus.ON_HOLD));
  private static final Map<String, OrderStatus> REFUNDS = Map.of(
      "WAIT_SELLER_AGREE", OrderStatus.REFUND_REQUESTED,
      "WAIT_BUYER_RETURN_GOODS", OrderStatus.REFUND_REQUESTED,
      "WAIT_SELLER_CONFIRM_GOODS", OrderStatus.REFUND_REQUESTED,
      "SUCCESS", OrderStatus.REFUNDED);

  private final ChannelId channel;

  private TaobaoAdapter(ChannelId channel) {
    this.channel = channel;
  }

  /** The Taobao adapter. */
  public static TaobaoAdapter taobao() {
    return new TaobaoAdapter(ChannelId.TAOBAO);
  }

  /** The Tmall adapter: the same payload as Taobao under the {@code tmall} channel. */
  public static TaobaoAdapter tmall() {
    return new TaobaoAdapter(ChannelId.TMALL);
  }

  @Override
  public ChannelId channel() {
    return channel;
  }

  @Override
  public Order normalize(byte[] payload) {
    return Payloads.normalize(payload, ENVELOPES, this::read);
  }

  /**
   * {@code {"status": ...}} for a trade; with {@code refund_status} (a line's) a refund in progress
   * or done wins. Unknown values are {@link OrderStatus#ON_HOLD}.
   */
  @Override
  public OrderStatus statusOf(Map<String, String> statusFields) {
    String refund = statusFields.get("refund_status");
    if (refund != null && REFUNDS.containsKey(refund)) {
      return REFUNDS.get(refund);
    }
    String status = Read.statusField(statusFields, "status");
    return status(status).status();
  }

  private static StatusResult status(String value) {
    OrderStatus s = STATUSES.get(value);
    if (s == null) {
      return StatusResult.unknown(value);
    }
    StatusResult r = StatusResult.of(s, value);
    return value.equals("SELLER_CONSIGNED_PART") ? r.withTag(OrderDraft.TAG_PARTIALLY_SHIPPED) : r;
  }

  private Order read(PayloadNode t) {
    OrderDraft d = new OrderDraft(channel, Money.CNY)
        .externalId(Read.requiredId(t, "tid"))
        .status(status(t.requiredText("status")))
        .createdAt(Times.requiredInstant(t, "created", Times.CHINA))
        .paidAt(Times.instantOrNull(t, "pay_time", Times.CHINA))
        .updatedAt(Times.instantOrNull(t, "modified", Times.CHINA))
        .buyerNote(t.textOrNull("buyer_message"))
        .sellerNote(t.textOrNull("seller_memo"))
        .goods(Read.moneyOrNull(t, "total_fee", Money.CNY))
        .shipping(Read.moneyOrNull(t, "post_fee", Money.CNY))
        .paid(Read.moneyOrNull(t, "payment", Money.CNY))
        .buyer(new Buyer(t.textOrNull("buyer_open_uid"), t.textOrNull("buyer_nick"), null))
        .address(address(t))
        .unknownFields(t, KNOWN);
    Optional<PayloadNode> orders = t.get("orders");
    List<PayloadNode> lines = orders.isPresent() && orders.get().isObject()
        ? orders.get().array("order") : t.array("orders");
    if (lines.isEmpty()) {
      throw t.missing("orders.order");
    }
    boolean allPaid = true;
    Money lineDiscounts = Money.zero(Money.CNY);
    for (PayloadNode o : lines) {
      Payloads.requireObject(o);
      allPaid &= o.has("payment");
      LineDraft line = line(o);
      Money lineDiscount = Read.moneyOrNull(o, "discount_fee", Money.CNY); // read (and checked) on every line
      if (lineDiscount != null && !lineDiscount.isZero()) {
        lineDiscounts = lineDiscounts.plus(lineDiscount);
      }
      d.line(line);
    }
    if (!allPaid) {
      // without line payments the trade's system discount may hold order-level promotions
      Money tradeDiscount = Read.moneyOrNull(t, "discount_fee", Money.CNY);
      if (tradeDiscount != null && tradeDiscount.isGreaterThan(lineDiscounts)) {
        d.orderDiscount(tradeDiscount.minus(lineDiscounts));
      }
    }
    return d.build();
  }

  private static LineDraft line(PayloadNode o) {
    String sku = Read.requiredId(o, "outer_sku_id", "outer_iid", "sku_id", "num_iid");
    LineDraft line = LineDraft.perUnit(o, "num", Read.requiredId(o, "oid"), sku, o.requiredInt("num"),
            Read.money(o, "price", Money.CNY))
        .platformSkuId(Read.idOrNull(o, "sku_id", "num_iid"))
        .title(o.textOrNull("title"))
        .unknownFields(o, LINE_KNOWN);
    Money total = Read.moneyOrNull(o, "payment", Money.CNY);
    if (total == null) {
      total = Read.moneyOrNull(o, "total_fee", Money.CNY);
    }
    if (total != null) {
      line.total(total);
    } else {
      Money discount = Read.moneyOrNull(o, "discount_fee", Money.CNY);
      if (discount != null) {
        line.discount(discount);
      }
    }
    @Nullable String refund = o.textOrNull("refund_status");
    if (refund != null && refund.equals("NO_REFUND")) {
      refund = null;
    }
    line.refundStatus(refund);
    OrderStatus refundStatus = refund == null ? null : REFUNDS.get(refund);
    if (refundStatus != null) {
      line.status(refundStatus);
    } else {
      String status = o.textOrNull("status");
      OrderStatus s = status == null ? null : STATUSES.get(status);
      if (s != null) {
        line.status(s);
      }
    }
    return line;
  }

  /** {@code [A-Za-z]{2}}, without a regular expression. */
  private static boolean isLetterPair(String s) {
    return s.length() == 2 && isLetter(s.charAt(0)) && isLetter(s.charAt(1));
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static @Nullable Address address(PayloadNode t) {
    @Nullable String oaid = t.textOrNull("oaid");
    PersonName name = Personal.pick(t.textOrNull("receiver_name"), null, null, PersonName::new);
    Phone phone = Personal.pick(Read.firstOrNull(t, "receiver_mobile", "receiver_phone"), null, null, Phone::new);
    AddressDetail detail = Personal.pick(t.textOrNull("receiver_address"), null, null, AddressDetail::new);
    if (oaid != null) {
      name = name != null ? name : new PersonName(oaid, Protection.REFERENCE);
      phone = phone != null ? phone : new Phone(oaid, Protection.REFERENCE);
      detail = detail != null ? detail : new AddressDetail(oaid, Protection.REFERENCE);
    }
    if (name == null && phone == null && detail == null && !t.has("receiver_state") && !t.has("receiver_city")) {
      return null;
    }
    PersonName n = name;
    Phone p = phone;
    AddressDetail a = detail;
    String country = t.textOrNull("receiver_country");
    String c = country != null && isLetterPair(country) ? country : "CN";
    return Read.at(t, () -> Address.builder()
        .country(c)
        .province(t.textOrNull("receiver_state"))
        .city(t.textOrNull("receiver_city"))
        .district(t.textOrNull("receiver_district"))
        .town(t.textOrNull("receiver_town"))
        .postalCode(t.textOrNull("receiver_zip"))
        .name(n).phone(p).detail(a)
        .build());
  }
}
