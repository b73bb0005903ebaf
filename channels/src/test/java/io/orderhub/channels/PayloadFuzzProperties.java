package io.orderhub.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Order;
import io.orderhub.core.json.JsonMutations;
import io.orderhub.core.json.OrderJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Bad input never escapes as anything but a {@link PayloadException}: mutated fixtures (fields
 * deleted, types swapped, numbers as strings, huge strings, deep nesting), truncated payloads and
 * random bytes either normalise or fail with the channel, a JSON path and the raw bytes.
 */
class PayloadFuzzProperties {
  private static final Channels CHANNELS = Channels.builtIns();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  /** A bare or quoted number in a JSON text: digits after a colon, bracket, comma or quote. */
  private static final Pattern NUMBER_TOKEN = Pattern.compile("(?<=[:\\[,\"])\\s*-?\\d+(\\.\\d+)?");

  record Fixture(String channel, String name) {
    byte[] bytes() {
      return Fixtures.bytes(channel, name);
    }
  }

  @Provide
  Arbitrary<Fixture> fixtures() {
    List<Fixture> all = new ArrayList<>();
    for (String c : Fixtures.CHANNELS) {
      for (String n : Fixtures.names(c)) {
        all.add(new Fixture(c, n));
      }
    }
    return Arbitraries.of(all);
  }

  @Property(tries = 400)
  void mutatedFixturesOnlyEverFailWithAPayloadException(
      @ForAll("fixtures") Fixture fixture, @ForAll @IntRange(min = 1, max = 6) int mutations, @ForAll long seed) {
    Random random = new Random(seed);
    JsonNode tree = OrderJson.standard().readTree(fixture.bytes());
    for (int i = 0; i < mutations; i++) {
      JsonMutations.mutate(tree, random, old -> replacement(old, random));
    }
    byte[] payload = tree.toString().getBytes(StandardCharsets.UTF_8);

    assertOnlyPayloadException(fixture.channel(), payload);
  }

  @Property(tries = 200)
  void truncatedFixturesFailWithAPayloadException(
      @ForAll("fixtures") Fixture fixture, @ForAll @IntRange(min = 0, max = 100_000) int cut) {
    byte[] bytes = fixture.bytes();
    byte[] truncated = Arrays.copyOf(bytes, Math.min(cut, bytes.length - 1));

    assertOnlyPayloadException(fixture.channel(), truncated);
  }

  @Property(tries = 200)
  void randomBytesFailWithAPayloadException(@ForAll("fixtures") Fixture fixture, @ForAll byte[] bytes) {
    assertOnlyPayloadException(fixture.channel(), bytes);
  }

  @Property(tries = 100)
  void flippedBytesInAFixtureOnlyEverFailWithAPayloadException(
      @ForAll("fixtures") Fixture fixture, @ForAll("flips") List<Integer> positions) {
    byte[] bytes = fixture.bytes();
    for (int p : positions) {
      bytes[Math.floorMod(p, bytes.length)] ^= (byte) (1 + Math.floorMod(p, 127));
    }

    assertOnlyPayloadException(fixture.channel(), bytes);
  }

  /**
   * A number token swapped for one at the edge of what a reader can hold: an exponent beyond
   * {@code int} range (which jackson-core reports with a bare {@code NumberFormatException}), huge
   * and tiny exponents, more digits than a {@code long}. Found by the byte-flip property above.
   */
  @Property(tries = 300)
  void extremeNumbersOnlyEverFailWithAPayloadException(
      @ForAll("fixtures") Fixture fixture, @ForAll @IntRange(min = 0, max = 10_000) int which,
      @ForAll("extremeNumbers") String number) {
    String text = new String(fixture.bytes(), StandardCharsets.UTF_8);
    List<int[]> tokens = new ArrayList<>();
    Matcher m = NUMBER_TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(new int[] {m.start(), m.end()});
    }
    int[] token = tokens.get(which % tokens.size());
    byte[] payload = (text.substring(0, token[0]) + number + text.substring(token[1])).getBytes(StandardCharsets.UTF_8);

    assertOnlyPayloadException(fixture.channel(), payload);
  }

  @Provide
  Arbitrary<String> extremeNumbers() {
    return Arbitraries.of("13E79246801358", "13E-79246801358", "1e999999999", "-1E-999999999", "1e2147483648",
        "9223372036854775808", "-9223372036854775809", "1" + "0".repeat(60), "0." + "0".repeat(60) + "1", "-0",
        "1e-7", "0E+3");
  }

  @Provide
  Arbitrary<List<Integer>> flips() {
    return Arbitraries.integers().list().ofMinSize(1).ofMaxSize(8);
  }

  private static void assertOnlyPayloadException(String channel, byte[] payload) {
    try {
      Order order = CHANNELS.normalize(ChannelId.of(channel), payload);
      assertThat(order.lines()).isNotEmpty();
    } catch (PayloadException e) {
      assertThat(e.path()).startsWith("$");
      assertThat(e.rawPayload()).isEqualTo(payload);
      assertThat(e.channel().value()).isEqualTo(channel);
    }
  }

  // ------------------------------------------------------------------ mutations

  private static JsonNode replacement(JsonNode old, Random random) {
    return switch (random.nextInt(12)) {
      case 0 -> F.nullNode();
      case 1 -> F.textNode(old.isValueNode() ? old.asText() : old.toString()); // numbers as strings
      case 2 -> old.isTextual() && old.asText().matches("-?\\d{1,18}") ? F.numberNode(Long.parseLong(old.asText()))
          : F.numberNode(random.nextLong());
      case 3 -> F.textNode("x".repeat(random.nextInt(200_000)));
      case 4 -> nest(random.nextInt(40));
      case 5 -> F.objectNode().put("unexpected", true);
      case 6 -> F.arrayNode().add(old);
      case 7 -> F.booleanNode(random.nextBoolean());
      case 8 -> F.numberNode(new java.math.BigDecimal("1E+" + random.nextInt(400)));
      case 9 -> F.textNode("-" + random.nextInt(1000) + ".123456");
      case 10 -> F.textNode("\u0000\u202e\uD83D\uDE00 " + random.nextInt());
      default -> F.textNode("");
    };
  }

  private static JsonNode nest(int depth) {
    JsonNode n = F.textNode("deep");
    for (int i = 0; i < depth; i++) {
      n = i % 2 == 0 ? F.arrayNode().add(n) : F.objectNode().set("k", n);
    }
    return n;
  }
}
