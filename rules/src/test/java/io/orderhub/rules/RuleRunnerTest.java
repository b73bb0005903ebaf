package io.orderhub.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Order;
import io.orderhub.rules.spi.VelocityKey;
import io.orderhub.rules.spi.VelocityStore;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleRunnerTest {
  private final Clock clock = Clock.fixed(TestOrders.T0.plusSeconds(3600), ZoneOffset.UTC);

  @Test
  void aWindowLongerThanTheStoreHorizonIsRejectedAtBuild() {
    RuleSet set = BuiltInRules.ruleSet(RulesConfig.custom().buyerWindow(Duration.ofDays(2)).build());
    assertThatThrownBy(() -> RuleRunner.builder(set).clock(clock).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("rule buyer.velocity: window").hasMessageContaining("horizon");
    assertThat(RuleRunner.builder(set).clock(clock)
        .velocityStore(VelocityStore.inMemory(Duration.ofDays(2), Duration.ofMinutes(10))).build()).isNotNull();
    assertThatThrownBy(() -> RuleRunner.builder(set).build()).hasMessageContaining("clock");
  }

  @Test
  void reevaluatingDoesNotCountTheOrderAgain() {
    RuleRunner runner = RuleRunner.builder(BuiltInRules.defaults()).clock(clock).build();
    Order o = TestOrders.clean("rr-1");
    assertThat(runner.evaluate(o).isClear()).isTrue();
    assertThat(runner.reevaluate(o, clock.instant()).isClear()).isTrue();
    assertThat(runner.velocityStore().query(new VelocityKey("buyer.phone", TestOrders.PHONE), clock.instant(),
        Duration.ofHours(2)).count()).isEqualTo(1);
  }

  @Test
  void hostDimensionsAreTrackedForHostConditions() {
    VelocityDimension channel = VelocityDimension.of("channel",
        o -> List.of(VelocityDimension.Entry.of(o.channel().value(), 1, o.channel().value())));
    Condition busy = Condition.of("more than 2 orders from the channel in 2 hours",
        c -> c.velocity().totals(new VelocityKey("channel", c.order().channel().value()), Duration.ofHours(2)).count(),
        n -> n > 2);
    RuleSet set = RuleSet.builder().queue("ops").rule(Rule.builder("channel.busy").when(busy)
        .then(Outcome.routeTo("ops")).build()).build();
    RuleRunner runner = RuleRunner.builder(set).clock(clock).track(channel).build();
    Decision last = null;
    for (int i = 0; i < 3; i++) {
      last = runner.evaluate(TestOrders.clean("ch-" + i));
    }
    assertThat(last.firedIds()).containsExactly("channel.busy");
    assertThat(last.result("channel.busy").orElseThrow().explanation().line())
        .isEqualTo("more than 2 orders from the channel in 2 hours (value: 3)");
    assertThatThrownBy(() -> VelocityDimension.of("sku", o -> List.of())).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void replayingJsonLinesAccumulatesVelocityInOrderTime() throws Exception {
    RuleRunner runner = RuleRunner.builder(BuiltInRules.defaults()).clock(clock).build();
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    String last = null;
    for (int i = 0; i < 4; i++) {
      Order o = TestOrders.withLine(TestOrders.clean("js-" + i, TestOrders.T0.plusSeconds(600L * i)),
          TestOrders.line("S-" + i, 1)).build();
      last = runner.replayJsonLine(io.orderhub.core.json.OrderJson.standard().write(o));
    }
    com.fasterxml.jackson.databind.JsonNode d = mapper.readTree(last);
    assertThat(d.get("externalId").asText()).isEqualTo("js-3");
    assertThat(d.get("evaluatedAt").asText()).isEqualTo(TestOrders.T0.plusSeconds(1800).toString());
    assertThat(d.get("fired").toString()).isEqualTo("[\"buyer.velocity\"]");
    assertThatThrownBy(() -> runner.replayJsonLine("{\"id\": 1}"))
        .isInstanceOf(io.orderhub.core.json.InvalidPayloadException.class).hasMessageStartingWith("$.");
  }
}
