/**
 * SLA timers and order health: a {@link io.orderhub.core.health.SlaPolicy} of per-state maximum
 * dwell times, a {@link io.orderhub.core.health.HealthMonitor} that classifies orders green, yellow
 * or red with an injected clock and hands escalations to an {@link
 * io.orderhub.core.health.AlertSink}, and the {@link io.orderhub.core.health.OrderHealthIndex} over
 * a set of orders. Nothing here starts threads: a host calls the monitor from its own scheduler.
 */
@NullMarked
package io.orderhub.core.health;

import org.jspecify.annotations.NullMarked;
