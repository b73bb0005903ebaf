package io.orderhub.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.Money;
import io.orderhub.core.Order;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetJsonTest {
  private final RuleSetJson json = RuleSetJson.standard();

  private static String file(String queues, String rules) {
    return "{\"queues\": [" + queues + "], \"rules\": [" + rules + "]}";
  }

  private static String rule(String id, String when, String then) {
    return "{\"id\": \"" + id + "\", \"priority\": 5, \"when\": " + when + ", \"then\": [" + then + "]}";
  }

  private InvalidRuleFileException failure(String text) {
    try {
      json.read(text, "rules.json");
    } catch (InvalidRuleFileException e) {
      return e;
    }
    throw new AssertionError("no failure for " + text);
  }

  @Test
  void theDefaultJsonResourceIsExactlyTheDefaultRuleSet() {
    assertThat(json.readDefault()).isEqualTo(BuiltInRules.defaults());
  }

  @Test
  void aCustomConfigIsNotTheDefault() {
    RuleSet other = BuiltInRules.ruleSet(RulesConfig.custom().buyerMaxOrders(5).build());
    assertThat(json.readDefault()).isNotEqualTo(other);
  }

  @Test
  void composedRulesLoadAndEvaluate() {
    RuleSet set = json.read(file("\"vip\"", rule("big.village",
        "{\"all\": [{\"addressDetailContains\": {\"words\": [\"村\"]}}, {\"not\": {\"orderTagged\": {\"tag\": \"wholesale\"}}},"
            + " {\"paidAbove\": {\"amount\": \"50\", \"currency\": \"CNY\"}}]}",
        "{\"routeTo\": {\"queue\": \"vip\"}}, {\"tag\": {\"tag\": \"village\"}}")), "inline");
    Rule r = set.rule("big.village").orElseThrow();
    assertThat(r.condition()).isEqualTo(Condition.all(
        Conditions.addressDetailContainsAny(java.util.List.of("村")),
        Condition.not(Conditions.orderTagged("wholesale")),
        Conditions.paidAbove(Money.cny("50.00"))));
    assertThat(r.outcomes()).containsExactly(Outcome.routeTo("vip"), Outcome.tag("village"));
    Order o = TestOrders.clean("j-1", TestOrders.T0).shippingAddress(TestOrders.address("石牛村")).build();
    assertThat(set.evaluate(EvaluationContext.of(o, Clock.fixed(TestOrders.T0, ZoneOffset.UTC))).firedIds())
        .containsExactly("big.village");
  }

  @Test
  void durationsMayBeIsoOrShort() {
    RuleSet set = json.read(file("\"q\"", rule("r", "{\"refundRequestedWithin\": {\"afterPayment\": \"PT15M\"}}",
        "{\"requireApproval\": {\"queue\": \"q\", \"escalateAfter\": \"1d\"}}")), "inline");
    assertThat(set.rule("r").orElseThrow().condition()).isEqualTo(Conditions.refundRequestedWithin(Duration.ofMinutes(15)));
    assertThat(set.rule("r").orElseThrow().outcomes()).containsExactly(Outcome.requireApproval("q", 1, Duration.ofDays(1)));
  }

  @Test
  void anUndeclaredQueueNamesTheFileTheRuleAndThePath() {
    InvalidRuleFileException e = failure(file("\"address-review\"",
        rule("ok", "{\"lineTagged\": {\"tag\": \"x\"}}", "{\"routeTo\": {\"queue\": \"address-review\"}}") + ","
            + rule("bad", "{\"lineTagged\": {\"tag\": \"x\"}}", "{\"hold\": {\"queue\": \"adress-review\", \"reason\": \"r\"}}")));
    assertThat(e.source()).isEqualTo("rules.json");
    assertThat(e.ruleId()).contains("bad");
    assertThat(e.path()).isEqualTo("$.rules[1].then[0].hold.queue");
    assertThat(e.getMessage()).isEqualTo("rules.json: rule \"bad\": $.rules[1].then[0].hold.queue: adress-review "
        + "is not declared in $.queues [address-review]");
  }

  @Test
  void badConditionsAreReportedAtTheirPath() {
    assertThat(failure(file("\"q\"", rule("r", "{\"any\": [{\"lineTagged\": {\"tag\": \"x\"}}, {\"addressMissing\": "
        + "{\"parts\": [\"province\", \"street\"]}}]}", "{\"routeTo\": {\"queue\": \"q\"}}"))).getMessage())
        .isEqualTo("rules.json: rule \"r\": $.rules[0].when.any[1].addressMissing.parts[1]: street is not one of "
            + "province, city, district");
    assertThat(failure(file("\"q\"", rule("r", "{\"any\": []}", "{\"routeTo\": {\"queue\": \"q\"}}"))).path())
        .isEqualTo("$.rules[0].when.any");
    assertThat(failure(file("\"q\"", rule("r", "{\"adressMissing\": {}}", "{\"routeTo\": {\"queue\": \"q\"}}")))
        .getMessage()).contains("$.rules[0].when.adressMissing").contains("is not a known condition");
    assertThat(failure(file("\"q\"", rule("r", "{\"velocityCount\": {\"dimension\": \"buyer.email\", \"window\": \"24h\", "
        + "\"above\": 3}}", "{\"routeTo\": {\"queue\": \"q\"}}"))).getMessage())
        .contains("$.rules[0].when.velocityCount.dimension: buyer.email is not a known velocity dimension");
    assertThat(failure(file("\"q\"", rule("r", "{\"velocityCount\": {\"dimension\": \"sku\", \"window\": \"soon\", "
        + "\"above\": 3}}", "{\"routeTo\": {\"queue\": \"q\"}}"))).getMessage())
        .contains("$.rules[0].when.velocityCount.window: soon is not a duration");
    assertThat(failure(file("\"q\"", rule("r", "{\"geocodeConfidenceBelow\": {\"threshold\": 1.5}}",
        "{\"routeTo\": {\"queue\": \"q\"}}"))).getMessage())
        .contains("$.rules[0].when.geocodeConfidenceBelow.threshold").contains("is outside (0, 1]");
    assertThat(failure(file("\"q\"", rule("r", "{\"lineTagged\": {\"tag\": \"x\"}, \"orderTagged\": {\"tag\": \"y\"}}",
        "{\"routeTo\": {\"queue\": \"q\"}}"))).getMessage())
        .contains("$.rules[0].when: must have exactly one field naming the condition");
  }

  @Test
  void duplicateIdsUnknownFieldsAndMissingPartsAreReported() {
    String r = rule("same", "{\"lineTagged\": {\"tag\": \"x\"}}", "{\"routeTo\": {\"queue\": \"q\"}}");
    assertThat(failure(file("\"q\"", r + "," + r)).getMessage())
        .isEqualTo("rules.json: rule \"same\": $.rules[1].id: same duplicates the id at $.rules[0].id");
    assertThat(failure(file("\"q\"", "{\"id\": \"r\", \"when\": {\"lineTagged\": {\"tag\": \"x\"}}, \"then\": "
        + "[{\"routeTo\": {\"queue\": \"q\"}}], \"prority\": 3}")).getMessage())
        .contains("$.rules[0].prority: 3 is not a known field here");
    assertThat(failure(file("\"q\"", "{\"id\": \"r\", \"then\": [{\"routeTo\": {\"queue\": \"q\"}}]}")).getMessage())
        .isEqualTo("rules.json: rule \"r\": $.rules[0].when: is required");
    assertThat(failure(file("\"q\"", "{\"id\": \"r\", \"when\": {\"lineTagged\": {\"tag\": \"x\"}}}")).getMessage())
        .isEqualTo("rules.json: rule \"r\": $.rules[0].then: is required");
    assertThat(failure("{\"queues\": []}").getMessage()).isEqualTo("rules.json: $.rules: is required");
  }

  @Test
  void malformedJsonNamesTheLine() {
    assertThat(failure("{\"queues\": [\n\"q\",\n}").getMessage()).startsWith("rules.json: $: is not valid JSON at line 3");
  }

  @Test
  void aNumberOutOfRangeIsInvalidJsonNotACrash() {
    assertThat(failure("{\"queues\": [\"q\"], \"rules\": [], \"x\": 1e-99999999999}").getMessage())
        .startsWith("rules.json: $: is not valid JSON: a number is out of range");
  }

  @Test
  void hostConditionsCanBeRegistered() {
    RuleSetJson withNight = RuleSetJson.builder().condition("createdBeforeHour", p -> {
      int hour = p.requiredInt("hour");
      return Condition.of("created before " + hour + ":00 UTC",
          c -> c.order().createdAt().atZone(ZoneOffset.UTC).getHour(), h -> h < hour);
    }).build();
    RuleSet set = withNight.read(file("\"q\"", rule("night", "{\"createdBeforeHour\": {\"hour\": 6}}",
        "{\"routeTo\": {\"queue\": \"q\"}}")), "inline");
    assertThat(set.evaluate(EvaluationContext.of(TestOrders.clean("n"), Clock.fixed(TestOrders.T0, ZoneOffset.UTC)))
        .firedIds()).containsExactly("night");
    assertThatThrownBy(() -> withNight.read(file("\"q\"", rule("night", "{\"createdBeforeHour\": {}}",
        "{\"routeTo\": {\"queue\": \"q\"}}")), "inline"))
        .hasMessage("inline: rule \"night\": $.rules[0].when.createdBeforeHour.hour: is required");
  }

  @Test
  void aFileIsNamedInItsErrors(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("mine.json");
    Files.write(f, file("", rule("r", "{\"lineTagged\": {\"tag\": \"x\"}}", "{\"routeTo\": {\"queue\": \"q\"}}"))
        .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> json.read(f)).isInstanceOf(InvalidRuleFileException.class)
        .hasMessageStartingWith(f + ": rule \"r\": $.rules[0].then[0].routeTo.queue");
    assertThatThrownBy(() -> json.read(dir.resolve("missing.json"))).isInstanceOf(InvalidRuleFileException.class)
        .hasMessageContaining("missing.json");
  }
}
