package io.orderhub.core.lifecycle.machine;

/**
 * Code run when a transition is taken: a transition's own action, or a state's entry or exit
 * action. An exception thrown here propagates to the caller of {@link StateMachine#fire} wrapped
 * in a {@link TransitionFailedException} that names the transition; the machine reports no new
 * state, so a host that stores only what {@code fire} returns never half applies a transition.
 *
 * @param <S> the state type
 * @param <E> the event type
 * @param <C> the context type
 */
@FunctionalInterface
public interface Action<S, E, C> {

  /** Runs the action for the transition {@code from} → {@code to} on {@code event}. */
  void execute(S from, S to, E event, C context);
}
