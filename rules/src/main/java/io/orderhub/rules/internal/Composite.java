package io.orderhub.rules.internal;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.internal.Checks;
import io.orderhub.rules.Condition;
import io.orderhub.rules.EvaluationContext;
import io.orderhub.rules.Explanation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code all}, {@code any} and {@code not}: a value object, equal when kind and parts are equal.
 *
 * @param kind which composition
 * @param parts the parts, in evaluation order (exactly one for {@code not})
 */
public record Composite(Kind kind, List<Condition> parts) implements Condition {
  /** The compositions. */
  public enum Kind {
    ALL("all of"),
    ANY("any of"),
    NOT("not");

    private final String words;

    Kind(String words) {
      this.words = words;
    }
  }

  /** Checks the parts (none null, at least one, exactly one for {@code not}) and copies them. */
  public static Composite of(Kind kind, List<? extends Condition> parts) {
    Checks.requireNonNull(kind, "kind");
    String field = kind.name().toLowerCase(Locale.ROOT);
    Checks.requireNonNull(parts, field);
    List<Condition> copy = new ArrayList<>(parts.size());
    for (Condition c : parts) {
      copy.add(Checks.requireNonNull(c, field + "[]"));
    }
    return new Composite(kind, copy);
  }

  public Composite {
    Checks.requireNonNull(kind, "kind");
    parts = List.copyOf(Checks.requireNonNull(parts, "parts"));
    if (parts.isEmpty()) {
      throw new InvalidValueException(kind.name().toLowerCase(Locale.ROOT), "[]",
          "has no conditions (an empty " + kind.words + " is ambiguous)");
    }
    if (kind == Kind.NOT && parts.size() != 1) {
      throw new InvalidValueException("not", parts.size(), "needs exactly one condition");
    }
  }

  @Override
  public boolean test(EvaluationContext context) {
    switch (kind) {
      case ALL:
        for (int i = 0; i < parts.size(); i++) {
          if (!parts.get(i).test(context)) {
            return false;
          }
        }
        return true;
      case ANY:
        for (int i = 0; i < parts.size(); i++) {
          if (parts.get(i).test(context)) {
            return true;
          }
        }
        return false;
      default:
        return !parts.get(0).test(context);
    }
  }

  @Override
  public Explanation explain(EvaluationContext context) {
    Explanation[] children = new Explanation[parts.size()];
    int matchedChildren = 0;
    for (int i = 0; i < children.length; i++) {
      children[i] = parts.get(i).explain(context);
      if (children[i].matched()) {
        matchedChildren++;
      }
    }
    boolean matched;
    switch (kind) {
      case ALL:
        matched = matchedChildren == children.length;
        break;
      case ANY:
        matched = matchedChildren > 0;
        break;
      default:
        matched = matchedChildren == 0;
    }
    return Explanation.node(kind.words, matched, List.of(children));
  }

  /**
   * What {@code condition.explain(context).pruned()} gives for a condition that matched, without
   * explaining what pruning drops: the parts of a matched {@code any} that did not match are found
   * with {@link Condition#test} (which agrees with {@code explain}) and not explained at all. This is
   * how a rule set explains the rules that fired.
   */
  public static Explanation explainMatched(Condition condition, EvaluationContext context) {
    if (!(condition instanceof Composite) || ((Composite) condition).kind == Kind.NOT) {
      return condition.explain(context).pruned();
    }
    Composite c = (Composite) condition;
    // ALL: every part matched; ANY: the parts that matched are kept, the others pruned
    List<Explanation> kept = new ArrayList<>(c.parts.size());
    for (int i = 0; i < c.parts.size(); i++) {
      Condition part = c.parts.get(i);
      if (c.kind == Kind.ALL || part.test(context)) {
        kept.add(explainMatched(part, context));
      }
    }
    return Explanation.node(c.kind.words, true, kept);
  }

  @Override
  public String description() {
    return kind.words + " [" + parts.stream().map(Condition::description).collect(Collectors.joining("; ")) + "]";
  }

  @Override
  public List<Condition> children() {
    return parts;
  }

  @Override
  public String toString() {
    return description();
  }
}
