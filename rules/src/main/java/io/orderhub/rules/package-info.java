/**
 * Composable, explainable routing rules for orders: {@link io.orderhub.rules.Condition}s composed
 * with all/any/not, {@link io.orderhub.rules.Rule}s with {@link io.orderhub.rules.Outcome}s, an
 * immutable, validated, thread-safe {@link io.orderhub.rules.RuleSet} that returns a {@link
 * io.orderhub.rules.Decision} explaining which leaf conditions fired with their actual values,
 * velocity windows ({@link io.orderhub.rules.VelocityDimension}), the built-in seller rules
 * ({@link io.orderhub.rules.BuiltInRules}), JSON rule files ({@link io.orderhub.rules.RuleSetJson})
 * decision JSON ({@link io.orderhub.rules.DecisionJson}) and the bridge that puts held orders on hold
 * in the lifecycle ({@link io.orderhub.rules.LifecycleBridge}).
 *
 * <p>Start with {@link io.orderhub.rules.RuleRunner}: it records each order's velocity facts and
 * evaluates a rule set at the time of an injected clock.
 */
@NullMarked
package io.orderhub.rules;

import org.jspecify.annotations.NullMarked;
