package io.orderhub.core.lifecycle.machine;

import io.orderhub.core.OrderHubException;
import java.util.List;

/**
 * An event was rejected and the host asked for an exception ({@link FireResult#orThrow()} or
 * {@link StateMachine#fireOrThrow}). Carries the state, the event, the kind of rejection and the
 * guards that said no.
 */
public final class IllegalTransitionException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final transient Object state;
  private final transient Object event;
  private final FireResult.Status status;
  private final List<String> guards;

  IllegalTransitionException(Object state, Object event, FireResult.Status status, List<String> guards, String reason) {
    super("illegal transition: " + reason);
    this.state = state;
    this.event = event;
    this.status = status;
    this.guards = List.copyOf(guards);
  }

  /** The state the event was fired in. */
  public Object state() {
    return state;
  }

  /** The rejected event. */
  public Object event() {
    return event;
  }

  /** {@link FireResult.Status#NOT_PERMITTED} or {@link FireResult.Status#GUARD_REJECTED}. */
  public FireResult.Status status() {
    return status;
  }

  /** The guards that said no (empty when no transition was defined). */
  public List<String> guards() {
    return guards;
  }
}
