package io.orderhub.core.lifecycle.machine;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link StateMachine#fire} decided: the new state, or that the event was rejected and why.
 * Immutable; the machine precomputes these at build time, so firing allocates nothing.
 *
 * @param <S> the state type
 * @param <E> the event type
 */
public final class FireResult<S, E> {

  /** How the event was handled. */
  public enum Status {
    /** A transition was taken; {@link FireResult#to()} is the new state. */
    ACCEPTED,
    /** The definition has no transition for this event in this state (or the state is terminal). */
    NOT_PERMITTED,
    /** Transitions exist for this event in this state, but every guard said no. */
    GUARD_REJECTED
  }

  private final S from;
  private final E event;
  private final S to;
  private final Status status;
  private final List<String> guards;
  private final String reason;

  FireResult(S from, E event, S to, Status status, List<String> guards, String reason) {
    this.from = from;
    this.event = event;
    this.to = to;
    this.status = status;
    this.guards = List.copyOf(guards);
    this.reason = reason;
  }

  /** The state the event was fired in. */
  public S from() {
    return from;
  }

  /** The event. */
  public E event() {
    return event;
  }

  /** The new state; equal to {@link #from()} when the event was rejected. */
  public S to() {
    return to;
  }

  /** How the event was handled. */
  public Status status() {
    return status;
  }

  /** Whether a transition was taken. */
  public boolean accepted() {
    return status == Status.ACCEPTED;
  }

  /** Whether the event was rejected. */
  public boolean rejected() {
    return status != Status.ACCEPTED;
  }

  /**
   * For {@link Status#GUARD_REJECTED}, the names of the guards that said no (in definition order);
   * for an accepted transition, the name of the guard that let it through, if it had one;
   * otherwise empty.
   */
  public List<String> guards() {
    return guards;
  }

  /** Why the event was rejected, e.g. {@code "no transition from PAID on DELIVER"}. */
  public Optional<String> rejection() {
    return accepted() ? Optional.empty() : Optional.of(reason);
  }

  /**
   * The new state, or an {@link IllegalTransitionException} carrying the state, the event and the
   * reason when the event was rejected.
   */
  public S orThrow() {
    if (status != Status.ACCEPTED) {
      throw new IllegalTransitionException(from, event, status, guards, reason);
    }
    return to;
  }

  @Override
  public String toString() {
    return accepted() ? from + " -" + event + "-> " + to : "rejected " + event + " in " + from + ": " + reason;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FireResult)) {
      return false;
    }
    FireResult<?, ?> that = (FireResult<?, ?>) o;
    return from.equals(that.from) && event.equals(that.event) && to.equals(that.to) && status == that.status
        && guards.equals(that.guards);
  }

  @Override
  public int hashCode() {
    return ((from.hashCode() * 31 + event.hashCode()) * 31 + to.hashCode()) * 31 + status.hashCode();
  }
}
