/**
 * JMH benchmarks of the order lifecycle ({@link io.orderhub.benchmarks.lifecycle.LifecycleBenchmark})
 * against Alibaba COLA statemachine and Spring Statemachine, in the same run.
 */
@NullMarked
package io.orderhub.benchmarks.lifecycle;

import org.jspecify.annotations.NullMarked;
