package io.orderhub.channels.internal;

import io.orderhub.core.Money;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.internal.AttributeParts;
import io.orderhub.core.json.PayloadNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One order line as read from a platform, before the order-level discount is spread over the
 * lines. Not API.
 */
public final class LineDraft {
  final String lineId;
  final String sku;
  @Nullable String platformSkuId;
  String title = "";
  final int quantity;
  final Money unitPrice;
  /** The line's own discount, including any rounding residual of a price derived from a line gross. */
  Money discount;
  @Nullable Money total;
  @Nullable OrderStatus status;
  @Nullable String refundStatus;
  /** The line's tags; {@code null} until one is added (most lines have none). */
  private @Nullable Set<String> tags;
  /** The unmapped fields, in call order, kept by the order as JSON text (see {@link AttributeParts}). */
  private final AttributeParts attributes = new AttributeParts();

  private LineDraft(String lineId, String sku, int quantity, Money unitPrice, Money discount) {
    this.lineId = lineId;
    this.sku = sku;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.discount = discount;
  }

  /**
   * A line priced per unit.
   *
   * @param quantityField the JSON field of the quantity, for the error when it is below one
   */
  public static LineDraft perUnit(PayloadNode line, String quantityField, String lineId, String sku, int quantity,
      Money unitPrice) {
    requirePositive(line, quantityField, quantity);
    return new LineDraft(lineId, sku, quantity, unitPrice, Money.zero(unitPrice.currency()));
  }

  /**
   * A line priced by its gross (unit price × quantity before discounts), as Douyin and WooCommerce
   * report it. When the gross does not divide evenly, the unit price is rounded half-even and the
   * rounding residual is booked as line discount, so the line still comes to what the platform says.
   */
  public static LineDraft byGross(PayloadNode line, String quantityField, String lineId, String sku, int quantity,
      Money gross) {
    requirePositive(line, quantityField, quantity);
    BigDecimal q = BigDecimal.valueOf(quantity);
    Money unit = Money.of(gross.amount().divide(q, gross.amount().scale(), RoundingMode.HALF_EVEN), gross.currency());
    return new LineDraft(lineId, sku, quantity, unit, unit.times(quantity).minus(gross));
  }

  private static void requirePositive(PayloadNode line, String field, int quantity) {
    if (quantity <= 0) {
      throw line.fail(field, "is not a quantity above zero");
    }
  }

  /** The merchant's gross for the line: unit price × quantity. */
  public Money gross() {
    return unitPrice.times(quantity);
  }

  public LineDraft platformSkuId(@Nullable String id) {
    this.platformSkuId = id;
    return this;
  }

  public LineDraft title(@Nullable String title) {
    this.title = title == null ? "" : title;
    return this;
  }

  /** Adds a line-level discount. */
  public LineDraft discount(Money discount) {
    this.discount = this.discount.plus(discount);
    return this;
  }

  /**
   * The line total the platform reports (after every discount that applies to the line); the
   * line's discount becomes {@code gross − total}.
   */
  public LineDraft total(@Nullable Money total) {
    this.total = total;
    return this;
  }

  public LineDraft status(@Nullable OrderStatus status) {
    this.status = status;
    return this;
  }

  public LineDraft refundStatus(@Nullable String refundStatus) {
    this.refundStatus = refundStatus;
    return this;
  }

  public LineDraft tag(String tag) {
    if (tags == null) {
      tags = new TreeSet<>();
    }
    tags.add(tag);
    return this;
  }

  /** Keeps the line's unmapped fields (stored under the order's {@code lineAttributes}). */
  public LineDraft attributes(Map<String, ?> unknown) {
    attributes.putAll(unknown);
    return this;
  }

  /** Keeps the fields of {@code node} not in {@code known}. */
  public LineDraft unknownFields(PayloadNode node, Set<String> known) {
    attributes.fields(node, known);
    return this;
  }

  /** The line's tags (empty when none). */
  Set<String> tags() {
    return tags == null ? Set.of() : tags;
  }

  /** The line's unmapped fields. */
  AttributeParts attributes() {
    return attributes;
  }

  public @Nullable OrderStatus status() {
    return status;
  }
}
