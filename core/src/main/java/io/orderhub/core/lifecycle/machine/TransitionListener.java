package io.orderhub.core.lifecycle.machine;

/**
 * Observes what a machine decides, for metrics and audit. Called on the firing thread after the
 * actions ran (for a taken transition) or after the rejection was decided. Keep it quick; an
 * exception thrown here propagates to the caller of {@link StateMachine#fire}.
 *
 * @param <S> the state type
 * @param <E> the event type
 * @param <C> the context type
 */
public interface TransitionListener<S, E, C> {

  /** A transition was taken ({@link FireResult#accepted()} is true). */
  default void onTransition(FireResult<S, E> result, C context) {}

  /** An event was rejected: no transition for it in this state, or every guard said no. */
  default void onRejected(FireResult<S, E> result, C context) {}
}
