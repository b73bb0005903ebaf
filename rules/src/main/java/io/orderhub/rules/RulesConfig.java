package io.orderhub.rules;

import io.orderhub.core.Money;
import io.orderhub.core.OrderLine;
import io.orderhub.core.Sku;
import io.orderhub.core.internal.Checks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The thresholds and word lists of the {@link BuiltInRules}. Immutable; start from {@link
 * #ofDefaults()} or {@link #custom()}, change a copy with {@link #from(RulesConfig)}. Every setter
 * checks its value at once and names it when it is wrong.
 */
public final class RulesConfig {
  /** 村 (village), 组 (village group), 临时 (temporary), 附近 (near), 后面 (behind), 楼下 (downstairs), 对面 (opposite), 旁边 (beside). */
  public static final List<String> DEFAULT_VAGUE_WORDS = List.of("村", "组", "临时", "附近", "后面", "楼下", "对面", "旁边");
  /** Sample, urgent restock, promotion stocking. */
  public static final List<String> DEFAULT_DUPLICATE_REASONS = List.of("sample", "urgent-restock", "promotion-stocking");

  private static final RulesConfig DEFAULTS = new Builder().build();

  private final List<String> vagueWords;
  private final Set<AddressPart> requiredAddressParts;
  private final int buyerMaxOrders;
  private final Duration buyerWindow;
  private final Duration duplicateWindow;
  private final List<String> duplicateReasons;
  private final Duration fastRefundWindow;
  private final String presaleTag;
  private final Duration presaleEscalateAfter;
  private final Set<Sku> hazardousSkus;
  private final double minGeocodeConfidence;
  private final Money highAmount;
  private final int highAmountApprovers;

  private RulesConfig(Builder b) {
    this.vagueWords = List.copyOf(b.vagueWords);
    this.requiredAddressParts = Collections.unmodifiableSet(EnumSet.copyOf(b.requiredAddressParts));
    this.buyerMaxOrders = b.buyerMaxOrders;
    this.buyerWindow = b.buyerWindow;
    this.duplicateWindow = b.duplicateWindow;
    this.duplicateReasons = List.copyOf(b.duplicateReasons);
    this.fastRefundWindow = b.fastRefundWindow;
    this.presaleTag = b.presaleTag;
    this.presaleEscalateAfter = b.presaleEscalateAfter;
    this.hazardousSkus = Collections.unmodifiableSet(new TreeSet<>(b.hazardousSkus));
    this.minGeocodeConfidence = b.minGeocodeConfidence;
    this.highAmount = b.highAmount;
    this.highAmountApprovers = b.highAmountApprovers;
  }

  /** The defaults of the issue: 3 orders a phone in 24 h, 10-minute refunds, 0.70 confidence, 5000.00 CNY. */
  public static RulesConfig ofDefaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder starting from {@code base}. */
  public static Builder from(RulesConfig base) {
    Checks.requireNonNull(base, "base");
    Builder b = new Builder();
    b.vagueWords = new ArrayList<>(base.vagueWords);
    b.requiredAddressParts = EnumSet.copyOf(base.requiredAddressParts);
    b.buyerMaxOrders = base.buyerMaxOrders;
    b.buyerWindow = base.buyerWindow;
    b.duplicateWindow = base.duplicateWindow;
    b.duplicateReasons = new ArrayList<>(base.duplicateReasons);
    b.fastRefundWindow = base.fastRefundWindow;
    b.presaleTag = base.presaleTag;
    b.presaleEscalateAfter = base.presaleEscalateAfter;
    b.hazardousSkus = new TreeSet<>(base.hazardousSkus);
    b.minGeocodeConfidence = base.minGeocodeConfidence;
    b.highAmount = base.highAmount;
    b.highAmountApprovers = base.highAmountApprovers;
    return b;
  }

  /** Words that make an address detail vague ({@code address.vague}). */
  public List<String> vagueWords() {
    return vagueWords;
  }

  /** Parts an address must have ({@code address.vague}). */
  public Set<AddressPart> requiredAddressParts() {
    return requiredAddressParts;
  }

  /** {@code buyer.velocity} fires above this many orders from one phone in {@link #buyerWindow()}. */
  public int buyerMaxOrders() {
    return buyerMaxOrders;
  }

  /** The window of {@code buyer.velocity}. */
  public Duration buyerWindow() {
    return buyerWindow;
  }

  /** How far back {@code order.duplicate} looks. */
  public Duration duplicateWindow() {
    return duplicateWindow;
  }

  /** The reasons a reviewer may give to clear a duplicate suspect. */
  public List<String> duplicateReasons() {
    return duplicateReasons;
  }

  /** A refund requested within this time of payment is fast ({@code refund.fast}). */
  public Duration fastRefundWindow() {
    return fastRefundWindow;
  }

  /** The line tag of pre-sale lines ({@code order.presale}). */
  public String presaleTag() {
    return presaleTag;
  }

  /** When a pending pre-sale approval escalates. */
  public Duration presaleEscalateAfter() {
    return presaleEscalateAfter;
  }

  /** The hazardous-goods SKUs ({@code sku.hazardous}), sorted. */
  public Set<Sku> hazardousSkus() {
    return hazardousSkus;
  }

  /** {@code address.low-confidence} fires under this geocoding confidence. */
  public double minGeocodeConfidence() {
    return minGeocodeConfidence;
  }

  /** {@code amount.high} fires above this paid amount (orders in its currency only). */
  public Money highAmount() {
    return highAmount;
  }

  /** How many people review a high-amount order. */
  public int highAmountApprovers() {
    return highAmountApprovers;
  }

  /** Builds a {@link RulesConfig}; each setter checks its value at once. */
  public static final class Builder {
    private List<String> vagueWords = new ArrayList<>(DEFAULT_VAGUE_WORDS);
    private Set<AddressPart> requiredAddressParts = EnumSet.allOf(AddressPart.class);
    private int buyerMaxOrders = 3;
    private Duration buyerWindow = Duration.ofHours(24);
    private Duration duplicateWindow = Duration.ofHours(24);
    private List<String> duplicateReasons = new ArrayList<>(DEFAULT_DUPLICATE_REASONS);
    private Duration fastRefundWindow = Duration.ofMinutes(10);
    private String presaleTag = OrderLine.TAG_PRESALE;
    private Duration presaleEscalateAfter = Duration.ofHours(2);
    private Set<Sku> hazardousSkus = new TreeSet<>();
    private double minGeocodeConfidence = 0.70;
    private Money highAmount = Money.cny("5000.00");
    private int highAmountApprovers = 2;

    private Builder() {}

    /** Words that make an address detail vague; at least one, none blank. */
    public Builder vagueWords(Collection<String> words) {
      Checks.requireNonNull(words, "vagueWords");
      Checks.requireArgument(!words.isEmpty(), "vagueWords", words, "is empty");
      for (String w : words) {
        Checks.requireText(w, "vagueWords[]");
      }
      this.vagueWords = new ArrayList<>(new LinkedHashSet<>(words));
      return this;
    }

    /** Parts an address must have; at least one. */
    public Builder requiredAddressParts(Set<AddressPart> parts) {
      Checks.requireNonNull(parts, "requiredAddressParts");
      Checks.requireArgument(!parts.isEmpty(), "requiredAddressParts", parts, "is empty");
      this.requiredAddressParts = EnumSet.copyOf(parts);
      return this;
    }

    /** Orders from one phone allowed in the window; at least 1. */
    public Builder buyerMaxOrders(int max) {
      Checks.requireArgument(max >= 1, "buyerMaxOrders", max, "is not at least 1");
      this.buyerMaxOrders = max;
      return this;
    }

    /** The window of {@code buyer.velocity}; positive. */
    public Builder buyerWindow(Duration window) {
      this.buyerWindow = positive(window, "buyerWindow");
      return this;
    }

    /** How far back {@code order.duplicate} looks; positive. */
    public Builder duplicateWindow(Duration window) {
      this.duplicateWindow = positive(window, "duplicateWindow");
      return this;
    }

    /** Reasons a reviewer may give to clear a duplicate suspect; empty means none required. */
    public Builder duplicateReasons(Collection<String> reasons) {
      Checks.requireNonNull(reasons, "duplicateReasons");
      for (String r : reasons) {
        Checks.requireText(r, "duplicateReasons[]");
      }
      this.duplicateReasons = new ArrayList<>(reasons);
      return this;
    }

    /** The longest payment-to-refund time that is fast; positive. */
    public Builder fastRefundWindow(Duration window) {
      this.fastRefundWindow = positive(window, "fastRefundWindow");
      return this;
    }

    /** The line tag of pre-sale lines. */
    public Builder presaleTag(String tag) {
      this.presaleTag = Checks.requireText(tag, "presaleTag");
      return this;
    }

    /** When a pending pre-sale approval escalates; positive. */
    public Builder presaleEscalateAfter(Duration after) {
      this.presaleEscalateAfter = positive(after, "presaleEscalateAfter");
      return this;
    }

    /** The hazardous-goods SKUs (may be empty). */
    public Builder hazardousSkus(Collection<Sku> skus) {
      Checks.requireNonNull(skus, "hazardousSkus");
      TreeSet<Sku> copy = new TreeSet<>();
      for (Sku s : skus) {
        copy.add(Checks.requireNonNull(s, "hazardousSkus[]"));
      }
      this.hazardousSkus = copy;
      return this;
    }

    /** The geocoding confidence under which an address is unverified; in (0, 1]. */
    public Builder minGeocodeConfidence(double confidence) {
      Checks.requireArgument(confidence > 0 && confidence <= 1, "minGeocodeConfidence", confidence,
          "is outside (0, 1]");
      this.minGeocodeConfidence = confidence;
      return this;
    }

    /** The paid amount above which two people review; positive. */
    public Builder highAmount(Money amount) {
      Checks.requireNonNull(amount, "highAmount");
      Checks.requireArgument(amount.isPositive(), "highAmount", amount, "is not positive");
      this.highAmount = amount;
      return this;
    }

    /** How many people review a high-amount order; at least 1. */
    public Builder highAmountApprovers(int approvers) {
      Checks.requireArgument(approvers >= 1, "highAmountApprovers", approvers, "is not at least 1");
      this.highAmountApprovers = approvers;
      return this;
    }

    /** The immutable config. */
    public RulesConfig build() {
      return new RulesConfig(this);
    }

    private static Duration positive(Duration d, String field) {
      Checks.requireNonNull(d, field);
      Checks.requireArgument(!d.isNegative() && !d.isZero(), field, d, "is not positive");
      return d;
    }
  }
}
