package io.orderhub.rules;

import io.orderhub.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A named condition with what to do when it holds. Immutable value object; build one with {@link
 * #builder(String)}.
 *
 * @param id a stable id ({@code address.vague}); hosts and reports refer to rules by it
 * @param description what the rule is for, in words
 * @param priority higher runs (and is listed) first; ties are ordered by id
 * @param condition when the rule fires
 * @param outcomes what happens when it fires, at least one (unmodifiable)
 */
public record Rule(String id, String description, int priority, Condition condition, List<Outcome> outcomes) {
  public Rule {
    Checks.requireId(id, "rule.id");
    Checks.requireNonNull(description, "rule.description");
    Checks.requireNonNull(condition, "rule " + id + ": condition");
    Checks.requireNonNull(outcomes, "rule " + id + ": outcomes");
    for (Outcome o : outcomes) {
      Checks.requireNonNull(o, "rule " + id + ": outcomes[]");
    }
    outcomes = List.copyOf(outcomes);
    Checks.requireArgument(!outcomes.isEmpty(), "rule " + id + ": outcomes", "[]", "is empty: a rule must do something");
  }

  /** A builder for the rule {@code id}. */
  public static Builder builder(String id) {
    return new Builder(Checks.requireId(id, "rule.id"));
  }

  /** Builds a {@link Rule}; {@code when} and at least one {@code then} are required. */
  public static final class Builder {
    private final String id;
    private String description = "";
    private int priority;
    private @Nullable Condition condition;
    private final List<Outcome> outcomes = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    /** What the rule is for, in words. */
    public Builder description(String description) {
      this.description = Checks.requireNonNull(description, "rule " + id + ": description");
      return this;
    }

    /** Higher runs and is listed first (default 0). */
    public Builder priority(int priority) {
      this.priority = priority;
      return this;
    }

    /** When the rule fires; set once. */
    public Builder when(Condition condition) {
      Checks.requireArgument(this.condition == null, "rule " + id + ": condition", condition, "is already set");
      this.condition = Checks.requireNonNull(condition, "rule " + id + ": condition");
      return this;
    }

    /** Adds what happens when the rule fires. */
    public Builder then(Outcome outcome) {
      outcomes.add(Checks.requireNonNull(outcome, "rule " + id + ": outcome"));
      return this;
    }

    /** @throws io.orderhub.core.InvalidValueException naming the rule and what is missing */
    public Rule build() {
      return new Rule(id, description, priority, Checks.requireNonNull(condition, "rule " + id + ": condition"),
          outcomes);
    }
  }
}
