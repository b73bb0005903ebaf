/**
 * Three-way reconciliation of payment flows ({@link io.orderhub.reconcile.Payment}), platform
 * settlements ({@link io.orderhub.reconcile.Settlement}) and warehouse shipments ({@link
 * io.orderhub.reconcile.Shipment}) by merchant order number, with exact money arithmetic and a
 * typed {@link io.orderhub.reconcile.Reason} for every difference.
 *
 * <p>Entry point: {@link io.orderhub.reconcile.Reconciler#of(ReconcilerConfig)}. Matching is a
 * hash join on the order (group) key, linear in the input, never N×M; a {@link
 * io.orderhub.reconcile.Reconciler.Session} streams rows in and report rows out, holding the rows
 * of open orders compactly (one 64-byte line per row in large primitive arrays: minor units, epoch
 * milliseconds, id prefixes), never as objects; a day of a million orders fits in a 1 GB heap.
 * For time-ordered streams, {@link io.orderhub.reconcile.Reconciler.Session#closeUntil} closes
 * orders once their windows have passed, so memory is bounded by the orders open within the
 * windows. Big days split by business date and order-key hash ({@link
 * io.orderhub.reconcile.Partitions}, {@link io.orderhub.reconcile.ReconcilerConfig.Builder#partition}).
 * On a machine with a second core, {@link io.orderhub.reconcile.ReconcilerConfig.Builder#executor}
 * lets a run parse on one thread while it matches on the other.
 */
@NullMarked
package io.orderhub.reconcile;

import org.jspecify.annotations.NullMarked;
