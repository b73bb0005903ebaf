package io.orderhub.rules;

import io.orderhub.core.internal.Checks;
import io.orderhub.rules.internal.Composite;
import io.orderhub.rules.internal.LambdaCondition;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A predicate over an {@link EvaluationContext} that can say why it matched. Compose conditions
 * with {@link #all}, {@link #any} and {@link #not}; use the typed built-ins of {@link Conditions};
 * write your own with {@link #of(String, Predicate)} or, to show the value looked at, {@link
 * #of(String, Function, Predicate)}.
 *
 * <p>Conditions must be thread-safe and deterministic for a given context: {@link #explain} must
 * agree with {@link #test}. The built-in conditions are value objects ({@code equals} compares
 * their parameters).
 */
public interface Condition {
  /** Whether the condition holds for {@code context}; the fast path, no explanation built. */
  boolean test(EvaluationContext context);

  /** Evaluates the condition and says why, down to the leaves with their actual values. */
  Explanation explain(EvaluationContext context);

  /** The condition in words, e.g. {@code paid amount > 5000.00 CNY}. */
  String description();

  /** The parts of a composite condition, empty for a leaf. */
  default List<Condition> children() {
    return List.of();
  }

  /** {@code all(this, other)}. */
  default Condition and(Condition other) {
    return all(this, other);
  }

  /** {@code any(this, other)}. */
  default Condition or(Condition other) {
    return any(this, other);
  }

  /** {@code not(this)}. */
  default Condition negate() {
    return not(this);
  }

  /**
   * Matches when every part matches (evaluated in order, stopping at the first that does not).
   *
   * @throws io.orderhub.core.InvalidValueException when there are no parts
   */
  static Condition all(Condition... parts) {
    return all(Arrays.asList(Checks.requireNonNull(parts, "all")));
  }

  /** See {@link #all(Condition...)}. */
  static Condition all(List<? extends Condition> parts) {
    return Composite.of(Composite.Kind.ALL, parts);
  }

  /**
   * Matches when at least one part matches (evaluated in order, stopping at the first that does).
   *
   * @throws io.orderhub.core.InvalidValueException when there are no parts
   */
  static Condition any(Condition... parts) {
    return any(Arrays.asList(Checks.requireNonNull(parts, "any")));
  }

  /** See {@link #any(Condition...)}. */
  static Condition any(List<? extends Condition> parts) {
    return Composite.of(Composite.Kind.ANY, parts);
  }

  /** Matches when {@code part} does not. */
  static Condition not(Condition part) {
    return Composite.of(Composite.Kind.NOT, List.of(Checks.requireNonNull(part, "not")));
  }

  /** A host condition written as a lambda; its explanation is the description alone. */
  static Condition of(String description, Predicate<EvaluationContext> test) {
    Checks.requireText(description, "description");
    Checks.requireNonNull(test, "test");
    return new LambdaCondition<>(description, c -> "", (c, v) -> test.test(c), false);
  }

  /**
   * A host condition that looks at one value: {@code value} extracts it, {@code test} decides, and
   * the explanation shows {@code String.valueOf(value)}. Do not extract personal data you would not
   * log: explanations end up in logs and screens.
   */
  static <T> Condition of(String description, Function<EvaluationContext, T> value, Predicate<? super T> test) {
    Checks.requireText(description, "description");
    Checks.requireNonNull(value, "value");
    Checks.requireNonNull(test, "test");
    return new LambdaCondition<>(description, value, (c, v) -> test.test(v), true);
  }
}
