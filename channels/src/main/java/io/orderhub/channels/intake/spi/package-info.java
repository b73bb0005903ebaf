/**
 * What a host implements to run the intake pipeline on its own infrastructure: where idempotency
 * keys, dead letters, filtered orders and poll cursors live, where alerts go, how a retry waits, and
 * how a pull API is asked for a page. Each interface has an in-memory (or no-op) default reachable
 * through its static factory, so the intake runs embedded with zero infrastructure.
 */
@NullMarked
package io.orderhub.channels.intake.spi;

import org.jspecify.annotations.NullMarked;
