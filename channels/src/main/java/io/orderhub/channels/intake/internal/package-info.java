/**
 * Implementation of the intake pipeline: per-channel counters and circuit breakers, the hourly
 * volume tracker, the merge index and the in-memory SPI defaults. Not API: hosts never import it.
 */
@NullMarked
package io.orderhub.channels.intake.internal;

import org.jspecify.annotations.NullMarked;
