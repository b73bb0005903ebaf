/**
 * The standard order lifecycle: {@link io.orderhub.core.lifecycle.Lifecycle#standard()} is a
 * definition built with the generic {@link io.orderhub.core.lifecycle.machine.StateMachine} over
 * {@link io.orderhub.core.OrderStatus} and {@link io.orderhub.core.lifecycle.OrderEventType}, plus
 * the rules orders need because their events come from several systems, late, twice and out of
 * order: each event id is applied once (a repeat is a duplicate), a late fulfilment event never
 * moves an order back (it is stale), an event that implies earlier steps jumps forward (the skipped
 * steps are recorded as implied), and holds and refund requests return the order to where it was.
 *
 * <p>Per-order lifecycle state (the history, the hold, where to return to) lives in an immutable
 * {@link io.orderhub.core.lifecycle.LifecycleRecord} kept beside the order, not in the order's
 * canonical JSON. Everything here is immutable and thread-safe; storing records is the job of
 * {@code io.orderhub.core.store}.
 */
@NullMarked
package io.orderhub.core.lifecycle;

import org.jspecify.annotations.NullMarked;
