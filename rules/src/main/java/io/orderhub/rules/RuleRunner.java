package io.orderhub.rules;

import io.orderhub.core.Order;
import io.orderhub.core.internal.Checks;
import io.orderhub.core.json.OrderJson;
import io.orderhub.rules.internal.VelocityAbove;
import io.orderhub.rules.spi.Geocoder;
import io.orderhub.rules.spi.VelocityKey;
import io.orderhub.rules.spi.VelocityStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link RuleSet} over incoming orders: records each order in the velocity windows its rules
 * count by (at the order's {@code createdAt}), then evaluates the rules at the clock's time with
 * the host's history view and geocoder. Thread-safe when the store, geocoder and history provider
 * are.
 *
 * <p>Record each order once: {@link #evaluate(Order)} records and evaluates; to look again at an
 * order already recorded (after a change, a re-delivery) use {@link #reevaluate(Order, Instant)}.
 *
 * <pre>{@code
 * RuleRunner runner = RuleRunner.builder(BuiltInRules.defaults()).clock(clock).build();
 * Decision d = runner.evaluate(order);
 * }</pre>
 */
public final class RuleRunner {
  private final RuleSet ruleSet;
  private final VelocityStore store;
  private final Clock clock;
  private final @Nullable Geocoder geocoder;
  private final Function<Order, OrderHistory> history;
  private final VelocityDimension[] dimensions;
  /**
   * Per dimension, the window the rule set counts it over (its first velocity condition's), read
   * while recording with {@link VelocityStore#recordAndQuery}; null for a dimension only tracked.
   */
  private final @Nullable Duration[] windows;
  private final Explain explain;

  private RuleRunner(Builder b, Clock clock) {
    this.ruleSet = b.ruleSet;
    this.store = b.store;
    this.clock = clock;
    this.geocoder = b.geocoder;
    this.history = b.history;
    Set<VelocityDimension> dims = new LinkedHashSet<>(ruleSet.velocityDimensions());
    dims.addAll(b.tracked);
    List<VelocityDimension> tracked = List.copyOf(dims);
    this.dimensions = tracked.toArray(new VelocityDimension[0]);
    this.windows = new Duration[dimensions.length];
    for (Rule r : ruleSet.rules()) {
      for (VelocityAbove v : VelocityAbove.within(r.condition())) {
        int d = tracked.indexOf(v.dimension());
        if (windows[d] == null) {
          windows[d] = v.window();
        }
      }
    }
    this.explain = b.explain;
  }

  /** A runner for {@code ruleSet}; a clock is required. */
  public static Builder builder(RuleSet ruleSet) {
    return new Builder(Checks.requireNonNull(ruleSet, "ruleSet"));
  }

  /** The rule set this runner evaluates. */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** Where this runner records velocity. */
  public VelocityStore velocityStore() {
    return store;
  }

  /** Records {@code order} and evaluates it at the clock's time. */
  public Decision evaluate(Order order) {
    return evaluate(order, clock.instant());
  }

  /** Records {@code order} and evaluates it at {@code at} (e.g. its {@code createdAt} when replaying a file). */
  public Decision evaluate(Order order, Instant at) {
    EvaluationContext context = context(order, at);
    record(context, true);
    return ruleSet.evaluate(context, explain);
  }

  /** Evaluates {@code order} at {@code at} without recording it again. */
  public Decision reevaluate(Order order, Instant at) {
    return ruleSet.evaluate(context(order, at), explain);
  }

  private EvaluationContext context(Order order, Instant at) {
    Checks.requireNonNull(order, "order");
    Checks.requireNonNull(at, "at");
    // what EvaluationContext.builder(order).at(at).history(..).velocity(VelocityFacts.of(store, at))
    // .geocoder(geocoder).build() makes, without the builder and with velocity read straight from the store
    return new EvaluationContext(order, at, Checks.requireNonNull(history.apply(order), "history"), store, null,
        geocoder);
  }

  /**
   * Replays one line of canonical order JSON (as written by {@link OrderJson}): records the order and
   * evaluates it at its own {@code createdAt}, so velocity windows accumulate across a file in
   * order time. Returns the decision as one line of JSON ({@link DecisionJson}).
   *
   * @throws io.orderhub.core.json.InvalidPayloadException naming the JSON path when the line is not
   *     a valid order
   */
  public String replayJsonLine(String orderJson) {
    Order order = OrderJson.standard().read(Checks.requireNonNull(orderJson, "orderJson"));
    return DecisionJson.write(evaluate(order, order.createdAt()));
  }

  /** Records {@code order} at its {@code createdAt} under every tracked velocity dimension. */
  public void record(Order order) {
    Checks.requireNonNull(order, "order");
    record(new EvaluationContext(order, order.createdAt(), OrderHistory.empty(), store, null, null), false);
  }

  /**
   * Records the order under every tracked dimension; with {@code query}, also reads the windows the
   * rules will ask for in the same store call, and keeps them in the context.
   */
  private void record(EvaluationContext context, boolean query) {
    Instant at = context.order().createdAt();
    for (int i = 0; i < dimensions.length; i++) {
      VelocityDimension d = dimensions[i];
      Duration window = query ? windows[i] : null;
      EvaluationContext.VelocitySlot slot = context.slot(d);
      if (slot == null) { // more dimensions than a context keeps: record only
        for (VelocityDimension.Entry e : d.entries(context.order())) {
          store.record(d.key(e), at, e.amount());
        }
        continue;
      }
      List<VelocityDimension.Entry> entries = slot.entries;
      EvaluationContext.VelocitySlot totals = window == null ? null : slot.forWindow(window);
      for (int j = 0; j < entries.size(); j++) {
        VelocityKey key = slot.key(j);
        long amount = entries.get(j).amount();
        if (totals == null) {
          store.record(key, at, amount);
        } else {
          totals.setTotals(j, store.recordAndQuery(key, at, amount, context.now(), window));
        }
      }
    }
  }

  /** Builds a {@link RuleRunner}. */
  public static final class Builder {
    private final RuleSet ruleSet;
    private VelocityStore store = VelocityStore.inMemory();
    private @Nullable Clock clock;
    private @Nullable Geocoder geocoder;
    private Function<Order, OrderHistory> history = OrderHistory::fromOrder;
    private final Set<VelocityDimension> tracked = new LinkedHashSet<>();
    private Explain explain = Explain.FIRED;

    private Builder(RuleSet ruleSet) {
      this.ruleSet = ruleSet;
    }

    /** Where velocity windows live (default: a new in-memory store, 24 h horizon, 5-minute buckets). */
    public Builder velocityStore(VelocityStore store) {
      this.store = Checks.requireNonNull(store, "velocityStore");
      return this;
    }

    /** The time of evaluations (required). */
    public Builder clock(Clock clock) {
      this.clock = Checks.requireNonNull(clock, "clock");
      return this;
    }

    /** The host's geocoder, for {@code address.low-confidence}. */
    public Builder geocoder(Geocoder geocoder) {
      this.geocoder = Checks.requireNonNull(geocoder, "geocoder");
      return this;
    }

    /** The host's view of an order's history (default: {@link OrderHistory#fromOrder}). */
    public Builder history(Function<Order, OrderHistory> history) {
      this.history = Checks.requireNonNull(history, "history");
      return this;
    }

    /** Also records {@code dimension}, for host conditions that read velocity facts themselves. */
    public Builder track(VelocityDimension dimension) {
      tracked.add(Checks.requireNonNull(dimension, "dimension"));
      return this;
    }

    /** Which rules decisions explain (default {@link Explain#FIRED}). */
    public Builder explain(Explain explain) {
      this.explain = Checks.requireNonNull(explain, "explain");
      return this;
    }

    /**
     * @throws io.orderhub.core.InvalidValueException without a clock, or when a velocity window of
     *     the rule set is longer than the store's horizon or not a whole number of its buckets
     */
    public RuleRunner build() {
      Clock c = Checks.requireNonNull(clock, "clock");
      Duration horizon = store.horizon();
      long bucket = store.resolution().toMillis();
      for (Rule r : ruleSet.rules()) {
        for (VelocityAbove v : VelocityAbove.within(r.condition())) {
          Checks.requireArgument(v.window().compareTo(horizon) <= 0, "rule " + r.id() + ": window", v.window(),
              "is longer than the velocity store's horizon " + horizon);
          Checks.requireArgument(v.window().toMillis() % bucket == 0, "rule " + r.id() + ": window", v.window(),
              "is not a whole number of the velocity store's buckets of " + store.resolution());
        }
      }
      return new RuleRunner(this, c);
    }
  }
}
