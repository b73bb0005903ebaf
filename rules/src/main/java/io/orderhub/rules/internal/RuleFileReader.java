package io.orderhub.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import io.orderhub.core.Sku;
import io.orderhub.core.internal.Checks;
import io.orderhub.core.json.InvalidPayloadException;
import io.orderhub.core.json.OrderJson;
import io.orderhub.core.json.PayloadNode;
import io.orderhub.rules.AddressPart;
import io.orderhub.rules.Condition;
import io.orderhub.rules.Conditions;
import io.orderhub.rules.InvalidRuleFileException;
import io.orderhub.rules.InvalidRuleSetException;
import io.orderhub.rules.Outcome;
import io.orderhub.rules.Rule;
import io.orderhub.rules.RuleSet;
import io.orderhub.rules.StopPolicy;
import io.orderhub.rules.VelocityDimension;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads the rule-file JSON described in {@link io.orderhub.rules.RuleSetJson}. Immutable, thread-safe. */
public final class RuleFileReader {
  /** The built-in condition names, reserved. */
  public static final Set<String> BUILT_IN_CONDITIONS = Set.of("all", "any", "not", "addressDetailContains",
      "addressMissing", "velocityCount", "velocitySum", "refundRequestedWithin", "lineTagged", "orderTagged", "skuIn",
      "geocodeConfidenceBelow", "paidAbove");

  private static final JsonMapper MAPPER = OrderJson.hardenedMapper(4L << 20, 64, 1 << 20);
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})\\s*(s|m|h|d)");

  private final Map<String, Function<PayloadNode, Condition>> custom;
  private final Map<String, VelocityDimension> dimensions;

  public RuleFileReader(Map<String, Function<PayloadNode, Condition>> custom, Map<String, VelocityDimension> dimensions) {
    this.custom = Map.copyOf(custom);
    this.dimensions = Map.copyOf(dimensions);
  }

  /** Reads and validates a rule file. */
  public RuleSet read(byte[] json, String source) {
    JsonNode tree;
    try {
      tree = OrderJson.readTree(MAPPER, json);
    } catch (InvalidPayloadException e) {
      throw new InvalidRuleFileException(source, null, "$", e.getMessage(), e);
    }
    PayloadNode root = PayloadNode.root(tree);
    Document doc = new Document(source);
    try {
      return doc.read(root);
    } catch (InvalidPayloadException e) {
      throw new InvalidRuleFileException(source, doc.ruleId, e.path(), e.getMessage(), e);
    }
  }

  /** One reading: remembers the rule being read, for error messages. */
  private final class Document {
    private final String source;
    private @Nullable String ruleId;
    private Set<String> queues = Set.of();

    Document(String source) {
      this.source = source;
    }

    RuleSet read(PayloadNode root) {
      if (!root.isObject()) {
        throw root.fail("is not a JSON object");
      }
      onlyFields(root, "queues", "rules", "stopPolicy", "description");
      StopPolicy policy = root.text("stopPolicy").map(t -> root.parse("stopPolicy", t,
          s -> StopPolicy.valueOf(s), "is not one of " + Arrays.toString(StopPolicy.values()))).orElse(StopPolicy.EVALUATE_ALL);
      Set<String> declared = new LinkedHashSet<>();
      for (PayloadNode q : root.array("queues")) {
        String name = q.asText();
        check(q, () -> Checks.requireId(name, "queue"));
        if (!declared.add(name)) {
          throw q.fail("is declared twice");
        }
      }
      queues = declared;
      if (!root.has("rules")) {
        throw root.missing("rules");
      }
      List<Rule> rules = new ArrayList<>();
      Map<String, String> idPaths = new HashMap<>();
      for (PayloadNode r : root.array("rules")) {
        ruleId = null;
        Rule rule = rule(r);
        String earlier = idPaths.putIfAbsent(rule.id(), r.pathOf("id"));
        if (earlier != null) {
          throw r.fail("id", "duplicates the id at " + earlier);
        }
        rules.add(rule);
      }
      ruleId = null;
      try {
        return RuleSet.builder().queues(declared).rules(rules).stopPolicy(policy).build();
      } catch (InvalidRuleSetException e) {
        throw new InvalidRuleFileException(source, null, "$", "$: " + e.getMessage(), e);
      }
    }

    private Rule rule(PayloadNode r) {
      if (!r.isObject()) {
        throw r.fail("is not a rule object");
      }
      String id = r.requiredText("id");
      check(r.get("id").orElseThrow(), () -> Checks.requireId(id, "id"));
      ruleId = id;
      onlyFields(r, "id", "description", "priority", "when", "then");
      int priority = r.intValue("priority").orElse(0);
      String description = r.text("description").orElse("");
      Condition when = condition(r.object("when"));
      List<PayloadNode> then = r.array("then");
      if (then.isEmpty()) {
        throw r.missing("then");
      }
      Rule.Builder b = Rule.builder(id).description(description).priority(priority).when(when);
      for (PayloadNode o : then) {
        b.then(outcome(o));
      }
      return b.build();
    }

    // ------------------------------------------------------------------ conditions

    private Condition condition(PayloadNode node) {
      String kind = singleField(node, "condition");
      PayloadNode p = node.get(kind).orElseThrow(() -> node.missing(kind));
      switch (kind) {
        case "all":
        case "any": {
          List<PayloadNode> items = p.elements();
          if (items.isEmpty()) {
            throw p.fail("is empty: " + kind + " needs at least one condition");
          }
          List<Condition> parts = new ArrayList<>(items.size());
          for (PayloadNode item : items) {
            parts.add(condition(item));
          }
          return kind.equals("all") ? Condition.all(parts) : Condition.any(parts);
        }
        case "not":
          return Condition.not(condition(objectAt(p)));
        case "addressDetailContains": {
          params(p, "words");
          List<String> words = texts(p, "words", true);
          return check(p, () -> Conditions.addressDetailContainsAny(words));
        }
        case "addressMissing": {
          params(p, "parts");
          Set<AddressPart> parts = EnumSet.noneOf(AddressPart.class);
          for (PayloadNode part : nonEmptyArray(p, "parts")) {
            String name = part.asText();
            parts.add(AddressPart.fromJsonName(name).orElseThrow(() -> part.fail("is not one of province, city, district")));
          }
          return Conditions.addressMissingAny(parts);
        }
        case "velocityCount":
        case "velocitySum": {
          params(p, "dimension", "window", "above");
          String name = p.requiredText("dimension");
          VelocityDimension d = dimensions.get(name);
          if (d == null) {
            throw p.fail("dimension", "is not a known velocity dimension (known: " + new TreeSet<>(dimensions.keySet()) + ")");
          }
          Duration window = duration(p, "window");
          long above = p.requiredLong("above");
          return check(p, () -> kind.equals("velocityCount") ? Conditions.velocityCountAbove(d, window, above)
              : Conditions.velocitySumAbove(d, window, above));
        }
        case "refundRequestedWithin": {
          params(p, "afterPayment");
          Duration after = duration(p, "afterPayment");
          return check(p, () -> Conditions.refundRequestedWithin(after));
        }
        case "lineTagged":
        case "orderTagged": {
          params(p, "tag");
          String tag = p.requiredText("tag");
          return kind.equals("lineTagged") ? Conditions.anyLineTagged(tag) : Conditions.orderTagged(tag);
        }
        case "skuIn": {
          params(p, "skus");
          if (!p.get("skus").map(PayloadNode::isArray).orElse(false)) {
            throw p.get("skus").map(s -> s.fail("is not an array")).orElseGet(() -> p.missing("skus"));
          }
          List<Sku> skus = new ArrayList<>();
          for (PayloadNode s : p.array("skus")) {
            String v = s.asText();
            skus.add(check(s, () -> Sku.of(v)));
          }
          return Conditions.anySkuIn(skus);
        }
        case "geocodeConfidenceBelow": {
          params(p, "threshold");
          BigDecimal t = p.requiredDecimal("threshold");
          return check(p.get("threshold").orElseThrow(), () -> Conditions.geocodeConfidenceBelow(t.doubleValue()));
        }
        case "paidAbove": {
          params(p, "amount", "currency");
          String currency = p.requiredText("currency");
          Money m = p.parse("amount", p.requiredText("amount"), a -> Money.of(a, currency), "is not a money amount");
          return Conditions.paidAbove(m);
        }
        default: {
          Function<PayloadNode, Condition> factory = custom.get(kind);
          if (factory == null) {
            throw node.fail(kind, "is not a known condition (known: " + new TreeSet<>(BUILT_IN_CONDITIONS)
                + (custom.isEmpty() ? "" : " and " + new TreeSet<>(custom.keySet())) + ")");
          }
          return check(p, () -> factory.apply(p));
        }
      }
    }

    // ------------------------------------------------------------------ outcomes

    private Outcome outcome(PayloadNode node) {
      String kind = singleField(node, "outcome");
      PayloadNode p = objectAt(node.get(kind).orElseThrow(() -> node.missing(kind)));
      switch (kind) {
        case "routeTo": {
          params(p, "queue");
          String q = queue(p);
          return Outcome.routeTo(q);
        }
        case "hold": {
          params(p, "queue", "reason");
          String q = queue(p);
          String reason = p.requiredText("reason");
          return Outcome.hold(q, reason);
        }
        case "freezeShipment": {
          params(p, "queue");
          return Outcome.freezeShipment(queue(p));
        }
        case "tag": {
          params(p, "tag");
          String tag = p.requiredText("tag");
          return check(p, () -> Outcome.tag(tag));
        }
        case "flag": {
          params(p, "flag", "reasons");
          String flag = p.requiredText("flag");
          List<String> reasons = texts(p, "reasons", false);
          return check(p, () -> Outcome.flag(flag, reasons));
        }
        case "requireApproval": {
          params(p, "queue", "approvers", "escalateAfter");
          String q = queue(p);
          int approvers = p.intValue("approvers").orElse(1);
          if (approvers < 1) {
            throw p.fail("approvers", "is not at least 1");
          }
          if (p.has("escalateAfter")) {
            Duration after = duration(p, "escalateAfter");
            return check(p, () -> Outcome.requireApproval(q, approvers, after));
          }
          return Outcome.requireApproval(q, approvers);
        }
        case "skipStockLock":
          params(p);
          return Outcome.skipStockLock();
        default:
          throw node.fail(kind, "is not a known outcome (known: flag, freezeShipment, hold, requireApproval, routeTo, "
              + "skipStockLock, tag)");
      }
    }

    private String queue(PayloadNode p) {
      String q = p.requiredText("queue");
      if (!queues.contains(q)) {
        throw p.fail("queue", "is not declared in $.queues " + queues);
      }
      return q;
    }

    // ------------------------------------------------------------------ helpers

    private String singleField(PayloadNode node, String what) {
      if (!node.isObject()) {
        throw node.fail("is not " + (what.equals("outcome") ? "an outcome" : "a condition") + " object");
      }
      List<String> names = node.fieldNames();
      if (names.size() != 1) {
        throw node.fail("must have exactly one field naming the " + what + ", found " + names);
      }
      return names.get(0);
    }

    private PayloadNode objectAt(PayloadNode p) {
      if (!p.isObject()) {
        throw p.fail("is not an object");
      }
      return p;
    }

    private void params(PayloadNode p, String... allowed) {
      objectAt(p);
      onlyFields(p, allowed);
    }

    private List<PayloadNode> nonEmptyArray(PayloadNode p, String field) {
      PayloadNode a = p.get(field).orElseThrow(() -> p.missing(field));
      List<PayloadNode> items = a.elements();
      if (items.isEmpty()) {
        throw a.fail("is empty");
      }
      return items;
    }

    private List<String> texts(PayloadNode p, String field, boolean required) {
      List<PayloadNode> items = required ? nonEmptyArray(p, field) : p.array(field);
      List<String> out = new ArrayList<>(items.size());
      for (PayloadNode item : items) {
        String t = item.asText();
        if (t.isBlank()) {
          throw item.fail("is blank");
        }
        out.add(t);
      }
      return out;
    }

    private Duration duration(PayloadNode p, String field) {
      String text = p.requiredText(field);
      Duration d = p.parse(field, text, RuleFileReader::parseDuration, "is not a duration like PT10M, 10m or 24h");
      if (d.isNegative() || d.isZero()) {
        throw p.fail(field, "is not positive");
      }
      return d;
    }
  }

  /** ISO-8601 ({@code PT10M}) or short ({@code 10m}, {@code 24h}, {@code 30s}, {@code 1d}). */
  static Duration parseDuration(String text) {
    String t = text.strip();
    Matcher m = SHORT_DURATION.matcher(t.toLowerCase(Locale.ROOT));
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "s":
          return Duration.ofSeconds(n);
        case "m":
          return Duration.ofMinutes(n);
        case "h":
          return Duration.ofHours(n);
        default:
          return Duration.ofDays(n);
      }
    }
    try {
      return Duration.parse(t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static void onlyFields(PayloadNode node, String... allowed) {
    List<String> known = Arrays.asList(allowed);
    for (String name : node.fieldNames()) {
      if (!known.contains(name)) {
        throw node.fail(name, "is not a known field here (known: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
      }
    }
  }

  /** Runs {@code build}, turning an {@link InvalidValueException} into an error at {@code at}'s path. */
  private static <T> T check(PayloadNode at, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      throw new InvalidPayloadException(at.path(), e.value(), e.field() + " " + e.problem(), e);
    }
  }
}
