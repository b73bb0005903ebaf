/** The built-in alert sinks. Not API: use {@link io.orderhub.core.health.AlertSink#noop()} and {@code logging()}. */
@NullMarked
package io.orderhub.core.health.internal;

import org.jspecify.annotations.NullMarked;
