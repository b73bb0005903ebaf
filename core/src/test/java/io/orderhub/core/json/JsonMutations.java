package io.orderhub.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Damage a broken or hostile producer does to a JSON document, for fuzz properties over every
 * reader of untrusted JSON (platform payloads, warehouses files, rule files, mapping files): a
 * field or element somewhere in the tree removed, or its value replaced.
 */
public final class JsonMutations {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /**
   * Values that have broken readers: nulls, empties, wrong types, numbers beyond every range
   * (including exponents that expand to a billion digits), durations that overflow, control
   * characters, very long text and small structures where a value belongs. The containers are
   * mutable: insert copies.
   */
  public static final List<JsonNode> HOSTILE_VALUES = List.of(
      F.nullNode(), F.textNode(""), F.textNode("x"), F.textNode("-1"), F.textNode("1e999999999"),
      F.textNode("13E79246801358"), F.numberNode(-1), F.numberNode(0), F.numberNode(1.5), F.numberNode(Long.MAX_VALUE),
      F.numberNode(new BigDecimal("1E+400")), F.numberNode(new BigDecimal("-0.5")), F.numberNode(Double.NaN),
      F.textNode("NaN"), F.booleanNode(true), F.arrayNode(), F.objectNode(), F.textNode("2026-02-30"),
      F.textNode("99999999999999d"), F.textNode("-5m"), F.textNode("Mars/Olympus"), F.textNode("\u0000\u202e"),
      F.textNode("y".repeat(10_000)), F.objectNode().set("any", F.arrayNode()), F.arrayNode().add(F.objectNode()));

  private JsonMutations() {}

  /** {@code json} parsed, {@link #mutate(JsonNode, Random) mutated} {@code times} times, and written back. */
  public static byte[] mutated(byte[] json, int times, Random random) {
    JsonNode root = OrderJson.standard().readTree(json);
    for (int i = 0; i < times; i++) {
      mutate(root, random);
    }
    return root.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A copy of {@code bytes} cut to its first {@code at % length} bytes, or else with the byte at
   * {@code at % length} flipped by {@code mask}: a truncated upload or a damaged file.
   */
  public static byte[] flippedOrCut(byte[] bytes, int at, int mask, boolean cut) {
    if (cut) {
      return Arrays.copyOf(bytes, at % bytes.length);
    }
    byte[] copy = bytes.clone();
    copy[at % copy.length] ^= (byte) mask;
    return copy;
  }

  /** {@link #mutate(JsonNode, Random, UnaryOperator)} with one of {@link #HOSTILE_VALUES}. */
  public static void mutate(JsonNode root, Random random) {
    // a copy: the containers among them must not end up shared, or inside themselves
    mutate(root, random, old -> HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size())).deepCopy());
  }

  /**
   * Picks a random object or array in {@code root} (itself included) and one of its fields or
   * elements, and removes it one time in four, or else replaces its value with {@code
   * replacement} applied to the old one. Does nothing when there is no container or the picked
   * one is empty.
   */
  public static void mutate(JsonNode root, Random random, UnaryOperator<JsonNode> replacement) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    if (containers.isEmpty()) {
      return;
    }
    JsonNode parent = containers.get(random.nextInt(containers.size()));
    if (parent.isEmpty()) {
      return;
    }
    boolean remove = random.nextInt(4) == 0;
    if (parent instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      if (remove) {
        o.remove(name);
      } else {
        o.set(name, replacement.apply(o.get(name)));
      }
    } else if (parent instanceof ArrayNode a) {
      int i = random.nextInt(a.size());
      if (remove) {
        a.remove(i);
      } else {
        a.set(i, replacement.apply(a.get(i)));
      }
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
