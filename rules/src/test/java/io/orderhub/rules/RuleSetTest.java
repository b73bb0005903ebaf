package io.orderhub.rules;

import static io.orderhub.rules.TestOrders.clean;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Order;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  private final Clock clock = Clock.fixed(TestOrders.T0, ZoneOffset.UTC);
  private final Condition yes = Condition.of("always", c -> true);
  private final Condition no = Condition.of("never", c -> false);

  private Rule rule(String id, int priority, Condition when, String queue) {
    return Rule.builder(id).priority(priority).when(when).then(Outcome.routeTo(queue)).build();
  }

  @Test
  void buildingReportsEveryDuplicateIdAndUndeclaredQueueTogether() {
    RuleSet.Builder b = RuleSet.builder().queue("a")
        .rule(rule("r1", 1, yes, "a")).rule(rule("r1", 2, yes, "a")).rule(rule("r2", 1, yes, "typo"));
    assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidRuleSetException.class, e ->
        assertThat(e.problems()).containsExactly("rule r1: duplicate rule id",
            "rule r2: routeTo names queue \"typo\" which is not declared (declared: [a])"));
  }

  @Test
  void aRuleNeedsAConditionAndAnOutcome() {
    assertThatThrownBy(() -> Rule.builder("r").then(Outcome.tag("t")).build())
        .isInstanceOf(InvalidValueException.class).hasMessage("rule r: condition: null is required");
    assertThatThrownBy(() -> Rule.builder("r").when(yes).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("rule r: outcomes");
    assertThatThrownBy(() -> Rule.builder(" bad id").build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("rule.id");
  }

  @Test
  void firedRulesComeOutInPriorityOrderThenById() {
    RuleSet set = RuleSet.builder().queues(List.of("q"))
        .rule(rule("b", 1, yes, "q")).rule(rule("a", 1, yes, "q")).rule(rule("z", 9, yes, "q")).rule(rule("n", 5, no, "q"))
        .build();
    assertThat(set.rules()).extracting(Rule::id).containsExactly("z", "n", "a", "b");
    assertThat(set.evaluate(EvaluationContext.of(clean("o"), clock)).firedIds()).containsExactly("z", "a", "b");
    assertThat(set.toBuilder().without("z").build().rules()).extracting(Rule::id).containsExactly("n", "a", "b");
  }

  @Test
  void theStopPolicyStopsAfterTheFirstPriorityLevelThatFired() {
    RuleSet all = RuleSet.builder().queue("q")
        .rule(rule("top-no", 9, no, "q")).rule(rule("mid-1", 5, yes, "q")).rule(rule("mid-2", 5, yes, "q"))
        .rule(rule("low", 1, yes, "q")).build();
    RuleSet stopping = all.toBuilder().stopPolicy(StopPolicy.STOP_AFTER_FIRST_FIRING_PRIORITY).build();
    EvaluationContext ctx = EvaluationContext.of(clean("o"), clock);
    assertThat(all.evaluate(ctx).firedIds()).containsExactly("mid-1", "mid-2", "low");
    assertThat(stopping.evaluate(ctx).firedIds()).containsExactly("mid-1", "mid-2");
  }

  @Test
  void rulesThatDidNotFireAreExplainedOnlyOnRequest() {
    Order o = clean("o-1", TestOrders.T0).shippingAddress(TestOrders.address("文三路 1 号")).build();
    EvaluationContext ctx = EvaluationContext.of(o, clock);
    Decision quiet = BuiltInRules.defaults().evaluate(ctx);
    Decision loud = BuiltInRules.defaults().evaluate(ctx, Explain.FIRED_AND_NOT_FIRED);
    assertThat(quiet.notFired()).isEmpty();
    assertThat(loud.firedIds()).isEqualTo(quiet.firedIds()).isEmpty();
    assertThat(loud.notFired()).extracting(RuleResult::ruleId).containsExactlyElementsOf(BuiltInRules.IDS);
    RuleResult vague = loud.notFired().stream().filter(r -> r.ruleId().equals(BuiltInRules.ADDRESS_VAGUE)).findFirst()
        .orElseThrow();
    assertThat(vague.fired()).isFalse();
    assertThat(vague.explanation().render()).contains("[ ] address.detail contains any of \"村\"")
        .contains("(value: \"文三路 1 号\")").contains("[ ] address misses any of province, city, district");
  }

  @Test
  void aRuleSetIsSharedSafelyBetweenThreads() throws Exception {
    RuleSet set = BuiltInRules.defaults();
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      orders.add(clean("t-" + i, TestOrders.T0).shippingAddress(TestOrders.address(i % 2 == 0 ? "石牛村" : "文三路")).build());
    }
    List<Decision> expected = new ArrayList<>();
    for (Order o : orders) {
      expected.add(set.evaluate(EvaluationContext.of(o, clock)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<Decision>>> jobs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        jobs.add(() -> {
          List<Decision> out = new ArrayList<>();
          for (Order o : orders) {
            out.add(set.evaluate(EvaluationContext.of(o, clock)));
          }
          return out;
        });
      }
      for (Future<List<Decision>> f : pool.invokeAll(jobs)) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void contextsNeedATimeAndAskTheGeocoderOnce() {
    assertThatThrownBy(() -> EvaluationContext.builder(clean("o")).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at/clock");
    int[] calls = {0};
    EvaluationContext ctx = EvaluationContext.builder(clean("o")).clock(clock).geocoder(a -> {
      calls[0]++;
      return java.util.Optional.of(new io.orderhub.rules.spi.GeocodeResult(0.1, "city"));
    }).build();
    BuiltInRules.defaults().evaluate(ctx);
    assertThat(calls[0]).isEqualTo(1);
  }

  @Test
  void aDecisionRendersItsFiredRulesAndAsksTheLifecycleForHoldsAndFreezes() {
    Condition always = Condition.of("always", c -> true);
    RuleSet set = RuleSet.builder().queues(List.of("a", "b", "c"))
        .rule(Rule.builder("hold").priority(3).when(always).then(Outcome.hold("a", "why")).build())
        .rule(Rule.builder("approve").priority(2).when(always).then(Outcome.requireApproval("b", 2)).build())
        .rule(Rule.builder("route").priority(1).when(always).then(Outcome.routeTo("c")).then(Outcome.tag("t")).build())
        .build();
    Decision d = set.evaluate(EvaluationContext.of(clean("o"), clock));
    assertThat(d.lifecycleRequests()).extracting(LifecycleRequest::ruleId, LifecycleRequest::kind, LifecycleRequest::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("hold", LifecycleRequest.Kind.HOLD, "why"),
            org.assertj.core.groups.Tuple.tuple("approve", LifecycleRequest.Kind.HOLD, "approval-required"));
    assertThat(d.render()).isEqualTo(String.join("\n",
        "taobao-o:",
        "- hold -> [hold in a (why)]",
        "    [x] always",
        "- approve -> [approval by 2 in b]",
        "    [x] always",
        "- route -> [route to c, tag t]",
        "    [x] always"));
  }
}
