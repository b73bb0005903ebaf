/**
 * The reconciliation scale test: OrderHub's three-way matcher on a generated day against just
 * reading the files and against the same match as a SQL join in an in-memory H2 database.
 */
@NullMarked
package io.orderhub.benchmarks.reconcile;

import org.jspecify.annotations.NullMarked;
