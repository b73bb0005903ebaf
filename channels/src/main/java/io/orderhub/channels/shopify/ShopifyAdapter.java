package io.orderhub.channels.shopify;

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
import io.orderhub.core.json.PayloadNode;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads Shopify orders (Admin REST {@code {"order": {...}}} or the bare order a webhook delivers).
 *
 * <ul>
 *   <li>money is decimal strings in the order's {@code currency};
 *   <li>a line's discount is the sum of its {@code discount_allocations} (which carry order-level
 *       discounts already spread by Shopify), else its {@code total_discount}; any rest of {@code
 *       total_discounts} is spread over the lines;
 *   <li>the model has no tax field, so amounts are tax-inclusive: when {@code taxes_included} is
 *       false, each line's {@code tax_lines} are added to the line's gross and the shipping lines'
 *       taxes to shipping, so {@code paid = total_price} still adds up; {@code total_tax} stays in
 *       {@code attributes};
 *   <li>status: {@code cancelled_at} set is cancelled (refunded if {@code financial_status} is
 *       refunded); pending, partially paid: pending payment; authorized, paid, partially refunded:
 *       paid, then {@code fulfillment_status} fulfilled: picked up, partial: paid and tagged;
 *       refunded: refunded; voided: cancelled;
 *   <li>{@code tags} ("vip, wholesale") become order tags.
 * </ul>
 */
public final class ShopifyAdapter implements ChannelAdapter {
  private static final Payloads.Envelopes ENVELOPES = Payloads.Envelopes.of("order");
  private static final Set<String> KNOWN = Set.of("id", "financial_status", "fulfillment_status", "cancelled_at",
      "line_items", "shipping_address", "currency", "total_price", "total_shipping_price_set", "shipping_lines",
      "total_discounts", "taxes_included", "note", "created_at", "processed_at", "updated_at", "customer", "tags");
  private static final Set<String> LINE_KNOWN = Set.of("id", "variant_id", "product_id", "sku", "title", "quantity",
      "price", "total_discount", "discount_allocations", "fulfillment_status", "tax_lines");

  private final WebhookVerifier verifier = io.orderhub.channels.signing.HmacWebhookVerifier.shopify();

  /** The Shopify adapter. */
  public ShopifyAdapter() {}

  @Override
  public ChannelId channel() {
    return ChannelId.SHOPIFY;
  }

  @Override
  public Optional<WebhookVerifier> webhookVerifier() {
    return Optional.of(verifier);
  }

  @Override
  public Order normalize(byte[] payload) {
    return Payloads.normalize(payload, ENVELOPES, ShopifyAdapter::read);
  }

  /** {@code financial_status} (required), {@code fulfillment_status} and {@code cancelled_at}. */
  @Override
  public OrderStatus statusOf(Map<String, String> statusFields) {
    String financial = Read.statusField(statusFields, "financial_status");
    String cancelled = statusFields.get("cancelled_at");
    return status(financial, statusFields.get("fulfillment_status"), cancelled != null && !cancelled.isEmpty())
        .status();
  }

  private static StatusResult status(String financial, @Nullable String fulfillment, boolean cancelled) {
    String raw = financial + "/" + (fulfillment == null ? "unfulfilled" : fulfillment) + (cancelled ? "/cancelled" : "");
    if (cancelled) {
      return StatusResult.of(financial.equals("refunded") ? OrderStatus.REFUNDED : OrderStatus.CANCELLED, raw);
    }
    switch (financial) {
      case "pending":
      case "partially_paid":
        return StatusResult.of(OrderStatus.PENDING_PAYMENT, raw);
      case "refunded":
        return StatusResult.of(OrderStatus.REFUNDED, raw);
      case "voided":
        return StatusResult.of(OrderStatus.CANCELLED, raw);
      case "authorized":
      case "paid":
      case "partially_refunded":
        if ("fulfilled".equals(fulfillment)) {
          return StatusResult.of(OrderStatus.PICKED_UP, raw);
        }
        StatusResult paid = StatusResult.of(OrderStatus.PAID, raw);
        return "partial".equals(fulfillment) ? paid.withTag(OrderDraft.TAG_PARTIALLY_SHIPPED) : paid;
      default:
        return StatusResult.unknown(raw);
    }
  }

  private static Order read(PayloadNode o) {
    Currency cur = o.parse("currency", o.requiredText("currency"), Money::currency, "is not a currency code");
    boolean taxesIncluded = o.bool("taxes_included").orElse(true);
    OrderDraft d = new OrderDraft(ChannelId.SHOPIFY, cur)
        .externalId(Read.requiredId(o, "id"))
        .status(status(o.requiredText("financial_status"), o.textOrNull("fulfillment_status"),
            o.has("cancelled_at")))
        .createdAt(Times.requiredInstant(o, "created_at", ZoneOffset.UTC))
        .paidAt(Times.instantOrNull(o, "processed_at", ZoneOffset.UTC))
        .updatedAt(Times.instantOrNull(o, "updated_at", ZoneOffset.UTC))
        .buyerNote(o.textOrNull("note"))
        .paid(Read.money(o, "total_price", cur))
        .buyer(buyer(o))
        .address(o.get("shipping_address").map(a -> address(Payloads.requireObject(a))).orElse(null))
        .unknownFields(o, KNOWN);
    for (String tag : o.text("tags").orElse("").split(",")) {
      if (!tag.isBlank()) {
        d.tag(tag.strip());
      }
    }
    List<PayloadNode> items = o.array("line_items");
    if (items.isEmpty()) {
      throw o.missing("line_items");
    }
    Money lineDiscounts = Money.zero(cur);
    for (PayloadNode item : items) {
      Payloads.requireObject(item);
      int qty = item.requiredInt("quantity");
      Money gross = Read.money(item, "price", cur).times(qty);
      if (!taxesIncluded) {
        gross = gross.plus(sum(item.array("tax_lines"), "price", cur));
      }
      Money discount = item.has("discount_allocations")
          ? sum(item.array("discount_allocations"), "amount", cur)
          : Read.optMoney(item, "total_discount", cur).orElse(Money.zero(cur));
      lineDiscounts = lineDiscounts.plus(discount);
      LineDraft line = LineDraft.byGross(item, "quantity", Read.requiredId(item, "id"),
              Read.requiredId(item, "sku", "variant_id", "product_id", "id"), qty, gross)
          .discount(discount)
          .platformSkuId(Read.idOrNull(item, "variant_id", "product_id"))
          .title(item.textOrNull("title"))
          .unknownFields(item, LINE_KNOWN);
      if ("fulfilled".equals(item.text("fulfillment_status").orElse(""))) {
        line.status(OrderStatus.PICKED_UP);
      }
      d.line(line);
    }
    Money totalDiscounts = Read.optMoney(o, "total_discounts", cur).orElse(lineDiscounts);
    if (totalDiscounts.isGreaterThan(lineDiscounts)) {
      d.orderDiscount(totalDiscounts.minus(lineDiscounts));
    }
    Money shipping = o.get("total_shipping_price_set").flatMap(s -> s.get("shop_money"))
        .flatMap(m -> Read.optMoney(m, "amount", cur))
        .orElseGet(() -> sum(o.array("shipping_lines"), "price", cur));
    if (!taxesIncluded) {
      for (PayloadNode line : o.array("shipping_lines")) {
        shipping = shipping.plus(sum(line.array("tax_lines"), "price", cur));
      }
    }
    return d.shipping(shipping).build();
  }

  private static Money sum(List<PayloadNode> nodes, String field, Currency cur) {
    Money total = Money.zero(cur);
    for (PayloadNode n : nodes) {
      total = total.plus(Read.money(Payloads.requireObject(n), field, cur));
    }
    return total;
  }

  private static @Nullable Buyer buyer(PayloadNode o) {
    Optional<PayloadNode> c = o.get("customer").filter(PayloadNode::isObject);
    if (c.isEmpty()) {
      return null;
    }
    PayloadNode n = c.get();
    String nick = (n.text("first_name").orElse("") + " " + n.text("last_name").orElse("")).strip();
    return new Buyer(n.textOrNull("id"), nick.isEmpty() ? null : nick,
        Personal.pick(n.textOrNull("phone"), null, null, Phone::new));
  }

  private static Address address(PayloadNode a) {
    String detail = (a.text("address1").orElse("") + ", " + a.text("address2").orElse("")).strip();
    detail = detail.endsWith(",") ? detail.substring(0, detail.length() - 1) : detail;
    detail = detail.startsWith(",") ? detail.substring(1).strip() : detail;
    String d = detail;
    return Read.at(a, () -> Address.builder()
        .country(a.text("country_code").orElse("ZZ"))
        .province(a.textOrNull("province"))
        .city(a.textOrNull("city"))
        .postalCode(a.textOrNull("zip"))
        .name(Personal.pick(a.textOrNull("name"), null, null, PersonName::new))
        .phone(Personal.pick(a.textOrNull("phone"), null, null, Phone::new))
        .detail(Personal.pick(d, null, null, AddressDetail::new))
        .build());
  }
}
