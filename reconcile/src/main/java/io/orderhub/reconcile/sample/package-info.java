/**
 * Generated reconciliation days with planted discrepancies and the classification each should get:
 * for tests, demos and benchmarks. Deterministic for a seed.
 */
@NullMarked
package io.orderhub.reconcile.sample;

import org.jspecify.annotations.NullMarked;
