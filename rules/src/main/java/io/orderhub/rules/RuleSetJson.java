package io.orderhub.rules;

import io.orderhub.core.internal.Checks;
import io.orderhub.core.json.PayloadNode;
import io.orderhub.rules.internal.RuleFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads rule sets from JSON rule files. A file declares its queues and rules; each rule has an
 * {@code id}, a {@code description}, a {@code priority}, a {@code when} condition and a {@code
 * then} list of outcomes. Conditions and outcomes are objects with a single field naming their
 * kind:
 *
 * <pre>{@code
 * {
 *   "stopPolicy": "EVALUATE_ALL",
 *   "queues": ["address-review"],
 *   "rules": [{
 *     "id": "address.vague", "description": "...", "priority": 70,
 *     "when": {"any": [
 *       {"addressDetailContains": {"words": ["村", "组"]}},
 *       {"addressMissing": {"parts": ["province", "city", "district"]}}]},
 *     "then": [{"routeTo": {"queue": "address-review"}}]
 *   }]
 * }
 * }</pre>
 *
 * <p>Conditions: {@code all} / {@code any} (arrays), {@code not} (object), {@code
 * addressDetailContains {words}}, {@code addressMissing {parts}}, {@code velocityCount} and {@code
 * velocitySum {dimension, window, above}}, {@code refundRequestedWithin {afterPayment}}, {@code
 * lineTagged {tag}}, {@code orderTagged {tag}}, {@code skuIn {skus}}, {@code geocodeConfidenceBelow
 * {threshold}}, {@code paidAbove {amount, currency}}, plus any registered with {@link
 * Builder#condition}. Outcomes: {@code routeTo {queue}}, {@code hold {queue, reason}}, {@code tag
 * {tag}}, {@code flag {flag, reasons}}, {@code freezeShipment {queue}}, {@code requireApproval
 * {queue, approvers, escalateAfter}}, {@code skipStockLock {}}. Durations are ISO-8601 ({@code
 * PT10M}) or short ({@code 10m}, {@code 24h}, {@code 30s}, {@code 1d}).
 *
 * <p>Loading is strict: an unknown field, a queue not declared, a duplicate id, an empty {@code
 * all} or a bad value fails with an {@link InvalidRuleFileException} naming the file, the rule and
 * the JSON path. Instances are immutable and thread-safe.
 */
public final class RuleSetJson {
  private static final RuleSetJson STANDARD = builder().build();

  private final RuleFileReader reader;

  private RuleSetJson(Builder b) {
    this.reader = new RuleFileReader(b.conditions, b.dimensions);
  }

  /** The loader with the built-in conditions and velocity dimensions. */
  public static RuleSetJson standard() {
    return STANDARD;
  }

  /** A builder, to register host conditions and velocity dimensions. */
  public static Builder builder() {
    return new Builder();
  }

  /** Reads a rule file. */
  public RuleSet read(Path file) {
    Checks.requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InvalidRuleFileException(file.toString(), null, "$", "cannot be read: " + e, e);
    }
    return read(bytes, file.toString());
  }

  /** Reads rule-file JSON; {@code source} names it in errors. */
  public RuleSet read(byte[] json, String source) {
    Checks.requireNonNull(json, "json");
    return reader.read(json, Checks.requireNonNull(source, "source"));
  }

  /** Reads rule-file JSON from a string; {@code source} names it in errors. */
  public RuleSet read(String json, String source) {
    return read(Checks.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8), source);
  }

  /** The default rule set, read from {@link BuiltInRules#DEFAULT_JSON_RESOURCE}. */
  public RuleSet readDefault() {
    return read(BuiltInRules.defaultJson(), "classpath:" + BuiltInRules.DEFAULT_JSON_RESOURCE);
  }

  /** Builds a {@link RuleSetJson} that also knows the host's conditions and dimensions. */
  public static final class Builder {
    private final Map<String, Function<PayloadNode, Condition>> conditions = new LinkedHashMap<>();
    private final Map<String, VelocityDimension> dimensions = new LinkedHashMap<>();

    private Builder() {
      for (VelocityDimension d : VelocityDimension.builtIns()) {
        dimensions.put(d.name(), d);
      }
    }

    /**
     * Registers a host condition under {@code name}: {@code factory} gets the condition's parameter
     * object (read it through {@link PayloadNode}, whose errors name the JSON path).
     */
    public Builder condition(String name, Function<PayloadNode, Condition> factory) {
      Checks.requireId(name, "condition name");
      Checks.requireArgument(!RuleFileReader.BUILT_IN_CONDITIONS.contains(name) && !conditions.containsKey(name),
          "condition name", name, "is already taken");
      conditions.put(name, Checks.requireNonNull(factory, "factory"));
      return this;
    }

    /** Makes a host velocity dimension usable in {@code velocityCount} and {@code velocitySum}. */
    public Builder dimension(VelocityDimension dimension) {
      Checks.requireNonNull(dimension, "dimension");
      Checks.requireArgument(!dimensions.containsKey(dimension.name()), "dimension", dimension.name(),
          "is already registered");
      dimensions.put(dimension.name(), dimension);
      return this;
    }

    /** The immutable loader. */
    public RuleSetJson build() {
      return new RuleSetJson(this);
    }
  }
}
