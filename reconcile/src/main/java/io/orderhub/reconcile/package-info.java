/**
 * Three-way reconciliation of payment flows ({@link io.orderhub.reconcile.Payment}), platform
 * settlements ({@link io.orderhub.reconcile.Settlement}) and warehouse shipments ({@link
 * io.orderhub.reconcile.Shipment}) by merchant order number, with exact money arithmetic and a
 * typed {@link io.orderhub.reconcile.Reason} for every difference.
 *
 * <p>Entry point: {@link io.orderhub.reconcile.Reconciler#of(ReconcilerConfig)}. Matching is a
 * hash join on the order (group) key, linear in the input, never N×M; a {@link
 * io.orderhub.reconcile.Reconciler.Session} streams rows in and report rows out, holding one small
 * compact state (minor units, epoch milliseconds, ids) per open order, never the rows themselves.
 * For time-ordered streams, {@link io.orderhub.reconcile.Reconciler.Session#closeUntil} closes
 * orders once their windows have passed, so memory is bounded by the orders open within the
 * windows. Big days split by business date and order-key hash ({@link
 * io.orderhub.reconcile.Partitions}, {@link io.orderhub.reconcile.ReconcilerConfig.Builder#partition}).
 */
@NullMarked
package io.orderhub.reconcile;

import org.jspecify.annotations.NullMarked;
