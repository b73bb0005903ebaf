package io.orderhub.core.lifecycle.machine;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One transition of a built {@link StateMachine}: {@code from} → {@code to} on {@code event}, with
 * an optional guard and action. Immutable.
 *
 * @param <S> the state type
 * @param <E> the event type
 * @param <C> the context type
 */
public final class Transition<S, E, C> {
  final S from;
  final E event;
  final S to;
  final @Nullable Guard<? super C> guard;
  final @Nullable Action<S, E, C> action;
  /** Exit actions of {@code from}, the transition's action, entry actions of {@code to}, as built. */
  final Action<S, E, C>[] actions;
  /** The precomputed result of taking this transition. */
  final FireResult<S, E> accepted;
  final String label;

  @SuppressWarnings("unchecked")
  Transition(S from, E event, S to, @Nullable Guard<? super C> guard, @Nullable Action<S, E, C> action) {
    this(from, event, to, guard, action, (Action<S, E, C>[]) new Action<?, ?, ?>[0]);
  }

  Transition(S from, E event, S to, @Nullable Guard<? super C> guard, @Nullable Action<S, E, C> action,
      Action<S, E, C>[] actions) {
    this.actions = actions;
    this.from = from;
    this.event = event;
    this.to = to;
    this.guard = guard;
    this.action = action;
    this.label = from + " -" + event + "-> " + to;
    this.accepted = new FireResult<>(from, event, to, FireResult.Status.ACCEPTED,
        guard == null ? List.of() : List.of(guard.name()), label);
  }

  /** The source state. */
  public S from() {
    return from;
  }

  /** The event that triggers it. */
  public E event() {
    return event;
  }

  /** The target state. */
  public S to() {
    return to;
  }

  /** The guard's name, when the transition has a guard. */
  public Optional<String> guardName() {
    return guard == null ? Optional.empty() : Optional.of(guard.name());
  }

  /** Whether the transition has an action of its own (entry and exit actions are the states'). */
  public boolean hasAction() {
    return action != null;
  }

  @Override
  public String toString() {
    return guard == null ? label : label + " [" + guard.name() + "]";
  }
}
