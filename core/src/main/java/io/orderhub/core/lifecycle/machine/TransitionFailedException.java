package io.orderhub.core.lifecycle.machine;

import io.orderhub.core.OrderHubException;

/**
 * A guard, an action or a listener threw while the machine handled an event. The message names
 * the transition ({@code PAID -LOCK_STOCK-> STOCK_LOCKED}) and the cause is the original
 * exception. The machine reported no new state, so nothing is half applied by the machine itself.
 */
public final class TransitionFailedException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final String transition;

  TransitionFailedException(String transition, String stage, Throwable cause) {
    super(stage + " of transition " + transition + " failed: " + cause, cause);
    this.transition = transition;
  }

  /** The transition, as {@code FROM -EVENT-> TO} (or {@code FROM -EVENT-> ?} for a guard). */
  public String transition() {
    return transition;
  }
}
