package io.orderhub.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orderhub.core.json.InvalidPayloadException;
import io.orderhub.core.json.OrderJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A damaged warehouses file is an {@link InvalidPayloadException} naming a JSON path, never another
 * exception: values swapped for hostile ones, fields removed, bytes flipped or cut.
 */
class WarehouseFileFuzzProperties {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final byte[] FILE = WarehouseFileTest.FILE.getBytes(StandardCharsets.UTF_8);
  private static final List<JsonNode> HOSTILE = List.of(
      F.nullNode(), F.textNode(""), F.textNode("x"), F.textNode("-1"), F.textNode("1e999999999"), F.numberNode(-1),
      F.numberNode(Long.MAX_VALUE), F.numberNode(new BigDecimal("1E+400")), F.numberNode(new BigDecimal("-0.5")),
      F.numberNode(Double.NaN), F.numberNode(1.5), F.booleanNode(true), F.arrayNode(), F.objectNode(),
      F.textNode("2026-02-30"), F.textNode("Mars/Olympus"), F.textNode("\u0000"), F.textNode("y".repeat(10_000)));

  @Property(tries = 400)
  void swappedOrRemovedValuesAreInvalidPayloadsNamingAPath(
      @ForAll @IntRange(min = 1, max = 4) int swaps, @ForAll long seed) {
    Random random = new Random(seed);
    JsonNode root = OrderJson.standard().readTree(FILE);
    for (int i = 0; i < swaps; i++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(root, containers);
      JsonNode parent = containers.get(random.nextInt(containers.size()));
      if (parent.isEmpty()) {
        continue;
      }
      JsonNode value = HOSTILE.get(random.nextInt(HOSTILE.size()));
      boolean remove = random.nextInt(5) == 0;
      if (parent instanceof ObjectNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        if (remove) {
          o.remove(name);
        } else {
          o.set(name, value);
        }
      } else if (parent instanceof ArrayNode a) {
        int at = random.nextInt(a.size());
        if (remove) {
          a.remove(at);
        } else {
          a.set(at, value);
        }
      }
    }
    assertReadOrInvalid(root.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 200)
  void flippedOrCutBytesAreInvalidPayloads(
      @ForAll @IntRange(min = 0, max = 5_000) int at, @ForAll @IntRange(min = 1, max = 127) int mask,
      @ForAll boolean cut) {
    byte[] bytes = cut ? Arrays.copyOf(FILE, at % FILE.length) : FILE.clone();
    if (!cut) {
      bytes[at % bytes.length] ^= (byte) mask;
    }
    assertReadOrInvalid(bytes);
  }

  private static void assertReadOrInvalid(byte[] json) {
    try {
      WarehouseSetup setup = WarehouseFile.read(json);
      assertThat(setup.config().warehouses()).isNotNull();
    } catch (InvalidPayloadException e) {
      assertThat(e.path()).startsWith("$");
      assertThat(e.getMessage()).startsWith(e.path() + ": ");
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collect(it.next(), out);
      }
    }
  }
}
