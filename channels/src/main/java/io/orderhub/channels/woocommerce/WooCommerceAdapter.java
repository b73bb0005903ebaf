package io.orderhub.channels.woocommerce;

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
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads WooCommerce orders (REST API v3 and the order webhooks, both the bare order).
 *
 * <ul>
 *   <li>money is decimal strings in the order's {@code currency}. WooCommerce keeps line amounts
 *       without tax and the model has no tax field, so amounts are tax-inclusive: a line's gross is
 *       {@code subtotal + subtotal_tax}, its total {@code total + total_tax}, shipping is {@code
 *       shipping_total + shipping_tax}, and {@code paid = total};
 *   <li>times: the {@code *_gmt} fields (UTC) win; {@code date_created} in site time is read in the
 *       zone given to the constructor (UTC by default);
 *   <li>status: pending and failed (payment not completed): pending payment; processing: paid;
 *       on-hold: on hold; completed; cancelled and trash: cancelled; refunded. Statuses added by
 *       plugins are kept ({@code platformStatus}) and put on hold for a person, never rejected.
 * </ul>
 */
public final class WooCommerceAdapter implements ChannelAdapter {
  private static final Payloads.Envelopes ENVELOPES = Payloads.Envelopes.NONE;
  private static final Set<String> KNOWN = Set.of("id", "status", "currency", "line_items", "shipping", "billing",
      "customer_id", "customer_note", "total", "shipping_total", "shipping_tax", "date_created", "date_created_gmt",
      "date_paid_gmt", "date_modified_gmt");
  private static final Set<String> LINE_KNOWN = Set.of("id", "name", "product_id", "variation_id", "quantity",
      "subtotal", "subtotal_tax", "total", "total_tax", "sku");
  private static final Map<String, OrderStatus> STATUSES = Map.of(
      "pending", OrderStatus.PENDING_PAYMENT,
      "failed", OrderStatus.PENDING_PAYMENT,
      "processing", OrderStatus.PAID,
      "on-hold", OrderStatus.ON_HOLD,
      "completed", OrderStatus.COMPLETED,
      "cancelled", OrderStatus.CANCELLED,
      "trash", OrderStatus.CANCELLED,
      "refunded", OrderStatus.REFUNDED);

  private final ZoneId siteZone;
  private final WebhookVerifier verifier = io.orderhub.channels.signing.HmacWebhookVerifier.wooCommerce();

  /** The WooCommerce adapter for a site whose local times are UTC. */
  public WooCommerceAdapter() {
    this(ZoneOffset.UTC);
  }

  /** The WooCommerce adapter for a site in {@code siteZone} (used only when a {@code *_gmt} time is missing). */
  public WooCommerceAdapter(ZoneId siteZone) {
    this.siteZone = io.orderhub.core.internal.Checks.requireNonNull(siteZone, "siteZone");
  }

  @Override
  public ChannelId channel() {
    return ChannelId.WOOCOMMERCE;
  }

  @Override
  public Optional<WebhookVerifier> webhookVerifier() {
    return Optional.of(verifier);
  }

  @Override
  public Order normalize(byte[] payload) {
    return Payloads.normalize(payload, ENVELOPES, this::read);
  }

  /** {@code {"status": ...}}; statuses added by plugins are {@link OrderStatus#ON_HOLD}. */
  @Override
  public OrderStatus statusOf(Map<String, String> statusFields) {
    String s = Read.statusField(statusFields, "status");
    return status(s).status();
  }

  private static StatusResult status(String value) {
    OrderStatus s = STATUSES.get(value);
    return s == null ? StatusResult.unknown(value) : StatusResult.of(s, value);
  }

  private Order read(PayloadNode o) {
    Currency cur = o.parse("currency", o.requiredText("currency"), Money::currency, "is not a currency code");
    Instant created = Times.instant(o, "date_created_gmt", ZoneOffset.UTC)
        .orElseGet(() -> Times.requiredInstant(o, "date_created", siteZone));
    Money zero = Money.zero(cur);
    OrderDraft d = new OrderDraft(ChannelId.WOOCOMMERCE, cur)
        .externalId(Read.requiredId(o, "id"))
        .status(status(o.requiredText("status")))
        .createdAt(created)
        .paidAt(Times.instantOrNull(o, "date_paid_gmt", ZoneOffset.UTC))
        .updatedAt(Times.instantOrNull(o, "date_modified_gmt", ZoneOffset.UTC))
        .buyerNote(o.textOrNull("customer_note"))
        .paid(Read.money(o, "total", cur))
        .shipping(Read.optMoney(o, "shipping_total", cur).orElse(zero).plus(Read.optMoney(o, "shipping_tax", cur).orElse(zero)))
        .buyer(buyer(o))
        .address(o.get("shipping").filter(PayloadNode::isObject).map(s -> address(s, o)).orElse(null))
        .unknownFields(o, KNOWN);
    List<PayloadNode> items = o.array("line_items");
    if (items.isEmpty()) {
      throw o.missing("line_items");
    }
    for (PayloadNode item : items) {
      Payloads.requireObject(item);
      Money gross = Read.money(item, "subtotal", cur).plus(Read.optMoney(item, "subtotal_tax", cur).orElse(zero));
      Money total = Read.money(item, "total", cur).plus(Read.optMoney(item, "total_tax", cur).orElse(zero));
      d.line(LineDraft.byGross(item, "quantity", Read.requiredId(item, "id"),
              Read.requiredId(item, "sku", "variation_id", "product_id"), item.requiredInt("quantity"), gross)
          .total(total)
          .platformSkuId(Read.idOrNull(item, "variation_id", "product_id"))
          .title(item.textOrNull("name"))
          .unknownFields(item, LINE_KNOWN));
    }
    return d.build();
  }

  private static @Nullable Buyer buyer(PayloadNode o) {
    Optional<PayloadNode> billing = o.get("billing").filter(PayloadNode::isObject);
    String id = Read.idOrNull(o, "customer_id");
    String nick = billing.map(b -> fullName(b)).orElse(null);
    Phone phone = billing.map(b -> Personal.pick(b.textOrNull("phone"), null, null, Phone::new)).orElse(null);
    return new Buyer(id, nick, phone);
  }

  private static @Nullable String fullName(PayloadNode n) {
    String name = (n.text("first_name").orElse("") + " " + n.text("last_name").orElse("")).strip();
    return name.isEmpty() ? null : name;
  }

  private static Address address(PayloadNode s, PayloadNode order) {
    String line1 = s.text("address_1").orElse("");
    String line2 = s.text("address_2").orElse("");
    // the non-blank lines joined with ", "
    String detail = line1.isBlank() ? (line2.isBlank() ? "" : line2)
        : line2.isBlank() ? line1 : line1 + ", " + line2;
    String phone = s.text("phone").or(() -> order.get("billing").filter(PayloadNode::isObject)
        .flatMap(b -> b.text("phone"))).orElse(null);
    return Read.at(s, () -> Address.builder()
        .country(s.text("country").orElse("ZZ"))
        .province(s.textOrNull("state"))
        .city(s.textOrNull("city"))
        .postalCode(s.textOrNull("postcode"))
        .name(Personal.pick(fullName(s), null, null, PersonName::new))
        .phone(Personal.pick(phone, null, null, Phone::new))
        .detail(Personal.pick(detail, null, null, AddressDetail::new))
        .build());
  }
}
