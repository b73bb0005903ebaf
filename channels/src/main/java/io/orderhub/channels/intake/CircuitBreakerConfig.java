package io.orderhub.channels.intake;

import io.orderhub.core.internal.Checks;
import java.time.Duration;

/**
 * When a channel's circuit breaker freezes the channel: after {@code threshold} consecutive
 * deliveries with the same anomaly (signature invalid, payload invalid, amounts inconsistent), for at
 * least {@code coolDown} (read from the intake's clock), then one trial delivery at a time until one
 * succeeds. Immutable.
 *
 * @param threshold consecutive identical anomalies that open the circuit, 1 to 1000 (default 3)
 * @param coolDown how long the circuit stays open before a trial, positive (default 5 minutes)
 */
public record CircuitBreakerConfig(int threshold, Duration coolDown) {
  public CircuitBreakerConfig {
    Checks.requireArgument(threshold >= 1 && threshold <= 1000, "threshold", threshold, "is not in 1..1000");
    Checks.requireNonNull(coolDown, "coolDown");
    Checks.requireArgument(!coolDown.isNegative() && !coolDown.isZero(), "coolDown", coolDown, "is not positive");
  }

  /** Threshold 3, cool-down 5 minutes. */
  public static CircuitBreakerConfig ofDefaults() {
    return new CircuitBreakerConfig(3, Duration.ofMinutes(5));
  }
}
