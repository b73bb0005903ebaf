/**
 * JMH benchmark of the rules module ({@link io.orderhub.benchmarks.rules.RulesBenchmark}): the
 * default rule set, velocity windows included, against the same predicates written as Easy Rules
 * 4.1 rules, in the same run.
 */
@NullMarked
package io.orderhub.benchmarks.rules;

import org.jspecify.annotations.NullMarked;
