package io.orderhub.benchmarks.rules;

import io.orderhub.core.Address;
import io.orderhub.core.AddressDetail;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.Sku;
import io.orderhub.rules.AddressPart;
import io.orderhub.rules.BuiltInRules;
import io.orderhub.rules.Decision;
import io.orderhub.rules.OrderHistory;
import io.orderhub.rules.RuleRunner;
import io.orderhub.rules.RuleSet;
import io.orderhub.rules.RulesConfig;
import io.orderhub.rules.VelocityDimension;
import io.orderhub.rules.spi.GeocodeResult;
import io.orderhub.rules.spi.Geocoder;
import io.orderhub.rules.spi.VelocityStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The default rule set ({@link BuiltInRules}, with a hazardous-SKU list and a host geocoder) on a
 * stream of realistic orders, against the same eight predicates written as Easy Rules 4.1 rules
 * ({@code org.jeasy:easy-rules-core}), in the same run, one thread.
 *
 * <p>One operation is one order: record it in the velocity windows (buyer phone; buyer + SKU +
 * quantity) and evaluate all eight rules. Both sides use the same in-memory velocity store and
 * geocoder; OrderHub also builds the explanation of every rule that fired, which Easy Rules cannot
 * do. The orders (8 days × 4096, {@link RealisticOrders}) are replayed in time order; at the end of
 * the stream both sides start again with a new store, so windows always see realistic traffic.
 *
 * <p>Target (issue 6): {@code orderhub} ≥ 1,000,000 ops/s on one core, and ≥ 5 × {@code easyRules}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RulesBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@Threads(1)
public class RulesBenchmark {
  // A host geocoder answers from its cache: the two results are built once, as Geocoder asks.
  private static final Optional<GeocodeResult> VAGUE = Optional.of(new GeocodeResult(0.45, "city"));
  private static final Optional<GeocodeResult> PRECISE = Optional.of(new GeocodeResult(0.93, "street"));
  private static final Geocoder GEOCODER = address ->
      address.detail() != null && address.detail().value().contains("附近") ? VAGUE : PRECISE;
  private static final RulesConfig CONFIG = RulesConfig.custom()
      .hazardousSkus(List.of(Sku.of(RealisticOrders.HAZARDOUS_SKU))).build();

  private Order[] orders;
  private int nextOrderHub;
  private int nextEasy;
  private int nextStateless;
  private RuleSet ruleSet;
  private RuleRunner runner;
  private EasyRulesSide easy;
  private RuleRunner statelessRunner;
  private EasyRulesSide statelessEasy;

  @Setup
  public void setUp() {
    orders = RealisticOrders.generate(20261111L, 8, 4096).toArray(new Order[0]);
    ruleSet = BuiltInRules.ruleSet(CONFIG);
    runner = newRunner();
    easy = new EasyRulesSide(CONFIG, true);
    RuleSet stateless = ruleSet.toBuilder().without(BuiltInRules.BUYER_VELOCITY)
        .without(BuiltInRules.ORDER_DUPLICATE).build();
    statelessRunner = RuleRunner.builder(stateless).clock(Clock.fixed(RealisticOrders.START, ZoneOffset.UTC))
        .velocityStore(VelocityStore.inMemory()).geocoder(GEOCODER).build();
    statelessEasy = new EasyRulesSide(CONFIG, false);
  }

  private RuleRunner newRunner() {
    return RuleRunner.builder(ruleSet).clock(Clock.fixed(RealisticOrders.START, ZoneOffset.UTC))
        .velocityStore(VelocityStore.inMemory()).geocoder(GEOCODER).build();
  }

  /** OrderHub: record and evaluate the default rule set, explanations of fired rules included. */
  @Benchmark
  public Decision orderhub() {
    if (nextOrderHub == orders.length) {
      nextOrderHub = 0;
      runner = newRunner();
    }
    Order o = orders[nextOrderHub++];
    return runner.evaluate(o, o.createdAt());
  }

  /** Easy Rules 4.1: the same predicates and the same velocity store, fired rule names collected. */
  @Benchmark
  public List<String> easyRules() {
    if (nextEasy == orders.length) {
      nextEasy = 0;
      easy = new EasyRulesSide(CONFIG, true);
    }
    return easy.evaluate(orders[nextEasy++]);
  }

  /**
   * The six rules that keep no state (no velocity window): the engines' own cost, without the
   * velocity store work that both sides share.
   */
  @Benchmark
  public Decision orderhubStateless() {
    Order o = orders[nextStateless++ & (orders.length - 1)];
    return statelessRunner.evaluate(o, o.createdAt());
  }

  /** Easy Rules 4.1: the same six stateless rules. */
  @Benchmark
  public List<String> easyRulesStateless() {
    return statelessEasy.evaluate(orders[nextStateless++ & (orders.length - 1)]);
  }

  /** The eight built-in predicates as Easy Rules rules (lower priority number runs first). */
  static final class EasyRulesSide {
    private static final List<VelocityDimension> VELOCITY_DIMENSIONS =
        List.of(VelocityDimension.BUYER_PHONE, VelocityDimension.BUYER_SKU_QUANTITY);
    private final VelocityStore store = VelocityStore.inMemory();
    private final RulesEngine engine = new DefaultRulesEngine();
    private final Rules rules;

    private final boolean velocity;

    /** The eight rules, or with {@code velocity} false the six that keep no state. */
    EasyRulesSide(RulesConfig c, boolean velocity) {
      this.velocity = velocity;
      List<String> words = c.vagueWords();
      Set<AddressPart> parts = c.requiredAddressParts();
      Set<Sku> hazardous = c.hazardousSkus();
      Money high = c.highAmount();
      rules = new Rules(
          rule(BuiltInRules.REFUND_FAST, 0, f -> {
            Order o = f.get("order");
            Optional<Instant> refund = OrderHistory.fromOrder(o).refundRequestedAt();
            if (o.paidAt().isEmpty() || refund.isEmpty()) {
              return false;
            }
            Duration gap = Duration.between(o.paidAt().get(), refund.get());
            return !gap.isNegative() && gap.compareTo(c.fastRefundWindow()) <= 0;
          }),
          rule(BuiltInRules.SKU_HAZARDOUS, 1, f -> {
            for (OrderLine l : f.<Order>get("order").lines()) {
              if (hazardous.contains(l.sku()) || l.hasTag(OrderLine.TAG_HAZARDOUS)) {
                return true;
              }
            }
            return false;
          }),
          rule(BuiltInRules.ADDRESS_LOW_CONFIDENCE, 2, f -> f.<Order>get("order").shippingAddress()
              .flatMap(GEOCODER::geocode).map(g -> g.confidence() < c.minGeocodeConfidence()).orElse(false)),
          rule(BuiltInRules.ADDRESS_VAGUE, 3, f -> {
            Address a = f.<Order>get("order").shippingAddress().orElse(null);
            if (a == null) {
              return true;
            }
            AddressDetail d = a.detail();
            if (d != null) {
              for (String w : words) {
                if (d.value().contains(w)) {
                  return true;
                }
              }
            }
            for (AddressPart p : parts) {
              if (p.of(a).isEmpty()) {
                return true;
              }
            }
            return false;
          }),
          rule(BuiltInRules.BUYER_VELOCITY, 4, f -> above(f, VelocityDimension.BUYER_PHONE, c.buyerWindow(),
              c.buyerMaxOrders())),
          rule(BuiltInRules.AMOUNT_HIGH, 5, f -> {
            Money paid = f.<Order>get("order").amounts().paid();
            return paid.currency().equals(high.currency()) && paid.isGreaterThan(high);
          }),
          rule(BuiltInRules.ORDER_PRESALE, 6, f -> {
            for (OrderLine l : f.<Order>get("order").lines()) {
              if (l.hasTag(c.presaleTag())) {
                return true;
              }
            }
            return false;
          }),
          rule(BuiltInRules.ORDER_DUPLICATE, 7, f -> above(f, VelocityDimension.BUYER_SKU_QUANTITY, c.duplicateWindow(), 1)));
      if (!velocity) {
        rules.unregister(BuiltInRules.BUYER_VELOCITY);
        rules.unregister(BuiltInRules.ORDER_DUPLICATE);
      }
    }

    private boolean above(Facts f, VelocityDimension d, Duration window, long threshold) {
      Order o = f.get("order");
      Instant now = f.get("now");
      for (VelocityDimension.Entry e : d.entries(o)) {
        if (store.query(d.key(e), now, window).count() > threshold) {
          return true;
        }
      }
      return false;
    }

    private static org.jeasy.rules.api.Rule rule(String name, int priority, org.jeasy.rules.api.Condition when) {
      return new RuleBuilder().name(name).priority(priority).when(when)
          .then(f -> f.<List<String>>get("fired").add(name)).build();
    }

    List<String> evaluate(Order o) {
      for (VelocityDimension d : velocity ? VELOCITY_DIMENSIONS : List.<VelocityDimension>of()) {
        for (VelocityDimension.Entry e : d.entries(o)) {
          store.record(d.key(e), o.createdAt(), e.amount());
        }
      }
      List<String> fired = new ArrayList<>(2);
      Facts facts = new Facts();
      facts.put("order", o);
      facts.put("now", o.createdAt());
      facts.put("fired", fired);
      engine.fire(rules, facts);
      return fired;
    }
  }
}
