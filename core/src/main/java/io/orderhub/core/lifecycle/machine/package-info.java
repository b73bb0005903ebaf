/**
 * A small, generic, typed state machine engine, independent of orders: an immutable {@link
 * io.orderhub.core.lifecycle.machine.StateMachine} definition over enum states and events, built
 * once with a validating builder and shared by every thread. The machine holds no per-instance
 * state: a host passes the current state to {@link
 * io.orderhub.core.lifecycle.machine.StateMachine#fire} and keeps the returned state itself.
 */
@NullMarked
package io.orderhub.core.lifecycle.machine;

import org.jspecify.annotations.NullMarked;
