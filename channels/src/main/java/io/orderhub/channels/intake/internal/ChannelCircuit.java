package io.orderhub.channels.intake.internal;

import io.orderhub.channels.intake.CircuitBreakerConfig;
import io.orderhub.channels.intake.CircuitState;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One channel's circuit breaker. The closed, anomaly-free path reads two volatile fields and takes
 * no lock; every state change happens under this object's monitor.
 */
public final class ChannelCircuit {

  /** What to do with a delivery. */
  public enum Admission {
    /** Process it. */
    PASS,
    /** Process it as the half-open circuit's trial; report with {@code trial = true}. */
    TRIAL,
    /** Park it. */
    PARK,
  }

  /** How a report changed the circuit. */
  public enum Change {
    NONE,
    OPENED,
    CLOSED,
  }

  private final CircuitBreakerConfig config;
  private volatile CircuitState state = CircuitState.CLOSED;
  private volatile int consecutive;
  private @Nullable String lastAnomaly;
  private @Nullable Instant openedAt;
  private boolean trialInFlight;

  public ChannelCircuit(CircuitBreakerConfig config) {
    this.config = config;
  }

  /** Whether a delivery arriving at {@code now} may be processed. */
  public Admission admit(Instant now) {
    if (state == CircuitState.CLOSED) {
      return Admission.PASS;
    }
    synchronized (this) {
      switch (state) {
        case CLOSED:
          return Admission.PASS;
        case OPEN:
          if (openedAt != null && now.isBefore(openedAt.plus(config.coolDown()))) {
            return Admission.PARK;
          }
          state = CircuitState.HALF_OPEN;
          trialInFlight = true;
          return Admission.TRIAL;
        default:
          if (trialInFlight) {
            return Admission.PARK;
          }
          trialInFlight = true;
          return Admission.TRIAL;
      }
    }
  }

  /**
   * Reports a processed delivery.
   *
   * @param anomaly the anomaly's name, or {@code null} for a healthy delivery
   * @param neutral the outcome says nothing about the channel (a store failure): only ends a trial
   * @param trial whether the delivery was admitted as {@link Admission#TRIAL}
   */
  public Change record(@Nullable String anomaly, boolean neutral, boolean trial, Instant now) {
    if (!trial && anomaly == null && consecutive == 0 && state == CircuitState.CLOSED) {
      return Change.NONE;
    }
    synchronized (this) {
      if (trial) {
        trialInFlight = false;
      }
      if (neutral) {
        return Change.NONE;
      }
      if (anomaly == null) {
        consecutive = 0;
        lastAnomaly = null;
        if (trial && state == CircuitState.HALF_OPEN) {
          state = CircuitState.CLOSED;
          openedAt = null;
          return Change.CLOSED;
        }
        return Change.NONE;
      }
      if (anomaly.equals(lastAnomaly)) {
        consecutive++;
      } else {
        lastAnomaly = anomaly;
        consecutive = 1;
      }
      if ((trial && state == CircuitState.HALF_OPEN)
          || (state == CircuitState.CLOSED && consecutive >= config.threshold())) {
        state = CircuitState.OPEN;
        openedAt = now;
        return Change.OPENED;
      }
      return Change.NONE;
    }
  }

  /**
   * Closes the circuit at the host's request.
   *
   * @return whether it was not closed already
   */
  public synchronized boolean close() {
    boolean changed = state != CircuitState.CLOSED;
    state = CircuitState.CLOSED;
    consecutive = 0;
    lastAnomaly = null;
    openedAt = null;
    trialInFlight = false;
    return changed;
  }

  /** The stored state: {@link CircuitState#OPEN} until a delivery or drain after the cool-down tries. */
  public CircuitState state() {
    return state;
  }

  /** The state as of {@code now}: an open circuit whose cool-down has passed reads as half-open. */
  public synchronized CircuitState state(Instant now) {
    if (state == CircuitState.OPEN && openedAt != null && !now.isBefore(openedAt.plus(config.coolDown()))) {
      return CircuitState.HALF_OPEN;
    }
    return state;
  }

  /** How many consecutive deliveries had the last anomaly. */
  public int consecutive() {
    return consecutive;
  }

  /** The last anomaly seen, while it keeps repeating. */
  public synchronized Optional<String> lastAnomaly() {
    return Optional.ofNullable(lastAnomaly);
  }
}
