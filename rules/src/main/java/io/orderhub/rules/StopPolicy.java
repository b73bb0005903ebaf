package io.orderhub.rules;

/** How far a {@link RuleSet} evaluates. */
public enum StopPolicy {
  /** Evaluate every rule; the decision holds every rule that fired. */
  EVALUATE_ALL,
  /**
   * Evaluate priority levels from the highest down and stop after the first level at which a rule
   * fired (every rule of that level is still evaluated, so the result does not depend on order).
   */
  STOP_AFTER_FIRST_FIRING_PRIORITY
}
