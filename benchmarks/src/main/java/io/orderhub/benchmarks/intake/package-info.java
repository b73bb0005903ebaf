/**
 * JMH benchmark of the intake pipeline (normalise, deduplicate, filter, store) on mixed-platform
 * payloads, next to a bare Jackson parse of the same payloads.
 */
@NullMarked
package io.orderhub.benchmarks.intake;

import org.jspecify.annotations.NullMarked;
