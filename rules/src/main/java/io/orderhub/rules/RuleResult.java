package io.orderhub.rules;

import io.orderhub.core.internal.Checks;
import java.util.List;

/**
 * One evaluated rule in a {@link Decision}.
 *
 * @param ruleId the rule's id
 * @param description the rule's description
 * @param priority the rule's priority
 * @param fired whether it fired
 * @param outcomes its outcomes (present also for a rule that did not fire, for reference)
 * @param explanation why: for a fired rule, the tree down to the leaves that matched (alternatives
 *     that did not matter pruned); for a rule that did not fire, the whole tree
 */
public record RuleResult(
    String ruleId, String description, int priority, boolean fired, List<Outcome> outcomes, Explanation explanation) {
  public RuleResult {
    Checks.requireNonNull(ruleId, "ruleId");
    Checks.requireNonNull(description, "description");
    outcomes = List.copyOf(Checks.requireNonNull(outcomes, "outcomes"));
    Checks.requireNonNull(explanation, "explanation");
  }
}
