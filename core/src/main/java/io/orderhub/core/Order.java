package io.orderhub.core;

import io.orderhub.core.internal.Checks;
import io.orderhub.core.internal.JsonValues;
import io.orderhub.core.validation.ConsistentOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An order from any channel, in one typed shape. Immutable and thread-safe: build one with {@link
 * #builder()}, change one with the {@code with...} copies or {@link #toBuilder()}.
 *
 * <p>Building checks that the required parts are present ({@code id}, {@code channel}, {@code
 * externalId}, {@code status}, {@code amounts}, {@code createdAt}); it never "fixes" numbers. Whether
 * the numbers agree (paid = goods + shipping − discount, line totals, one currency) is checked by
 * Jakarta Validation through {@link ConsistentOrder}, or without a validation provider by {@link
 * io.orderhub.core.validation.OrderChecks}.
 *
 * <p>{@link #toString()} masks personal data and prints notes only by length.
 */
@ConsistentOrder
public final class Order {
  private final @NotNull OrderId id;
  private final @NotNull ChannelId channel;
  private final @NotNull ExternalOrderId externalId;
  private final @NotNull OrderStatus status;
  private final @NotEmpty List<@Valid OrderLine> lines;
  private final @NotNull @Valid Amounts amounts;
  private final @Nullable @Valid Buyer buyer;
  private final @Nullable @Valid Address shippingAddress;
  private final @Nullable String buyerNote;
  private final @Nullable String sellerNote;
  private final Set<String> tags;
  private final @NotNull Instant createdAt;
  private final @Nullable Instant paidAt;
  private final @Nullable Instant updatedAt;
  private final @Nullable Instant promisedShipBy;
  private final @Nullable OrderId parentOrderId;
  private final @PositiveOrZero long version;
  private final Map<String, Object> attributes;

  private Order(Builder b) {
    this.channel = Checks.requireNonNull(b.channel, "channel");
    this.externalId = Checks.requireNonNull(b.externalId, "externalId");
    this.id = b.id != null ? b.id : OrderId.of(channel, externalId);
    this.status = Checks.requireNonNull(b.status, "status");
    this.lines = b.sharedLines != null ? b.sharedLines : List.copyOf(b.lines);
    this.amounts = Checks.requireNonNull(b.amounts, "amounts");
    this.buyer = b.buyer;
    this.shippingAddress = b.shippingAddress;
    this.buyerNote = b.buyerNote;
    this.sellerNote = b.sellerNote;
    this.tags = b.sharedTags != null ? b.sharedTags : frozenTags(b.tags);
    this.createdAt = Checks.requireNonNull(b.createdAt, "createdAt");
    this.paidAt = b.paidAt;
    this.updatedAt = b.updatedAt;
    this.promisedShipBy = b.promisedShipBy;
    this.parentOrderId = b.parentOrderId;
    Checks.requireArgument(b.version >= 0, "version", b.version, "is negative");
    this.version = b.version;
    // a copy of an order shares its (immutable, already normalised) attributes; see Builder.sharedAttributes
    this.attributes = b.sharedAttributes != null ? b.sharedAttributes : JsonValues.copyMap(b.attributes, "attributes");
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The tags as the order keeps them: sorted and unmodifiable; a single tag (the common case) as a
   * one-element set rather than a tree.
   */
  private static Set<String> frozenTags(Set<String> tags) {
    switch (tags.size()) {
      case 0:
        return Collections.emptySortedSet();
      case 1:
        return Collections.singleton(tags.iterator().next());
      default:
        return Collections.unmodifiableSet(new TreeSet<>(tags));
    }
  }

  /** A builder holding this order's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.channel = channel;
    b.externalId = externalId;
    b.status = status;
    b.sharedLines = lines;
    b.amounts = amounts;
    b.buyer = buyer;
    b.shippingAddress = shippingAddress;
    b.buyerNote = buyerNote;
    b.sellerNote = sellerNote;
    b.sharedTags = tags;
    b.createdAt = createdAt;
    b.paidAt = paidAt;
    b.updatedAt = updatedAt;
    b.promisedShipBy = promisedShipBy;
    b.parentOrderId = parentOrderId;
    b.version = version;
    b.sharedAttributes = attributes;
    return b;
  }

  public OrderId id() {
    return id;
  }

  public ChannelId channel() {
    return channel;
  }

  public ExternalOrderId externalId() {
    return externalId;
  }

  public OrderStatus status() {
    return status;
  }

  /** The lines, unmodifiable, in platform order. */
  public List<OrderLine> lines() {
    return lines;
  }

  public Amounts amounts() {
    return amounts;
  }

  public Optional<Buyer> buyer() {
    return Optional.ofNullable(buyer);
  }

  public Optional<Address> shippingAddress() {
    return Optional.ofNullable(shippingAddress);
  }

  /** The buyer's message to the seller (Taobao {@code buyer_message}, JD {@code orderRemark}, ...). */
  public Optional<String> buyerNote() {
    return Optional.ofNullable(buyerNote);
  }

  /** The seller's own memo (Taobao {@code seller_memo}, JD {@code venderRemark}, ...). */
  public Optional<String> sellerNote() {
    return Optional.ofNullable(sellerNote);
  }

  /** Order tags, sorted and unmodifiable. */
  public Set<String> tags() {
    return tags;
  }

  public boolean hasTag(String tag) {
    return tags.contains(tag);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> paidAt() {
    return Optional.ofNullable(paidAt);
  }

  /** When the platform last changed the order; used to tell a newer version from a re-delivery. */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  /** The latest ship time the platform promised the buyer. */
  public Optional<Instant> promisedShipBy() {
    return Optional.ofNullable(promisedShipBy);
  }

  /** For a merged or child order, the order it belongs with. */
  public Optional<OrderId> parentOrderId() {
    return Optional.ofNullable(parentOrderId);
  }

  /** The store's optimistic-concurrency version; 0 for an order never stored. */
  public long version() {
    return version;
  }

  /** Platform fields kept verbatim (strings, booleans, decimals, lists, maps), unmodifiable. */
  public Map<String, Object> attributes() {
    return attributes;
  }

  public Order withStatus(OrderStatus status) {
    return toBuilder().status(status).build();
  }

  public Order withVersion(long version) {
    return toBuilder().version(version).build();
  }

  public Order withParentOrderId(@Nullable OrderId parentOrderId) {
    return toBuilder().parentOrderId(parentOrderId).build();
  }

  public Order withTag(String tag) {
    return toBuilder().tag(tag).build();
  }

  public Order withSellerNote(@Nullable String sellerNote) {
    return toBuilder().sellerNote(sellerNote).build();
  }

  public Order withShippingAddress(@Nullable Address address) {
    return toBuilder().shippingAddress(address).build();
  }

  public Order withLines(List<OrderLine> lines, Amounts amounts) {
    return toBuilder().lines(lines).amounts(amounts).build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Order)) {
      return false;
    }
    Order that = (Order) o;
    return version == that.version
        && id.equals(that.id)
        && channel.equals(that.channel)
        && externalId.equals(that.externalId)
        && status == that.status
        && lines.equals(that.lines)
        && amounts.equals(that.amounts)
        && Objects.equals(buyer, that.buyer)
        && Objects.equals(shippingAddress, that.shippingAddress)
        && Objects.equals(buyerNote, that.buyerNote)
        && Objects.equals(sellerNote, that.sellerNote)
        && tags.equals(that.tags)
        && createdAt.equals(that.createdAt)
        && Objects.equals(paidAt, that.paidAt)
        && Objects.equals(updatedAt, that.updatedAt)
        && Objects.equals(promisedShipBy, that.promisedShipBy)
        && Objects.equals(parentOrderId, that.parentOrderId)
        && attributes.equals(that.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, channel, externalId, status, lines, amounts, createdAt, version);
  }

  /** Personal data masked; notes shown only by length. */
  @Override
  public String toString() {
    return "Order[" + id + " " + channel + "/" + externalId + " " + status
        + ", lines=" + lines.size()
        + ", paid=" + amounts.paid()
        + ", buyer=" + buyer
        + ", shippingAddress=" + shippingAddress
        + ", buyerNote=" + lengthOnly(buyerNote)
        + ", sellerNote=" + lengthOnly(sellerNote)
        + ", tags=" + tags
        + ", createdAt=" + createdAt
        + (parentOrderId == null ? "" : ", parent=" + parentOrderId)
        + ", version=" + version + "]";
  }

  private static String lengthOnly(@Nullable String note) {
    return note == null ? "none" : "<" + note.length() + " chars>";
  }

  /** Builds an {@link Order}. Setters take {@code null} for "absent" on optional fields. */
  public static final class Builder {
    private @Nullable OrderId id;
    private @Nullable ChannelId channel;
    private @Nullable ExternalOrderId externalId;
    private @Nullable OrderStatus status;
    private final List<OrderLine> lines = new ArrayList<>();
    private @Nullable Amounts amounts;
    private @Nullable Buyer buyer;
    private @Nullable Address shippingAddress;
    private @Nullable String buyerNote;
    private @Nullable String sellerNote;
    private final Set<String> tags = new TreeSet<>();
    private @Nullable Instant createdAt;
    private @Nullable Instant paidAt;
    private @Nullable Instant updatedAt;
    private @Nullable Instant promisedShipBy;
    private @Nullable OrderId parentOrderId;
    private long version;
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    /**
     * The attributes of the order this builder was made from ({@link Order#toBuilder()}), shared
     * until a setter changes them: they are immutable and normalised already, so a {@code with...}
     * copy does not walk them again. When set, {@link #attributes} is empty and unused.
     */
    private @Nullable Map<String, Object> sharedAttributes;
    /**
     * The lines and tags of the order this builder was made from, shared (they are immutable) until
     * a setter changes them; when set, {@link #lines} or {@link #tags} is empty and unused.
     */
    private @Nullable List<OrderLine> sharedLines;
    private @Nullable Set<String> sharedTags;

    private Builder() {}

    /** The order's id; defaults to {@code <channel>-<externalId>}. */
    public Builder id(OrderId id) {
      this.id = id;
      return this;
    }

    public Builder channel(ChannelId channel) {
      this.channel = channel;
      return this;
    }

    public Builder externalId(ExternalOrderId externalId) {
      this.externalId = externalId;
      return this;
    }

    public Builder externalId(String externalId) {
      this.externalId = ExternalOrderId.of(externalId);
      return this;
    }

    public Builder status(OrderStatus status) {
      this.status = status;
      return this;
    }

    /** Replaces the lines. */
    public Builder lines(List<OrderLine> lines) {
      this.sharedLines = null;
      this.lines.clear();
      for (OrderLine line : lines) {
        line(line);
      }
      return this;
    }

    public Builder line(OrderLine line) {
      Checks.requireNonNull(line, "lines[]");
      if (sharedLines != null) {
        this.lines.addAll(sharedLines);
        this.sharedLines = null;
      }
      this.lines.add(line);
      return this;
    }

    public Builder amounts(Amounts amounts) {
      this.amounts = amounts;
      return this;
    }

    public Builder buyer(@Nullable Buyer buyer) {
      this.buyer = buyer;
      return this;
    }

    public Builder shippingAddress(@Nullable Address shippingAddress) {
      this.shippingAddress = shippingAddress;
      return this;
    }

    public Builder buyerNote(@Nullable String buyerNote) {
      this.buyerNote = emptyToNull(buyerNote);
      return this;
    }

    public Builder sellerNote(@Nullable String sellerNote) {
      this.sellerNote = emptyToNull(sellerNote);
      return this;
    }

    /** Replaces the tags. */
    public Builder tags(Set<String> tags) {
      this.sharedTags = null;
      this.tags.clear();
      for (String tag : tags) {
        tag(tag);
      }
      return this;
    }

    public Builder tag(String tag) {
      Checks.requireText(tag, "tags[]");
      if (sharedTags != null) {
        this.tags.addAll(sharedTags);
        this.sharedTags = null;
      }
      this.tags.add(tag);
      return this;
    }

    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    public Builder paidAt(@Nullable Instant paidAt) {
      this.paidAt = paidAt;
      return this;
    }

    public Builder updatedAt(@Nullable Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    public Builder promisedShipBy(@Nullable Instant promisedShipBy) {
      this.promisedShipBy = promisedShipBy;
      return this;
    }

    public Builder parentOrderId(@Nullable OrderId parentOrderId) {
      this.parentOrderId = parentOrderId;
      return this;
    }

    public Builder version(long version) {
      this.version = version;
      return this;
    }

    /** Replaces the attributes; see {@link Order#attributes()} for the accepted value types. */
    public Builder attributes(Map<String, ?> attributes) {
      Checks.requireNonNull(attributes, "attributes");
      this.attributes.clear();
      if (JsonValues.isNormalized(attributes)) {
        // immutable and normalised already (another order's attributes): share, don't copy
        @SuppressWarnings("unchecked")
        Map<String, Object> normalized = (Map<String, Object>) attributes;
        this.sharedAttributes = normalized;
      } else {
        this.sharedAttributes = null;
        this.attributes.putAll(attributes);
      }
      return this;
    }

    /**
     * Keeps a platform field verbatim: a string, boolean, integer, {@link java.math.BigDecimal},
     * Jackson {@code JsonNode}, or a list or map of those. {@code null} removes the key.
     */
    public Builder attribute(String key, @Nullable Object value) {
      Checks.requireText(key, "attributes key");
      if (sharedAttributes != null) {
        this.attributes.putAll(sharedAttributes);
        this.sharedAttributes = null;
      }
      if (value == null) {
        this.attributes.remove(key);
      } else {
        this.attributes.put(key, value);
      }
      return this;
    }

    /** @throws InvalidValueException naming the first missing required field */
    public Order build() {
      return new Order(this);
    }

    private static @Nullable String emptyToNull(@Nullable String s) {
      return s == null || s.isEmpty() ? null : s;
    }
  }
}
