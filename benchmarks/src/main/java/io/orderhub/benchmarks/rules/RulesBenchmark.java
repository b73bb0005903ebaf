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
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The default rule set ({@link BuiltInRules}, with a hazardous-SKU list and a host geocoder) on a
 * stream of realistic orders, against the same eight predicates written as Easy Rules 4.1 rules
 * ({@code org.jeasy:easy-rules-core}), in the same run, one thread.
 *
 * <p>One operation is one order: record it in the velocity windows (buyer phone; buyer + SKU +
 * quantity), read the windows, and evaluate all eight rules. OrderHub also builds the explanation
 * of every rule that fired, which Easy Rules cannot do.
 *
 * <h2>What both sides get</h2>
 *
 * <ul>
 *   <li><b>Velocity.</b> Easy Rules cannot express a sliding window, so an Easy Rules user computes
 *       the velocity facts before firing the rules and puts them in the {@code Facts}: with the same
 *       {@link VelocityDimension} keys and the same in-memory {@link VelocityStore}, one {@link
 *       VelocityStore#recordAndQuery} per key (the store's one-call path, which is also what {@link
 *       RuleRunner} uses). The two rules then compare the facts with their thresholds.
 *   <li><b>Geocoder.</b> A host geocoder answers from its cache: the two results are built once.
 *   <li><b>History.</b> Both read the refund time from the order ({@link OrderHistory#fromOrder}).
 * </ul>
 *
 * <h2>The working set: a realistic stream, each order just normalised</h2>
 *
 * <p>The stream is 8 days × 4096 orders ({@link RealisticOrders}), replayed in time order: about
 * 12,000 buyers and phones with a skewed pool (some order several times a day), 500 SKUs, windows of
 * 24 h that fill during a day and expire the next; at the end of the stream both sides start again
 * with a new store. The velocity store is therefore as large and as cold as a host's.
 *
 * <p>The orders themselves are 52 MB. Cycling through them one by one makes every order a cache miss
 * for both sides, which a host never sees: it evaluates an order right after normalising it, when
 * the order's objects were just written and sit in the core's cache. So each benchmark invocation
 * takes the next {@value #BATCH} orders of the stream (about 100 KB, a page of a platform's order
 * API), and an invocation-level setup, outside the measured time, first reads every field of those
 * orders, as normalising them would have written them ({@link OrderTouch}). Then the side evaluates
 * the batch, one operation per order ({@code @OperationsPerInvocation}). At 64 orders an invocation
 * lasts tens of microseconds, so the two timestamps JMH takes per invocation are well under 1 % of
 * it. Both sides get exactly the same treatment.
 *
 * <p>Target (issue 6): {@code orderhub} ≥ 1,000,000 ops/s on one core, and ≥ 5 × {@code easyRules}.
 * The {@code ...Stateless} pair runs the six rules that keep no velocity window: the engines' own
 * cost, without the velocity work both sides share.
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
@OperationsPerInvocation(RulesBenchmark.BATCH)
public class RulesBenchmark {
  /** Orders per invocation: a page of orders just normalised. */
  static final int BATCH = 64;

  // A host geocoder answers from its cache: the two results are built once, as Geocoder asks.
  private static final Optional<GeocodeResult> VAGUE = Optional.of(new GeocodeResult(0.45, "city"));
  private static final Optional<GeocodeResult> PRECISE = Optional.of(new GeocodeResult(0.93, "street"));
  private static final Geocoder GEOCODER = address ->
      address.detail() != null && address.detail().value().contains("附近") ? VAGUE : PRECISE;
  private static final RulesConfig CONFIG = RulesConfig.custom()
      .hazardousSkus(List.of(Sku.of(RealisticOrders.HAZARDOUS_SKU))).build();

  private Order[] orders;
  private int next;
  private final Order[] batch = new Order[BATCH];
  /** What touching the orders read, kept so the reads are not optimised away. */
  private long touched;
  private RuleSet ruleSet;
  private RuleRunner runner;
  private EasyRulesSide easy;
  private RuleRunner statelessRunner;
  private EasyRulesSide statelessEasy;

  @Setup(Level.Trial)
  public void setUp() {
    orders = RealisticOrders.generate(20261111L, 8, 4096).toArray(new Order[0]);
    ruleSet = BuiltInRules.ruleSet(CONFIG);
    RuleSet stateless = ruleSet.toBuilder().without(BuiltInRules.BUYER_VELOCITY)
        .without(BuiltInRules.ORDER_DUPLICATE).build();
    statelessRunner = RuleRunner.builder(stateless).clock(Clock.fixed(RealisticOrders.START, ZoneOffset.UTC))
        .velocityStore(VelocityStore.inMemory()).geocoder(GEOCODER).build();
    statelessEasy = new EasyRulesSide(CONFIG, false);
    restart();
  }

  /** Both sides start the stream again with an empty store, so windows always see realistic traffic. */
  private void restart() {
    next = 0;
    runner = RuleRunner.builder(ruleSet).clock(Clock.fixed(RealisticOrders.START, ZoneOffset.UTC))
        .velocityStore(VelocityStore.inMemory()).geocoder(GEOCODER).build();
    easy = new EasyRulesSide(CONFIG, true);
  }

  /** The next orders of the stream, just normalised: read once, outside the measured time. */
  @Setup(Level.Invocation)
  public void nextBatch() {
    if (next + BATCH > orders.length) {
      restart();
    }
    for (int i = 0; i < BATCH; i++) {
      Order o = orders[next++];
      batch[i] = o;
      touched += OrderTouch.touch(o);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (touched == 42) { // never true in practice; keeps the reads alive
      System.out.println(touched);
    }
  }

  /** OrderHub: record and evaluate the default rule set, explanations of fired rules included. */
  @Benchmark
  public void orderhub(Blackhole bh) {
    for (Order o : batch) {
      bh.consume(runner.evaluate(o, o.createdAt()));
    }
  }

  /** Easy Rules 4.1: the same predicates over the same velocity facts, fired rule names collected. */
  @Benchmark
  public void easyRules(Blackhole bh) {
    for (Order o : batch) {
      bh.consume(easy.evaluate(o));
    }
  }

  /**
   * The six rules that keep no state (no velocity window): the engines' own cost, without the
   * velocity work that both sides share.
   */
  @Benchmark
  public void orderhubStateless(Blackhole bh) {
    for (Order o : batch) {
      bh.consume(statelessRunner.evaluate(o, o.createdAt()));
    }
  }

  /** Easy Rules 4.1: the same six stateless rules. */
  @Benchmark
  public void easyRulesStateless(Blackhole bh) {
    for (Order o : batch) {
      bh.consume(statelessEasy.evaluate(o));
    }
  }

  /** The eight built-in predicates as Easy Rules rules (lower priority number runs first). */
  static final class EasyRulesSide {
    /** Facts: the orders in the phone's window, and the most in any (buyer, SKU, quantity) key's window. */
    private static final String PHONE_ORDERS = "phoneOrders";
    private static final String SAME_ORDERS = "sameOrders";
    private final VelocityStore store = VelocityStore.inMemory();
    private final Duration phoneWindow;
    private final Duration duplicateWindow;
    private final RulesEngine engine = new DefaultRulesEngine();
    private final Rules rules;

    private final boolean velocity;

    /** The eight rules, or with {@code velocity} false the six that keep no state. */
    EasyRulesSide(RulesConfig c, boolean velocity) {
      this.velocity = velocity;
      this.phoneWindow = c.buyerWindow();
      this.duplicateWindow = c.duplicateWindow();
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
          rule(BuiltInRules.BUYER_VELOCITY, 4, f -> f.<Long>get(PHONE_ORDERS) > c.buyerMaxOrders()),
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
          rule(BuiltInRules.ORDER_DUPLICATE, 7, f -> f.<Long>get(SAME_ORDERS) > 1));
      if (!velocity) {
        rules.unregister(BuiltInRules.BUYER_VELOCITY);
        rules.unregister(BuiltInRules.ORDER_DUPLICATE);
      }
    }

    private static org.jeasy.rules.api.Rule rule(String name, int priority, org.jeasy.rules.api.Condition when) {
      return new RuleBuilder().name(name).priority(priority).when(when)
          .then(f -> f.<List<String>>get("fired").add(name)).build();
    }

    List<String> evaluate(Order o) {
      List<String> fired = new ArrayList<>(2);
      Facts facts = new Facts();
      facts.put("order", o);
      facts.put("fired", fired);
      if (velocity) {
        Instant at = o.createdAt();
        facts.put(PHONE_ORDERS, mostOrders(VelocityDimension.BUYER_PHONE, o, at, phoneWindow));
        facts.put(SAME_ORDERS, mostOrders(VelocityDimension.BUYER_SKU_QUANTITY, o, at, duplicateWindow));
      }
      engine.fire(rules, facts);
      return fired;
    }

    /** Records the order under each of its keys and returns the largest count in the window (this order included). */
    private long mostOrders(VelocityDimension d, Order o, Instant at, Duration window) {
      long most = 0;
      for (VelocityDimension.Entry e : d.entries(o)) {
        most = Math.max(most, store.recordAndQuery(d.key(e), o.createdAt(), e.amount(), at, window).count());
      }
      return most;
    }
  }
}
