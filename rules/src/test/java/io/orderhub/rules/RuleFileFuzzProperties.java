package io.orderhub.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.json.JsonMutations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A damaged rule file is an {@link InvalidRuleFileException} naming the file, never another
 * exception; and a rule file that reads evaluates an order without failing. The damage: the
 * bundled default rules with values swapped for hostile ones, fields removed, bytes flipped or cut.
 */
class RuleFileFuzzProperties {
  private static final byte[] DEFAULTS = defaults();

  @Property(tries = 400)
  void swappedOrRemovedValuesAreInvalidRuleFilesOrEvaluate(
      @ForAll @IntRange(min = 1, max = 4) int mutations, @ForAll long seed) {
    assertReadsAndEvaluatesOrIsInvalid(JsonMutations.mutated(DEFAULTS, mutations, new Random(seed)));
  }

  @Property(tries = 200)
  void flippedOrCutBytesAreInvalidRuleFiles(
      @ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll @IntRange(min = 1, max = 127) int mask,
      @ForAll boolean cut) {
    assertReadsAndEvaluatesOrIsInvalid(JsonMutations.flippedOrCut(DEFAULTS, at, mask, cut));
  }

  private static void assertReadsAndEvaluatesOrIsInvalid(byte[] json) {
    RuleSet set;
    try {
      set = RuleSetJson.standard().read(json, "rules.json");
    } catch (InvalidRuleFileException e) {
      assertThat(e.getMessage()).startsWith("rules.json: ");
      return;
    }
    EvaluationContext context = EvaluationContext.of(TestOrders.clean("fuzz"), Clock.fixed(TestOrders.T0, ZoneOffset.UTC));
    assertThat(set.evaluate(context)).isNotNull();
  }

  private static byte[] defaults() {
    try (InputStream in = RuleSetJson.class.getResourceAsStream("default-rules.json")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
