package io.orderhub.channels.internal;

import io.orderhub.core.Address;
import io.orderhub.core.Amounts;
import io.orderhub.core.Buyer;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.internal.AttributeParts;
import io.orderhub.core.json.PayloadNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Collects what an adapter read from a payload and assembles the order the same way for every
 * platform (built-in or mapped):
 *
 * <ul>
 *   <li>a line's discount is {@code gross − reported total} when the platform reports the total,
 *       else the line discount it reports;
 *   <li>an order-level discount is spread over the lines in proportion to what each line comes to
 *       (largest remainder, exact to the fen), so line totals add up to what was paid for goods;
 *   <li>{@code goods} is the platform's goods total when given, else the sum of the line grosses;
 *       {@code discount} is the sum of the line discounts; {@code paid} is the platform's paid amount
 *       (never recomputed when given, so validation can catch a platform's inconsistent numbers);
 *   <li>the order status follows the lines' refunds: every live line in a refund makes the order
 *       {@code REFUND_REQUESTED} (or {@code REFUNDED}); some lines in a refund add the tag {@code
 *       refund-requested}; a paid order with some lines shipped gets {@code partially-shipped}.
 * </ul>
 *
 * Not API.
 */
public final class OrderDraft {
  /** Attribute holding the platform's reason when the order is on hold. */
  public static final String HOLD_REASON = "holdReason";
  /** Attribute holding the platform's own status value(s), verbatim. */
  public static final String PLATFORM_STATUS = "platformStatus";
  /** Attribute holding each line's unmapped fields, by line id. */
  public static final String LINE_ATTRIBUTES = "lineAttributes";
  /** Tag of an order some of whose lines are in a refund. */
  public static final String TAG_REFUND_REQUESTED = "refund-requested";
  /** Tag of a paid order some of whose lines have shipped. */
  public static final String TAG_PARTIALLY_SHIPPED = "partially-shipped";

  private final ChannelId channel;
  private final Currency currency;
  private final Order.Builder order = Order.builder();
  private final List<LineDraft> lines = new ArrayList<>();
  private final Set<String> tags = new TreeSet<>();
  private final AttributeParts attributes = new AttributeParts();
  private @Nullable OrderStatus status;
  private @Nullable Money goods;
  private @Nullable Money shipping;
  private @Nullable Money orderDiscount;
  private @Nullable Money paid;

  public OrderDraft(ChannelId channel, Currency currency) {
    this.channel = channel;
    this.currency = currency;
    order.channel(channel);
  }

  public ChannelId channel() {
    return channel;
  }

  public Currency currency() {
    return currency;
  }

  public OrderDraft externalId(String id) {
    order.externalId(id);
    return this;
  }

  /** The order status and the platform's raw value(s) behind it ({@code platformStatus}). */
  public OrderDraft status(StatusResult result) {
    this.status = result.status();
    attributes.put(PLATFORM_STATUS, result.platformValue());
    if (result.holdReason() != null) {
      attributes.put(HOLD_REASON, result.holdReason());
    }
    if (result.tag() != null) {
      tags.add(result.tag());
    }
    return this;
  }

  public OrderDraft line(LineDraft line) {
    lines.add(line);
    return this;
  }

  public List<LineDraft> lines() {
    return lines;
  }

  public OrderDraft goods(@Nullable Money goods) {
    this.goods = goods;
    return this;
  }

  public OrderDraft shipping(@Nullable Money shipping) {
    this.shipping = shipping;
    return this;
  }

  /** A discount given on the order as a whole, to spread over the lines. */
  public OrderDraft orderDiscount(@Nullable Money discount) {
    this.orderDiscount = discount;
    return this;
  }

  public OrderDraft paid(@Nullable Money paid) {
    this.paid = paid;
    return this;
  }

  public OrderDraft buyer(@Nullable Buyer buyer) {
    if (buyer != null && (buyer.id() != null || buyer.nick() != null || buyer.phone() != null)) {
      order.buyer(buyer);
    }
    return this;
  }

  public OrderDraft address(@Nullable Address address) {
    order.shippingAddress(address);
    return this;
  }

  public OrderDraft buyerNote(@Nullable String note) {
    order.buyerNote(note == null ? null : note.strip());
    return this;
  }

  public OrderDraft sellerNote(@Nullable String note) {
    order.sellerNote(note == null ? null : note.strip());
    return this;
  }

  public OrderDraft createdAt(Instant at) {
    order.createdAt(at);
    return this;
  }

  public OrderDraft paidAt(@Nullable Instant at) {
    order.paidAt(at);
    return this;
  }

  public OrderDraft updatedAt(@Nullable Instant at) {
    order.updatedAt(at);
    return this;
  }

  public OrderDraft promisedShipBy(@Nullable Instant at) {
    order.promisedShipBy(at);
    return this;
  }

  public OrderDraft parentOrderId(@Nullable String externalParentId) {
    if (externalParentId != null) {
      order.parentOrderId(io.orderhub.core.OrderId.of(channel, io.orderhub.core.ExternalOrderId.of(externalParentId)));
    }
    return this;
  }

  public OrderDraft tag(String tag) {
    tags.add(tag);
    return this;
  }

  /** Keeps platform fields verbatim (unmapped fields, flags). */
  public OrderDraft attributes(Map<String, ?> unknown) {
    attributes.putAll(unknown);
    return this;
  }

  /**
   * Keeps the fields of {@code node} not in {@code known} verbatim: the order keeps them as JSON
   * text until its attributes are read (see {@link AttributeParts}).
   */
  public OrderDraft unknownFields(PayloadNode node, Set<String> known) {
    attributes.fields(node, known);
    return this;
  }

  public OrderDraft attribute(String key, @Nullable Object value) {
    attributes.put(key, value);
    return this;
  }

  /** Assembles the order; see the class comment for the rules. */
  public Order build() {
    Money zero = Money.zero(currency);
    int n = lines.size();
    Money[] own = new Money[n];
    Money[] grosses = new Money[n];
    Money grossSum = zero;
    for (int i = 0; i < n; i++) {
      LineDraft line = lines.get(i);
      Money gross = line.gross();
      grosses[i] = gross;
      own[i] = line.total != null ? gross.minus(line.total) : line.discount;
      grossSum = grossSum.plus(gross);
    }
    Money spread = orderDiscount == null ? zero : orderDiscount;
    Money unspread = zero;
    List<Money> shares = null;
    if (!spread.isZero() && n > 0) {
      // the weights are only needed when there is an order-level discount to spread
      List<BigDecimal> weights = new ArrayList<>(n);
      List<BigDecimal> grossWeights = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        weights.add(grosses[i].minus(own[i]).amount().max(BigDecimal.ZERO));
        grossWeights.add(grosses[i].amount().max(BigDecimal.ZERO));
      }
      if (positive(weights)) {
        shares = spread.allocate(weights);
      } else if (positive(grossWeights)) {
        shares = spread.allocate(grossWeights);
      } else {
        unspread = spread;
      }
    } else {
      unspread = spread;
    }
    Money discountSum = zero;
    List<OrderLine> built = new ArrayList<>(n);
    Map<String, Object> lineAttributes = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      LineDraft l = lines.get(i);
      Money d = shares == null ? own[i] : own[i].plus(shares.get(i));
      discountSum = discountSum.plus(d);
      built.add(new OrderLine(l.lineId, io.orderhub.core.Sku.of(l.sku), l.platformSkuId, l.title, l.quantity,
          l.unitPrice, d, grosses[i].minus(d), l.status, l.refundStatus, l.tags()));
      AttributeParts la = l.attributes();
      if (!la.isEmpty()) {
        lineAttributes.put(l.lineId, la);
      }
    }
    Money g = goods != null ? goods : grossSum;
    Money s = shipping != null ? shipping : zero;
    Money discount = discountSum.plus(unspread);
    Money p = paid != null ? paid : g.plus(s).minus(discount);
    if (!lineAttributes.isEmpty()) {
      attributes.put(LINE_ATTRIBUTES, lineAttributes);
    }
    OrderStatus st = resolveStatus(built);
    return order.status(st).lines(built).amounts(new Amounts(g, s, discount, p)).tags(tags)
        // made immutable once here (the payload's fields as one JSON document); the builder and
        // the order then share it
        .attributes(attributes.build()).build();
  }

  private OrderStatus resolveStatus(List<OrderLine> built) {
    if (status == null) {
      throw new io.orderhub.core.InvalidValueException("status", null, "is required");
    }
    boolean live = status == OrderStatus.PAID || (status.isFulfilmentStep() && status != OrderStatus.PENDING_PAYMENT);
    if (!live || built.isEmpty()) {
      return status;
    }
    int requested = 0;
    int refunded = 0;
    int shipped = 0;
    for (OrderLine l : built) {
      if (l.status() == OrderStatus.REFUND_REQUESTED) {
        requested++;
      } else if (l.status() == OrderStatus.REFUNDED) {
        refunded++;
      } else if (l.status() != null && l.status().isShipped()) {
        shipped++;
      }
    }
    if (requested + refunded == built.size()) {
      return requested == 0 ? OrderStatus.REFUNDED : OrderStatus.REFUND_REQUESTED;
    }
    if (requested > 0) {
      tags.add(TAG_REFUND_REQUESTED);
    }
    if (status == OrderStatus.PAID && shipped > 0) {
      tags.add(TAG_PARTIALLY_SHIPPED);
    }
    return status;
  }

  private static boolean positive(List<BigDecimal> weights) {
    for (BigDecimal w : weights) {
      if (w.signum() > 0) {
        return true;
      }
    }
    return false;
  }
}
