package io.orderhub.rules;

import io.orderhub.core.OrderHubException;
import io.orderhub.core.OrderLine;
import io.orderhub.core.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The built-in seller rules. Their ids and queues are a contract: hosts route on them and store
 * them in order histories.
 *
 * <table>
 * <caption>Built-in rules, highest priority first</caption>
 * <tr><th>id</th><th>fires when</th><th>outcome</th></tr>
 * <tr><td>{@code refund.fast}</td><td>refund requested within 10 min of payment</td><td>freeze shipment, queue {@code after-sales}</td></tr>
 * <tr><td>{@code sku.hazardous}</td><td>a SKU in the hazardous list, or a line tagged {@code hazardous}</td><td>queue {@code hazmat-check}, skip the normal stock lock</td></tr>
 * <tr><td>{@code address.low-confidence}</td><td>the host's geocoder is under 0.70 confident</td><td>hold {@code address-unverified} in {@code address-review}</td></tr>
 * <tr><td>{@code address.vague}</td><td>vague words in the detail, or no province/city/district</td><td>queue {@code address-review}</td></tr>
 * <tr><td>{@code buyer.velocity}</td><td>more than 3 orders from the phone in 24 h</td><td>queue {@code risk-review}</td></tr>
 * <tr><td>{@code amount.high}</td><td>paid above 5000.00 CNY</td><td>approval by 2 people in {@code high-value-review}</td></tr>
 * <tr><td>{@code order.presale}</td><td>a line tagged pre-sale</td><td>approval in {@code presale-approval}, escalate after 2 h</td></tr>
 * <tr><td>{@code order.duplicate}</td><td>same buyer, SKU and quantity within 24 h</td><td>flag {@code duplicate-suspect}, clearing needs a reason</td></tr>
 * </table>
 *
 * <p>The same rule set is the JSON resource {@link #DEFAULT_JSON_RESOURCE}, for sellers to copy and
 * edit ({@link RuleSetJson} loads it).
 */
public final class BuiltInRules {
  public static final String ADDRESS_VAGUE = "address.vague";
  public static final String BUYER_VELOCITY = "buyer.velocity";
  public static final String ORDER_DUPLICATE = "order.duplicate";
  public static final String REFUND_FAST = "refund.fast";
  public static final String ORDER_PRESALE = "order.presale";
  public static final String SKU_HAZARDOUS = "sku.hazardous";
  public static final String ADDRESS_LOW_CONFIDENCE = "address.low-confidence";
  public static final String AMOUNT_HIGH = "amount.high";

  public static final String QUEUE_ADDRESS_REVIEW = "address-review";
  public static final String QUEUE_RISK_REVIEW = "risk-review";
  public static final String QUEUE_AFTER_SALES = "after-sales";
  public static final String QUEUE_HAZMAT_CHECK = "hazmat-check";
  public static final String QUEUE_PRESALE_APPROVAL = "presale-approval";
  public static final String QUEUE_HIGH_VALUE_REVIEW = "high-value-review";

  /** The flag of {@code order.duplicate}. */
  public static final String FLAG_DUPLICATE_SUSPECT = "duplicate-suspect";
  /** The hold reason of {@code address.low-confidence}. */
  public static final String REASON_ADDRESS_UNVERIFIED = "address-unverified";

  /** The classpath resource holding the default rule set as JSON. */
  public static final String DEFAULT_JSON_RESOURCE = "/io/orderhub/rules/default-rules.json";

  /** Every built-in rule id, in priority order. */
  public static final List<String> IDS = List.of(REFUND_FAST, SKU_HAZARDOUS, ADDRESS_LOW_CONFIDENCE, ADDRESS_VAGUE,
      BUYER_VELOCITY, AMOUNT_HIGH, ORDER_PRESALE, ORDER_DUPLICATE);
  /** The queues the built-in rules use. */
  public static final List<String> QUEUES = List.of(QUEUE_ADDRESS_REVIEW, QUEUE_RISK_REVIEW, QUEUE_AFTER_SALES,
      QUEUE_HAZMAT_CHECK, QUEUE_PRESALE_APPROVAL, QUEUE_HIGH_VALUE_REVIEW);

  private static final RuleSet DEFAULTS = ruleSet(RulesConfig.ofDefaults());

  private BuiltInRules() {}

  /** The default rule set: every built-in rule with {@link RulesConfig#ofDefaults()}, evaluating all. */
  public static RuleSet defaults() {
    return DEFAULTS;
  }

  /** Every built-in rule with {@code config}, evaluating all. */
  public static RuleSet ruleSet(RulesConfig config) {
    return RuleSet.builder().queues(QUEUES).rules(rules(config)).build();
  }

  /** The built-in rules with {@code config}, highest priority first, to mix with your own. */
  public static List<Rule> rules(RulesConfig config) {
    Checks.requireNonNull(config, "config");
    return List.of(
        Rule.builder(REFUND_FAST).priority(100)
            .description("A refund requested right after payment: stop the parcel.")
            .when(Conditions.refundRequestedWithin(config.fastRefundWindow()))
            .then(Outcome.freezeShipment(QUEUE_AFTER_SALES)).build(),
        Rule.builder(SKU_HAZARDOUS).priority(90)
            .description("Hazardous goods need a licensed carrier: check before locking stock.")
            .when(Condition.any(Conditions.anySkuIn(config.hazardousSkus()),
                Conditions.anyLineTagged(OrderLine.TAG_HAZARDOUS)))
            .then(Outcome.routeTo(QUEUE_HAZMAT_CHECK)).then(Outcome.skipStockLock()).build(),
        Rule.builder(ADDRESS_LOW_CONFIDENCE).priority(80)
            .description("The geocoder is not sure the address exists: verify it with the buyer.")
            .when(Conditions.geocodeConfidenceBelow(config.minGeocodeConfidence()))
            .then(Outcome.hold(QUEUE_ADDRESS_REVIEW, REASON_ADDRESS_UNVERIFIED)).build(),
        Rule.builder(ADDRESS_VAGUE).priority(70)
            .description("A vague or incomplete address: confirm it before the parcel comes back.")
            .when(Condition.any(Conditions.addressDetailContainsAny(config.vagueWords()),
                Conditions.addressMissingAny(config.requiredAddressParts())))
            .then(Outcome.routeTo(QUEUE_ADDRESS_REVIEW)).build(),
        Rule.builder(BUYER_VELOCITY).priority(60)
            .description("Many orders from one phone in a short time: check for resellers and fraud.")
            .when(Conditions.velocityCountAbove(VelocityDimension.BUYER_PHONE, config.buyerWindow(),
                config.buyerMaxOrders()))
            .then(Outcome.routeTo(QUEUE_RISK_REVIEW)).build(),
        Rule.builder(AMOUNT_HIGH).priority(50)
            .description("A high paid amount: two people review it.")
            .when(Conditions.paidAbove(config.highAmount()))
            .then(Outcome.requireApproval(QUEUE_HIGH_VALUE_REVIEW, config.highAmountApprovers())).build(),
        Rule.builder(ORDER_PRESALE).priority(40)
            .description("Pre-sale goods: approve the ship date, escalate if nobody does.")
            .when(Conditions.anyLineTagged(config.presaleTag()))
            .then(Outcome.requireApproval(QUEUE_PRESALE_APPROVAL, 1, config.presaleEscalateAfter())).build(),
        Rule.builder(ORDER_DUPLICATE).priority(30)
            .description("The same buyer ordered the same SKU and quantity again: a duplicate unless there is a reason.")
            .when(Conditions.velocityCountAbove(VelocityDimension.BUYER_SKU_QUANTITY, config.duplicateWindow(), 1))
            .then(Outcome.flag(FLAG_DUPLICATE_SUSPECT, config.duplicateReasons())).build());
  }

  /** The default rule set as JSON (UTF-8), the same rules as {@link #defaults()}. */
  public static byte[] defaultJson() {
    try (InputStream in = BuiltInRules.class.getResourceAsStream(DEFAULT_JSON_RESOURCE)) {
      if (in == null) {
        throw new OrderHubException("missing resource " + DEFAULT_JSON_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
