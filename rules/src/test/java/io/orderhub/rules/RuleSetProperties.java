package io.orderhub.rules;

import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.Sku;
import io.orderhub.core.arbitraries.OrderArbitraries;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.api.Assertions;

/** Invariants of rule-set evaluation. */
class RuleSetProperties {
  private static final List<String> QUEUES = List.of("q1", "q2", "q3");

  /** Leaves that look at varied parts of a generated order, so rules fire and fail in mixed ways. */
  private static Arbitrary<Condition> leaves() {
    return Arbitraries.of(
        Conditions.addressDetailContainsAny(List.of("一", "丁", "七")),
        Conditions.addressMissingAny(java.util.EnumSet.of(AddressPart.DISTRICT)),
        Conditions.paidAbove(Money.cny("100.00")),
        Conditions.paidAbove(Money.cny("100000.00")),
        Conditions.anyLineTagged(OrderLine.TAG_PRESALE),
        Conditions.anySkuIn(List.of(Sku.of("SKU-1"), Sku.of("SKU-2"))),
        Conditions.refundRequestedWithin(Duration.ofMinutes(10)),
        Condition.of("more than one line", c -> c.order().lines().size() > 1),
        Condition.of("units", c -> c.order().lines().stream().mapToInt(OrderLine::quantity).sum(), n -> n % 2 == 0));
  }

  private static Arbitrary<Condition> conditions(int depth) {
    if (depth == 0) {
      return leaves();
    }
    Arbitrary<Condition> sub = conditions(depth - 1);
    return Arbitraries.oneOf(leaves(),
        sub.list().ofMinSize(1).ofMaxSize(3).map(Condition::all),
        sub.list().ofMinSize(1).ofMaxSize(3).map(Condition::any),
        sub.map(Condition::not));
  }

  @Provide
  Arbitrary<List<Rule>> ruleLists() {
    Arbitrary<Rule> rule = Combinators.combine(Arbitraries.integers().between(0, 3), conditions(2),
        Arbitraries.of(QUEUES)).as((p, c, q) -> Rule.builder("r").priority(p).when(c).then(Outcome.routeTo(q)).build());
    return rule.list().ofMinSize(1).ofMaxSize(12).map(rs -> {
      List<Rule> out = new ArrayList<>();
      for (int i = 0; i < rs.size(); i++) {
        Rule r = rs.get(i);
        out.add(new Rule("rule-" + i, "", r.priority(), r.condition(), r.outcomes()));
      }
      return out;
    });
  }

  @Property(tries = 200)
  void aDecisionDoesNotDependOnTheOrderRulesWereAddedIn(
      @ForAll("ruleLists") List<Rule> rules, @ForAll("orders") Order order, @ForAll long seed) {
    List<Rule> shuffled = new ArrayList<>(rules);
    Collections.shuffle(shuffled, new Random(seed));
    RuleSet a = RuleSet.builder().queues(QUEUES).rules(rules).build();
    RuleSet b = RuleSet.builder().queues(QUEUES).rules(shuffled).build();
    EvaluationContext ctx = EvaluationContext.of(order, Clock.fixed(order.createdAt().plusSeconds(60), ZoneOffset.UTC));
    Decision da = a.evaluate(ctx, Explain.FIRED_AND_NOT_FIRED);
    Assertions.assertThat(b.evaluate(ctx, Explain.FIRED_AND_NOT_FIRED)).isEqualTo(da);
    Assertions.assertThat(da.fired().size() + da.notFired().size()).isEqualTo(rules.size());
  }

  @Property(tries = 200)
  void everyFiredRuleHeldAndEveryExplanationAgreesWithTheTest(
      @ForAll("ruleLists") List<Rule> rules, @ForAll("orders") Order order) {
    RuleSet set = RuleSet.builder().queues(QUEUES).rules(rules).build();
    EvaluationContext ctx = EvaluationContext.of(order, Clock.fixed(order.createdAt(), ZoneOffset.UTC));
    Decision d = set.evaluate(ctx, Explain.FIRED_AND_NOT_FIRED);
    for (RuleResult r : d.fired()) {
      Rule rule = set.rule(r.ruleId()).orElseThrow();
      Assertions.assertThat(rule.condition().test(ctx)).isTrue();
      Assertions.assertThat(r.explanation().matched()).isTrue();
    }
    for (RuleResult r : d.notFired()) {
      Assertions.assertThat(r.explanation().matched()).isFalse();
    }
    for (int i = 1; i < d.fired().size(); i++) {
      Assertions.assertThat(d.fired().get(i - 1).priority()).isGreaterThanOrEqualTo(d.fired().get(i).priority());
    }
  }

  /** Explaining a fired rule skips the alternatives pruning would drop, and gives the same tree. */
  @Property(tries = 300)
  void aMatchedConditionIsExplainedAsItsPrunedFullExplanation(
      @ForAll("ruleLists") List<Rule> rules, @ForAll("orders") Order order) {
    EvaluationContext ctx = EvaluationContext.of(order, Clock.fixed(order.createdAt(), ZoneOffset.UTC));
    for (Rule r : rules) {
      if (r.condition().test(ctx)) {
        Assertions.assertThat(io.orderhub.rules.internal.Composite.explainMatched(r.condition(), ctx))
            .isEqualTo(r.condition().explain(ctx).pruned());
      }
    }
  }

  /** Explanations round confidences as {@code String.format("%.2f")} does, without the formatter. */
  @Property(tries = 500)
  void twoDecimalsAgreesWithTheFormatter(@ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 1) double v) {
    Assertions.assertThat(io.orderhub.rules.internal.Texts.twoDecimals(v))
        .isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", v));
  }

  @Provide
  Arbitrary<Order> orders() {
    return OrderArbitraries.orders(Money.CNY);
  }
}
