package io.orderhub.rules;

import io.orderhub.core.Order;
import io.orderhub.rules.spi.VelocityStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.api.Assertions;

/**
 * The runner's fast path (record and read each velocity window in one store call, totals kept in
 * the context) decides exactly what the plain path decides: record, then evaluate a context built
 * with {@link EvaluationContext#builder} over the same store.
 */
class RuleRunnerProperties {
  private static final List<String> SKUS = List.of("TEA-1", "TEA-2", "CUP-1");
  private static final List<String> PHONES = List.of("13800001111", "13900002222");

  /** An order: which buyer and phone, minutes after T0, SKU, quantity and a second line. */
  record Spec(int buyer, int phone, int minutes, int sku, int quantity, boolean twoLines) {}

  @Provide
  Arbitrary<List<Spec>> streams() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 1),
            Arbitraries.integers().between(0, 3000), Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(1, 2), Arbitraries.of(true, false))
        .as(Spec::new).list().ofMaxSize(25);
  }

  private static Order order(int i, Spec s) {
    Instant at = TestOrders.T0.plusSeconds(60L * s.minutes());
    Order.Builder b = TestOrders.clean("p-" + i, at)
        .buyer(new io.orderhub.core.Buyer(s.buyer() == 2 ? null : "buyer-" + s.buyer(), null,
            io.orderhub.core.Phone.of(PHONES.get(s.phone()))));
    List<io.orderhub.core.OrderLine> lines = new ArrayList<>();
    lines.add(TestOrders.line(SKUS.get(s.sku()), s.quantity()));
    if (s.twoLines()) {
      lines.add(TestOrders.line(SKUS.get((s.sku() + 1) % SKUS.size()), s.quantity()));
    }
    io.orderhub.core.Money total = lines.get(0).total();
    for (int l = 1; l < lines.size(); l++) {
      total = total.plus(lines.get(l).total());
    }
    return b.lines(lines).amounts(io.orderhub.core.Amounts.of(total)).build();
  }

  @Property(tries = 200)
  void theFastPathDecidesWhatRecordingThenEvaluatingDecides(@ForAll("streams") List<Spec> specs) {
    RuleSet set = BuiltInRules.ruleSet(RulesConfig.custom().buyerMaxOrders(1).build());
    Clock clock = Clock.fixed(TestOrders.T0, ZoneOffset.UTC);
    RuleRunner fast = RuleRunner.builder(set).clock(clock).build();
    VelocityStore slowStore = VelocityStore.inMemory();
    RuleRunner recorder = RuleRunner.builder(set).clock(clock).velocityStore(slowStore).build();
    for (int i = 0; i < specs.size(); i++) {
      Order o = order(i, specs.get(i));
      Instant now = o.createdAt().plusSeconds(30);
      Decision d = fast.evaluate(o, now);
      recorder.record(o);
      Decision slow = set.evaluate(EvaluationContext.builder(o).at(now).history(OrderHistory.fromOrder(o))
          .velocity(VelocityFacts.of(slowStore, now)).build(), Explain.FIRED);
      Assertions.assertThat(d).isEqualTo(slow);
    }
  }
}
