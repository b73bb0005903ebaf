/**
 * JMH benchmarks of the allocation module: choosing warehouses for an order among 50 ({@link
 * io.orderhub.benchmarks.allocation.AllocationBenchmark}) and concurrent reservations on hot and
 * cold SKUs against a single-global-lock pool ({@link
 * io.orderhub.benchmarks.allocation.ReservationBenchmark}).
 */
@NullMarked
package io.orderhub.benchmarks.allocation;

import org.jspecify.annotations.NullMarked;
