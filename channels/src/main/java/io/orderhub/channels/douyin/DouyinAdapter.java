package io.orderhub.channels.douyin;

import io.orderhub.channels.internal.LineDraft;
import io.orderhub.channels.internal.OrderDraft;
import io.orderhub.channels.internal.Payloads;
import io.orderhub.channels.internal.Personal;
import io.orderhub.channels.internal.Read;
import io.orderhub.channels.internal.StatusResult;
import io.orderhub.channels.internal.Times;
import io.orderhub.channels.spi.ChannelAdapter;
import io.orderhub.channels.spi.WebhookVerifier;
import io.orderhub.core.Address;
import io.orderhub.core.AddressDetail;
import io.orderhub.core.Buyer;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.PersonName;
import io.orderhub.core.Phone;
import io.orderhub.core.json.InvalidPayloadException;
import io.orderhub.core.json.PayloadNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads Douyin shop orders ({@code order.orderDetail}): the response with its {@code
 * data.shop_order_detail} envelope, or the bare order.
 *
 * <ul>
 *   <li>money is integer fen (the only platform here that uses fen) in CNY; a line's gross is its
 *       {@code origin_amount} and its total is {@code pay_amount − post_amount} (what the buyer paid
 *       for the goods of that line);
 *   <li>times are Unix seconds; {@code exp_ship_time} is the promised ship-by time;
 *   <li>{@code order_status} 1 to pay, 105/2 paid, 101 partly shipped (paid, tagged), 3 shipped,
 *       4 cancelled, 5 completed; {@code main_status} 103 (partly paid) and 21/22/39 (closed by a
 *       refund) win over it;
 *   <li>a line's {@code after_sale_info.after_sale_status} other than 0 is a refund in progress,
 *       except 12 (refunded) and 27/28/29 (refused or closed) (codes unconfirmed);
 *   <li>the address prefers plain {@code post_*} fields, then the ciphertext ({@code
 *       encrypt_post_*}, kept as encrypted), then the mask ({@code mask_post_*}); Douyin's {@code
 *       town} is the district and its {@code street} the town.
 * </ul>
 */
public final class DouyinAdapter implements ChannelAdapter {
  private static final Payloads.Envelopes ENVELOPES = Payloads.Envelopes.of("data.shop_order_detail", "shop_order_detail");
  private static final Set<String> KNOWN = Set.of("order_id", "order_status", "main_status", "sku_order_list",
      "post_receiver", "post_tel", "post_addr", "encrypt_post_receiver", "encrypt_post_tel", "mask_post_receiver",
      "mask_post_tel", "mask_post_addr", "buyer_words", "seller_words", "create_time", "pay_time", "update_time",
      "exp_ship_time", "pay_amount", "post_amount", "doudian_open_id");
  private static final Set<String> LINE_KNOWN = Set.of("order_id", "product_name", "sku_id", "out_sku_id", "code",
      "item_num", "origin_amount", "pay_amount", "post_amount", "order_status", "after_sale_info");
  private static final Map<Integer, OrderStatus> STATUSES = Map.of(
      1, OrderStatus.PENDING_PAYMENT, 103, OrderStatus.PENDING_PAYMENT,
      105, OrderStatus.PAID, 2, OrderStatus.PAID, 101, OrderStatus.PAID,
      3, OrderStatus.PICKED_UP, 4, OrderStatus.CANCELLED, 5, OrderStatus.COMPLETED,
      21, OrderStatus.REFUNDED, 22, OrderStatus.REFUNDED);
  private static final Set<Integer> MAIN_WINS = Set.of(103, 21, 22, 39);

  private final @Nullable DouyinPushVerifier verifier;

  /**
   * The Douyin adapter.
   *
   * @param appKey the app key that push signatures include, see {@link DouyinPushVerifier}
   */
  public DouyinAdapter(String appKey) {
    this.verifier = new DouyinPushVerifier(appKey);
  }

  /** An adapter for reading payloads only (no push verification configured). */
  public DouyinAdapter() {
    this.verifier = null;
  }

  @Override
  public ChannelId channel() {
    return ChannelId.DOUYIN;
  }

  @Override
  public Optional<WebhookVerifier> webhookVerifier() {
    return Optional.ofNullable(verifier);
  }

  @Override
  public Order normalize(byte[] payload) {
    return Payloads.normalize(payload, ENVELOPES, DouyinAdapter::read);
  }

  /** {@code {"order_status": "2", "main_status": "21"}}; {@code main_status} is optional. */
  @Override
  public OrderStatus statusOf(Map<String, String> statusFields) {
    String s = Read.statusField(statusFields, "order_status");
    return status(code("order_status", s), Optional.ofNullable(statusFields.get("main_status"))
        .map(m -> code("main_status", m)).orElse(null)).status();
  }

  private static int code(String field, String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidPayloadException("$." + field, text, "is not a status code");
    }
  }

  private static StatusResult status(int orderStatus, @Nullable Integer mainStatus) {
    int code = mainStatus != null && MAIN_WINS.contains(mainStatus) ? mainStatus : orderStatus;
    String raw = mainStatus == null ? String.valueOf(orderStatus) : orderStatus + "/" + mainStatus;
    if (code == 39) {
      return StatusResult.of(OrderStatus.REFUNDED, raw);
    }
    OrderStatus s = STATUSES.get(code);
    if (s == null) {
      return StatusResult.unknown(raw);
    }
    StatusResult r = StatusResult.of(s, raw);
    return code == 101 ? r.withTag(OrderDraft.TAG_PARTIALLY_SHIPPED) : r;
  }

  private static Order read(PayloadNode o) {
    OrderDraft d = new OrderDraft(ChannelId.DOUYIN, Money.CNY)
        .externalId(Read.requiredId(o, "order_id"))
        .status(status(o.requiredInt("order_status"), o.intValue("main_status").orElse(null)))
        .createdAt(Times.requiredInstant(o, "create_time", Times.CHINA))
        .paidAt(Times.instantOrNull(o, "pay_time", Times.CHINA))
        .updatedAt(Times.instantOrNull(o, "update_time", Times.CHINA))
        .promisedShipBy(Times.instantOrNull(o, "exp_ship_time", Times.CHINA))
        .buyerNote(o.textOrNull("buyer_words"))
        .sellerNote(o.textOrNull("seller_words"))
        .shipping(o.minorUnits("post_amount", Money.CNY).orElse(null))
        .paid(o.minorUnits("pay_amount", Money.CNY).orElse(null))
        .buyer(new Buyer(o.textOrNull("doudian_open_id"), null, null))
        .address(address(o))
        .unknownFields(o, KNOWN);
    List<PayloadNode> skus = o.array("sku_order_list");
    if (skus.isEmpty()) {
      throw o.missing("sku_order_list");
    }
    for (PayloadNode s : skus) {
      Payloads.requireObject(s);
      String skuId = Read.idOrNull(s, "sku_id");
      LineDraft line = LineDraft.byGross(s, "item_num", Read.requiredId(s, "order_id"),
              Read.requiredId(s, "out_sku_id", "code", "sku_id"), s.requiredInt("item_num"),
              Read.minor(s, "origin_amount", Money.CNY))
          .platformSkuId(skuId)
          .title(s.textOrNull("product_name"))
          .unknownFields(s, LINE_KNOWN);
      Optional<Money> pay = s.minorUnits("pay_amount", Money.CNY);
      if (pay.isPresent()) {
        line.total(pay.get().minus(s.minorUnits("post_amount", Money.CNY).orElse(Money.zero(Money.CNY))));
      }
      s.intValue("order_status").map(STATUSES::get).ifPresent(line::status);
      Optional<PayloadNode> afterSale = s.get("after_sale_info");
      if (afterSale.isPresent() && afterSale.get().isObject()) {
        int code = afterSale.get().intValue("after_sale_status").orElse(0);
        if (code != 0) {
          line.refundStatus(String.valueOf(code));
          if (code == 12) {
            line.status(OrderStatus.REFUNDED);
          } else if (code < 27 || code > 29) {
            line.status(OrderStatus.REFUND_REQUESTED);
          }
        }
      }
      d.line(line);
    }
    return d.build();
  }

  private static @Nullable Address address(PayloadNode o) {
    PayloadNode addr = o.get("post_addr").filter(PayloadNode::isObject).orElse(null);
    PayloadNode mask = o.get("mask_post_addr").filter(PayloadNode::isObject).orElse(null);
    PersonName name = Personal.pick(o.textOrNull("post_receiver"), o.textOrNull("encrypt_post_receiver"),
        o.textOrNull("mask_post_receiver"), PersonName::new);
    Phone phone = Personal.pick(o.textOrNull("post_tel"), o.textOrNull("encrypt_post_tel"),
        o.textOrNull("mask_post_tel"), Phone::new);
    if (addr == null && mask == null && name == null && phone == null) {
      return null;
    }
    PayloadNode a = addr != null ? addr : mask;
    AddressDetail detail = Personal.pick(addr == null ? null : addr.textOrNull("detail"),
        addr == null ? null : addr.textOrNull("encrypt_detail"),
        mask == null ? null : mask.textOrNull("detail"), AddressDetail::new);
    return Read.at(o, () -> Address.builder()
        .province(region(a, "province")).city(region(a, "city")).district(region(a, "town"))
        .town(region(a, "street"))
        .name(name).phone(phone).detail(detail)
        .build());
  }

  private static @Nullable String region(@Nullable PayloadNode addr, String field) {
    if (addr == null) {
      return null;
    }
    Optional<PayloadNode> r = addr.get(field);
    if (r.isEmpty()) {
      return null;
    }
    return r.get().isObject() ? r.get().text("name").orElse(null) : r.get().asText();
  }
}
