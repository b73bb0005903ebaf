package io.orderhub.channels.intake;

/** The state of a channel's circuit breaker. */
public enum CircuitState {
  /** Deliveries are processed. */
  CLOSED,
  /** The channel is frozen: new deliveries are parked, not processed and not lost. */
  OPEN,
  /** The cool-down has passed: one delivery at a time is tried; success closes the circuit. */
  HALF_OPEN,
}
