package io.orderhub.core;

import io.orderhub.core.internal.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One line of an order: a SKU, how many, and at what price.
 *
 * @param lineId the platform's line id (Taobao {@code oid}, Douyin sub-order id, ...)
 * @param sku the merchant SKU code when the platform gives one, else the platform's SKU id
 * @param platformSkuId the platform's own SKU id, when known
 * @param title the product title as sold
 * @param quantity units ordered, greater than zero
 * @param unitPrice price of one unit before discounts
 * @param discount discount applied to this line
 * @param total what the line comes to: {@code unitPrice × quantity − discount} as the platform
 *     reported it
 * @param status the line's own status when the platform reports one per line
 * @param refundStatus the platform's refund status of the line, verbatim
 * @param tags line tags such as {@code presale} or {@code hazardous} (sorted, unmodifiable)
 */
public record OrderLine(
    @NotNull String lineId,
    @NotNull Sku sku,
    @Nullable String platformSkuId,
    @NotNull String title,
    @Positive int quantity,
    @NotNull Money unitPrice,
    @NotNull Money discount,
    @NotNull Money total,
    @Nullable OrderStatus status,
    @Nullable String refundStatus,
    Set<String> tags) {

  /** A tag for lines sold before stock arrives (预售). */
  public static final String TAG_PRESALE = "presale";
  /** A tag for lines that need a carrier licensed for hazardous goods. */
  public static final String TAG_HAZARDOUS = "hazardous";

  public OrderLine {
    Checks.requireId(lineId, "line.lineId");
    Checks.requireNonNull(sku, "line.sku");
    Checks.requireNonNull(title, "line.title");
    Checks.requireNonNull(unitPrice, "line.unitPrice");
    Checks.requireNonNull(discount, "line.discount");
    Checks.requireNonNull(total, "line.total");
    Checks.requireNonNull(tags, "line.tags");
    tags = tags.isEmpty() ? Collections.emptySortedSet() : Collections.unmodifiableSet(new TreeSet<>(tags));
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().lineId(lineId).sku(sku).platformSkuId(platformSkuId).title(title)
        .quantity(quantity).unitPrice(unitPrice).discount(discount).total(total).status(status)
        .refundStatus(refundStatus).tags(tags);
  }

  /** Whether the line carries {@code tag}. */
  public boolean hasTag(String tag) {
    return tags.contains(tag);
  }

  /** Builds an {@link OrderLine}. {@code discount} defaults to zero and {@code total} to {@code unitPrice × quantity − discount}. */
  public static final class Builder {
    private @Nullable String lineId;
    private @Nullable Sku sku;
    private @Nullable String platformSkuId;
    private String title = "";
    private int quantity = 1;
    private @Nullable Money unitPrice;
    private @Nullable Money discount;
    private @Nullable Money total;
    private @Nullable OrderStatus status;
    private @Nullable String refundStatus;
    private Set<String> tags = new TreeSet<>();

    private Builder() {}

    public Builder lineId(String lineId) {
      this.lineId = lineId;
      return this;
    }

    public Builder sku(Sku sku) {
      this.sku = sku;
      return this;
    }

    public Builder sku(String sku) {
      this.sku = Sku.of(sku);
      return this;
    }

    public Builder platformSkuId(@Nullable String platformSkuId) {
      this.platformSkuId = platformSkuId;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Units ordered; stored as given, and {@link io.orderhub.core.validation.OrderChecks} reports a quantity below one. */
    public Builder quantity(int quantity) {
      this.quantity = quantity;
      return this;
    }

    public Builder unitPrice(Money unitPrice) {
      this.unitPrice = unitPrice;
      return this;
    }

    public Builder discount(Money discount) {
      this.discount = discount;
      return this;
    }

    public Builder total(Money total) {
      this.total = total;
      return this;
    }

    public Builder status(@Nullable OrderStatus status) {
      this.status = status;
      return this;
    }

    public Builder refundStatus(@Nullable String refundStatus) {
      this.refundStatus = refundStatus;
      return this;
    }

    public Builder tags(Set<String> tags) {
      this.tags = new TreeSet<>(tags);
      return this;
    }

    public Builder tag(String tag) {
      this.tags.add(Checks.requireText(tag, "line.tags[]"));
      return this;
    }

    public OrderLine build() {
      Money price = Checks.requireNonNull(unitPrice, "line.unitPrice");
      Money disc = discount != null ? discount : Money.zero(price.currency());
      Money tot = total != null ? total : price.times(quantity).minus(disc);
      return new OrderLine(Checks.requireNonNull(lineId, "line.lineId"), Checks.requireNonNull(sku, "line.sku"),
          platformSkuId, title, quantity, price, disc, tot, status, refundStatus, tags);
    }
  }
}
