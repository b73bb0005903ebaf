package io.orderhub.rules;

import io.orderhub.core.internal.Checks;
import io.orderhub.rules.spi.VelocityKey;
import io.orderhub.rules.spi.VelocityStore;
import io.orderhub.rules.spi.WindowTotals;
import java.time.Duration;
import java.time.Instant;

/** The velocity windows as an evaluation sees them: totals of a key over a window ending now. */
@FunctionalInterface
public interface VelocityFacts {
  /** The events of {@code key} in the last {@code window}. */
  WindowTotals totals(VelocityKey key, Duration window);

  /** Facts read from {@code store} for windows ending at {@code now}. */
  static VelocityFacts of(VelocityStore store, Instant now) {
    Checks.requireNonNull(store, "velocityStore");
    Checks.requireNonNull(now, "now");
    return (key, window) -> store.query(key, now, window);
  }

  /** No velocity data: every window is empty. */
  static VelocityFacts none() {
    return (key, window) -> WindowTotals.EMPTY;
  }
}
