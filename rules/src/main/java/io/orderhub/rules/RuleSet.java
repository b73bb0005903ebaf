package io.orderhub.rules;

import io.orderhub.core.Order;
import io.orderhub.core.internal.Checks;
import io.orderhub.rules.internal.Composite;
import io.orderhub.rules.internal.VelocityAbove;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, validated set of rules and the queues they may use. Thread-safe: build it once and
 * share it. {@link #evaluate} runs the rules in priority order (highest first, ties by id) and
 * returns a {@link Decision}.
 *
 * <p>Building checks, and reports together: duplicate rule ids, outcomes naming a queue the set does
 * not declare, and (through {@link Rule} and {@link Condition}) rules without a condition or
 * outcome and empty {@code all}/{@code any}.
 */
public final class RuleSet {
  private static final Comparator<Rule> ORDER =
      Comparator.comparingInt(Rule::priority).reversed().thenComparing(Rule::id);

  private final List<Rule> rules;
  private final Set<String> queues;
  private final StopPolicy stopPolicy;
  private final Rule[] ordered;
  /** {@code levelEnd[i]}: one past the last index of rule i's priority level. */
  private final int[] levelEnd;
  private final Set<VelocityDimension> dimensions;

  private RuleSet(List<Rule> rules, Set<String> queues, StopPolicy stopPolicy) {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(ORDER);
    this.rules = List.copyOf(sorted);
    this.queues = Collections.unmodifiableSet(new TreeSet<>(queues));
    this.stopPolicy = stopPolicy;
    this.ordered = sorted.toArray(new Rule[0]);
    this.levelEnd = new int[ordered.length];
    for (int i = ordered.length - 1; i >= 0; i--) {
      levelEnd[i] = i + 1 < ordered.length && ordered[i + 1].priority() == ordered[i].priority() ? levelEnd[i + 1] : i + 1;
    }
    Set<VelocityDimension> dims = new LinkedHashSet<>();
    for (Rule r : sorted) {
      for (VelocityAbove v : VelocityAbove.within(r.condition())) {
        dims.add(v.dimension());
      }
    }
    this.dimensions = Collections.unmodifiableSet(dims);
  }

  /** An empty builder: declare queues, add rules, build. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this set's rules, queues and policy, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.queues.addAll(queues);
    b.rules.addAll(rules);
    b.stopPolicy = stopPolicy;
    return b;
  }

  /** The rules in evaluation order (unmodifiable). */
  public List<Rule> rules() {
    return rules;
  }

  /** The rule {@code id}. */
  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The declared queues, sorted (unmodifiable). */
  public Set<String> queues() {
    return queues;
  }

  /** How far an evaluation goes. */
  public StopPolicy stopPolicy() {
    return stopPolicy;
  }

  /** The velocity dimensions the built-in velocity conditions of this set count by. */
  public Set<VelocityDimension> velocityDimensions() {
    return dimensions;
  }

  /** {@link #evaluate(EvaluationContext, Explain)} explaining the fired rules only. */
  public Decision evaluate(EvaluationContext context) {
    return evaluate(context, Explain.FIRED);
  }

  /** Evaluates the rules for the context's order and time. */
  public Decision evaluate(EvaluationContext context, Explain explain) {
    Checks.requireNonNull(context, "context");
    Checks.requireNonNull(explain, "explain");
    boolean explainAll = explain == Explain.FIRED_AND_NOT_FIRED;
    List<RuleResult> fired = List.of();
    List<RuleResult> notFired = List.of();
    int i = 0;
    while (i < ordered.length) {
      int end = levelEnd[i];
      boolean levelFired = false;
      for (; i < end; i++) {
        Rule r = ordered[i];
        if (r.condition().test(context)) {
          if (fired.isEmpty()) {
            fired = new ArrayList<>(4);
          }
          fired.add(result(r, true, Composite.explainMatched(r.condition(), context)));
          levelFired = true;
        } else if (explainAll) {
          if (notFired.isEmpty()) {
            notFired = new ArrayList<>();
          }
          notFired.add(result(r, false, r.condition().explain(context)));
        }
      }
      if (levelFired && stopPolicy == StopPolicy.STOP_AFTER_FIRST_FIRING_PRIORITY) {
        break;
      }
    }
    Order order = context.order();
    return new Decision(order.id(), order.externalId(), context.now(), fired, notFired);
  }

  private static RuleResult result(Rule r, boolean fired, Explanation explanation) {
    return new RuleResult(r.id(), r.description(), r.priority(), fired, r.outcomes(), explanation);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RuleSet)) {
      return false;
    }
    RuleSet that = (RuleSet) o;
    return rules.equals(that.rules) && queues.equals(that.queues) && stopPolicy == that.stopPolicy;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules, queues, stopPolicy);
  }

  @Override
  public String toString() {
    return "RuleSet[" + rules.size() + " rules, queues=" + queues + ", " + stopPolicy + "]";
  }

  /** Builds a {@link RuleSet}; the order rules are added in does not matter. */
  public static final class Builder {
    private final Set<String> queues = new LinkedHashSet<>();
    private final List<Rule> rules = new ArrayList<>();
    private StopPolicy stopPolicy = StopPolicy.EVALUATE_ALL;

    private Builder() {}

    /** Declares a queue outcomes may name. */
    public Builder queue(String queue) {
      queues.add(Checks.requireId(queue, "queue"));
      return this;
    }

    /** Declares queues outcomes may name. */
    public Builder queues(Iterable<String> queues) {
      for (String q : Checks.requireNonNull(queues, "queues")) {
        queue(q);
      }
      return this;
    }

    /** Adds a rule. */
    public Builder rule(Rule rule) {
      rules.add(Checks.requireNonNull(rule, "rule"));
      return this;
    }

    /** Adds rules. */
    public Builder rules(Iterable<Rule> rules) {
      for (Rule r : Checks.requireNonNull(rules, "rules")) {
        rule(r);
      }
      return this;
    }

    /** Removes the rule {@code id} (to drop a built-in rule); no-op when absent. */
    public Builder without(String id) {
      rules.removeIf(r -> r.id().equals(id));
      return this;
    }

    /** How far evaluations go (default {@link StopPolicy#EVALUATE_ALL}). */
    public Builder stopPolicy(StopPolicy stopPolicy) {
      this.stopPolicy = Checks.requireNonNull(stopPolicy, "stopPolicy");
      return this;
    }

    /** @throws InvalidRuleSetException listing every problem */
    public RuleSet build() {
      List<String> problems = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (Rule r : rules) {
        if (!ids.add(r.id())) {
          problems.add("rule " + r.id() + ": duplicate rule id");
        }
        for (Outcome o : r.outcomes()) {
          o.queueName().filter(q -> !queues.contains(q)).ifPresent(q -> problems.add(
              "rule " + r.id() + ": " + o.type() + " names queue \"" + q + "\" which is not declared (declared: "
                  + new TreeSet<>(queues) + ")"));
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidRuleSetException(problems);
      }
      return new RuleSet(rules, queues, stopPolicy);
    }
  }
}
