package io.orderhub.core.lifecycle.machine;

import io.orderhub.core.internal.Checks;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * An immutable state machine definition over enum states {@code S} and enum events {@code E},
 * fired with a context {@code C}. Built once with {@link #builder(Class, Class)} and shared by all
 * threads: the machine keeps no per-instance state (the current state lives with the host's
 * object, e.g. the order), there is no static registry, and nothing can change a built definition.
 *
 * <pre>{@code
 * StateMachine<Door, Push, Void> door = StateMachine.<Door, Push, Void>builder(Door.class, Push.class)
 *     .name("door").initial(Door.CLOSED).terminal(Door.BROKEN)
 *     .transition(Door.CLOSED, Push.OPEN, Door.OPENED)
 *     .transition(Door.OPENED, Push.CLOSE, Door.CLOSED)
 *     .transition(Door.OPENED, Push.KICK, Door.BROKEN)
 *     .build();
 * Door next = door.fire(Door.CLOSED, Push.OPEN, null).orThrow();
 * }</pre>
 *
 * <p>{@link #fire} looks the transition up in a table indexed by the state's and the event's
 * ordinals, built once; it allocates nothing on its own (results are precomputed).
 *
 * @param <S> the state type
 * @param <E> the event type
 * @param <C> the context type handed to guards, actions and listeners
 */
public final class StateMachine<S extends Enum<S>, E extends Enum<E>, C> {
  private final String name;
  private final Class<S> stateType;
  private final Class<E> eventType;
  private final S initial;
  private final Set<S> states;
  private final Set<S> terminal;
  private final List<Transition<S, E, C>> transitions;
  /** [state][event] → candidate transitions, guarded ones first (definition order), the unguarded one last. */
  private final Transition<S, E, C>[][][] table;
  /** [state][event] → the result of rejecting the event. */
  private final FireResult<S, E>[][] rejections;
  private final TransitionListener<S, E, C>[] listeners;

  @SuppressWarnings("unchecked")
  private StateMachine(Builder<S, E, C> b, S initial) {
    this.name = b.name;
    this.stateType = b.stateType;
    this.eventType = b.eventType;
    this.initial = initial;
    this.states = Collections.unmodifiableSet(EnumSet.copyOf(b.states()));
    this.terminal = Collections.unmodifiableSet(b.terminal.isEmpty() ? EnumSet.noneOf(stateType) : EnumSet.copyOf(b.terminal));
    List<Transition<S, E, C>> copies = new ArrayList<>();
    for (Transition<S, E, C> t : b.transitions) {
      List<Action<S, E, C>> actions = new ArrayList<>();
      if (t.from != t.to) {
        actions.addAll(b.exit.getOrDefault(t.from, List.of()));
      }
      if (t.action != null) {
        actions.add(t.action);
      }
      if (t.from != t.to) {
        actions.addAll(b.entry.getOrDefault(t.to, List.of()));
      }
      copies.add(new Transition<>(t.from, t.event, t.to, t.guard, t.action, actions.toArray((Action<S, E, C>[]) new Action<?, ?, ?>[0])));
    }
    this.transitions = List.copyOf(copies);
    S[] allStates = stateType.getEnumConstants();
    E[] allEvents = eventType.getEnumConstants();
    this.table = (Transition<S, E, C>[][][]) new Transition<?, ?, ?>[allStates.length][allEvents.length][];
    this.rejections = (FireResult<S, E>[][]) new FireResult<?, ?>[allStates.length][allEvents.length];
    for (S s : allStates) {
      for (E e : allEvents) {
        List<Transition<S, E, C>> guarded = new ArrayList<>();
        Transition<S, E, C> unguarded = null;
        for (Transition<S, E, C> t : transitions) {
          if (t.from == s && t.event == e) {
            if (t.guard == null) {
              unguarded = t;
            } else {
              guarded.add(t);
            }
          }
        }
        List<Transition<S, E, C>> candidates = new ArrayList<>(guarded);
        if (unguarded != null) {
          candidates.add(unguarded);
        }
        table[s.ordinal()][e.ordinal()] = candidates.isEmpty() ? null : candidates.toArray((Transition<S, E, C>[]) new Transition<?, ?, ?>[0]);
        rejections[s.ordinal()][e.ordinal()] = rejection(s, e, guarded);
      }
    }
    this.listeners = b.listeners.toArray((TransitionListener<S, E, C>[]) new TransitionListener<?, ?, ?>[0]);
  }

  private FireResult<S, E> rejection(S s, E e, List<Transition<S, E, C>> guarded) {
    if (!guarded.isEmpty()) {
      List<String> names = new ArrayList<>();
      for (Transition<S, E, C> t : guarded) {
        names.add(t.guard.name());
      }
      return new FireResult<>(s, e, s, FireResult.Status.GUARD_REJECTED, names,
          e + " in " + s + ": no guard allowed it (" + String.join(", ", names) + ")");
    }
    String reason;
    if (!states.contains(s)) {
      reason = s + " is not a state of " + name;
    } else if (terminal.contains(s)) {
      reason = s + " is terminal, no transition on " + e;
    } else {
      reason = "no transition from " + s + " on " + e;
    }
    return new FireResult<>(s, e, s, FireResult.Status.NOT_PERMITTED, List.of(), reason);
  }

  /**
   * A builder for a machine over the given state and event enums. Give the context type as a type
   * witness ({@code StateMachine.<S, E, Ctx>builder(...)}) or use {@link #builder(Class, Class,
   * Class)}.
   */
  public static <S extends Enum<S>, E extends Enum<E>, C> Builder<S, E, C> builder(Class<S> states, Class<E> events) {
    return new Builder<>(Checks.requireNonNull(states, "states"), Checks.requireNonNull(events, "events"));
  }

  /** A builder for a machine over the given state and event enums, fired with a {@code context}. */
  public static <S extends Enum<S>, E extends Enum<E>, C> Builder<S, E, C> builder(
      Class<S> states, Class<E> events, Class<C> context) {
    Checks.requireNonNull(context, "context");
    return builder(states, events);
  }

  /**
   * Handles {@code event} in state {@code current}: runs the first transition whose guard allows it
   * (guarded transitions in definition order, then the unguarded one) with its actions (exit actions
   * of the old state, the transition's action, entry actions of the new state), tells the
   * listeners, and returns the new state; or returns the rejection and why.
   *
   * @throws TransitionFailedException when a guard, action or listener threw; names the transition
   */
  public FireResult<S, E> fire(S current, E event, C context) {
    Transition<S, E, C>[] candidates = table[current.ordinal()][event.ordinal()];
    if (candidates != null) {
      for (Transition<S, E, C> t : candidates) {
        if (t.guard == null || allows(t, context)) {
          return take(t, context);
        }
      }
    }
    FireResult<S, E> rejected = rejections[current.ordinal()][event.ordinal()];
    if (listeners.length > 0) {
      notifyRejected(rejected, context);
    }
    return rejected;
  }

  /**
   * Like {@link #fire} but a rejected event throws.
   *
   * @throws IllegalTransitionException carrying the state, the event and why
   */
  public S fireOrThrow(S current, E event, C context) {
    return fire(current, event, context).orThrow();
  }

  private boolean allows(Transition<S, E, C> t, C context) {
    try {
      return t.guard.test(context);
    } catch (RuntimeException e) {
      throw new TransitionFailedException(t.label, "guard '" + t.guard.name() + "'", e);
    }
  }

  private FireResult<S, E> take(Transition<S, E, C> t, C context) {
    Action<S, E, C>[] actions = t.actions;
    for (Action<S, E, C> action : actions) {
      try {
        action.execute(t.from, t.to, t.event, context);
      } catch (RuntimeException e) {
        throw new TransitionFailedException(t.label, "action", e);
      }
    }
    for (TransitionListener<S, E, C> listener : listeners) {
      try {
        listener.onTransition(t.accepted, context);
      } catch (RuntimeException e) {
        throw new TransitionFailedException(t.label, "listener", e);
      }
    }
    return t.accepted;
  }

  private void notifyRejected(FireResult<S, E> rejected, C context) {
    for (TransitionListener<S, E, C> listener : listeners) {
      try {
        listener.onRejected(rejected, context);
      } catch (RuntimeException e) {
        throw new TransitionFailedException(rejected.from() + " -" + rejected.event() + "-> ?", "listener", e);
      }
    }
  }

  /** Whether the definition has any transition for {@code event} in {@code state} (guards aside). */
  public boolean permits(S state, E event) {
    return table[state.ordinal()][event.ordinal()] != null;
  }

  /** The events with at least one transition out of {@code state}, in enum order. */
  public Set<E> eventsFrom(S state) {
    EnumSet<E> events = EnumSet.noneOf(eventType);
    for (E e : eventType.getEnumConstants()) {
      if (permits(state, e)) {
        events.add(e);
      }
    }
    return Collections.unmodifiableSet(events);
  }

  /** The states reachable from {@code start} (including it), following every transition regardless of guards. */
  public Set<S> reachableFrom(S start) {
    return Collections.unmodifiableSet(reach(transitions, start));
  }

  private static <S extends Enum<S>> EnumSet<S> reach(List<? extends Transition<S, ?, ?>> transitions, S start) {
    EnumSet<S> seen = EnumSet.of(start);
    Queue<S> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      S s = queue.remove();
      for (Transition<S, ?, ?> t : transitions) {
        if (t.from == s && seen.add(t.to)) {
          queue.add(t.to);
        }
      }
    }
    return seen;
  }

  /** The machine's name (used in messages and diagrams). */
  public String name() {
    return name;
  }

  /** The state a new instance starts in. */
  public S initialState() {
    return initial;
  }

  /** The states of this machine, unmodifiable. */
  public Set<S> states() {
    return states;
  }

  /** The terminal states (no transition leaves them), unmodifiable. */
  public Set<S> terminalStates() {
    return terminal;
  }

  /** Whether {@code state} is terminal. */
  public boolean isTerminal(S state) {
    return terminal.contains(state);
  }

  /** The transitions in definition order, unmodifiable. */
  public List<Transition<S, E, C>> transitions() {
    return transitions;
  }

  /** The state enum. */
  public Class<S> stateType() {
    return stateType;
  }

  /** The event enum. */
  public Class<E> eventType() {
    return eventType;
  }

  /** The definition as a Mermaid {@code stateDiagram-v2}; guards are shown in brackets after the event. */
  public String toMermaid() {
    return Diagrams.mermaid(this);
  }

  /** The definition as a Graphviz DOT digraph. */
  public String toDot() {
    return Diagrams.dot(this);
  }

  @Override
  public String toString() {
    return "StateMachine[" + name + ", " + states.size() + " states, " + transitions.size() + " transitions]";
  }

  /**
   * Builds a {@link StateMachine}. Every setter checks its arguments at once; {@link #build()}
   * validates the whole definition and lists every problem it finds. A built machine keeps its own
   * copy of the definition: changing the builder afterwards does not change it.
   *
   * @param <S> the state type
   * @param <E> the event type
   * @param <C> the context type
   */
  public static final class Builder<S extends Enum<S>, E extends Enum<E>, C> {
    private final Class<S> stateType;
    private final Class<E> eventType;
    private String name = "state machine";
    private @Nullable S initial;
    private @Nullable EnumSet<S> declared;
    private final EnumSet<S> terminal;
    private final List<Transition<S, E, C>> transitions = new ArrayList<>();
    private final Map<S, List<Action<S, E, C>>> entry;
    private final Map<S, List<Action<S, E, C>>> exit;
    private final List<TransitionListener<S, E, C>> listeners = new ArrayList<>();

    private Builder(Class<S> stateType, Class<E> eventType) {
      this.stateType = stateType;
      this.eventType = eventType;
      this.terminal = EnumSet.noneOf(stateType);
      this.entry = new EnumMap<>(stateType);
      this.exit = new EnumMap<>(stateType);
    }

    /** The machine's name, shown in messages and diagrams. */
    public Builder<S, E, C> name(String name) {
      this.name = Checks.requireText(name, "name");
      return this;
    }

    /** The state new instances start in (required). */
    public Builder<S, E, C> initial(S state) {
      Checks.requireNonNull(state, "initial");
      Checks.requireArgument(initial == null || initial == state, "initial", state, "is set twice (was " + initial + ")");
      this.initial = state;
      return this;
    }

    /**
     * Restricts the machine to these states (by default every constant of the state enum is a
     * state). May be called several times; the states add up.
     */
    @SafeVarargs
    public final Builder<S, E, C> states(S... states) {
      for (S s : Checks.requireNonNull(states, "states")) {
        Checks.requireNonNull(s, "states[]");
        if (declared == null) {
          declared = EnumSet.noneOf(stateType);
        }
        declared.add(s);
      }
      return this;
    }

    /** Marks states as terminal: no transition may leave them. */
    @SafeVarargs
    public final Builder<S, E, C> terminal(S... states) {
      for (S s : Checks.requireNonNull(states, "terminal")) {
        terminal.add(Checks.requireNonNull(s, "terminal[]"));
      }
      return this;
    }

    /** An unguarded transition {@code from} → {@code to} on {@code event}, without an action. */
    public Builder<S, E, C> transition(S from, E event, S to) {
      return add(from, event, to, null, null);
    }

    /** An unguarded transition with an action. */
    public Builder<S, E, C> transition(S from, E event, S to, Action<S, E, C> action) {
      return add(from, event, to, null, Checks.requireNonNull(action, "action"));
    }

    /** A guarded transition: taken only when {@code guard} allows it. */
    public Builder<S, E, C> transition(S from, E event, S to, Guard<? super C> guard) {
      return add(from, event, to, Checks.requireNonNull(guard, "guard"), null);
    }

    /** A guarded transition with an action. */
    public Builder<S, E, C> transition(S from, E event, S to, Guard<? super C> guard, Action<S, E, C> action) {
      return add(from, event, to, Checks.requireNonNull(guard, "guard"), Checks.requireNonNull(action, "action"));
    }

    /** Unguarded transitions from each of {@code sources} to {@code to} on {@code event}. */
    public Builder<S, E, C> transitions(Set<S> sources, E event, S to) {
      for (S from : Checks.requireNonNull(sources, "sources")) {
        transition(from, event, to);
      }
      return this;
    }

    private Builder<S, E, C> add(S from, E event, S to, @Nullable Guard<? super C> guard, @Nullable Action<S, E, C> action) {
      Checks.requireNonNull(from, "from");
      Checks.requireNonNull(event, "event");
      Checks.requireNonNull(to, "to");
      transitions.add(new Transition<>(from, event, to, guard, action));
      return this;
    }

    /** An action run whenever a transition enters {@code state} from another state. */
    public Builder<S, E, C> onEntry(S state, Action<S, E, C> action) {
      entry.computeIfAbsent(Checks.requireNonNull(state, "state"), k -> new ArrayList<>())
          .add(Checks.requireNonNull(action, "action"));
      return this;
    }

    /** An action run whenever a transition leaves {@code state} for another state. */
    public Builder<S, E, C> onExit(S state, Action<S, E, C> action) {
      exit.computeIfAbsent(Checks.requireNonNull(state, "state"), k -> new ArrayList<>())
          .add(Checks.requireNonNull(action, "action"));
      return this;
    }

    /** A listener told of every transition and rejection, in the order listeners were added. */
    public Builder<S, E, C> listener(TransitionListener<S, E, C> listener) {
      listeners.add(Checks.requireNonNull(listener, "listener"));
      return this;
    }

    private Set<S> states() {
      return declared != null ? declared : EnumSet.allOf(stateType);
    }

    /**
     * Validates and builds the machine.
     *
     * @throws InvalidDefinitionException listing every problem: no initial state, unknown states,
     *     transitions out of terminal states, several unguarded transitions for one (state, event),
     *     states unreachable from the initial state
     */
    public StateMachine<S, E, C> build() {
      List<String> problems = new ArrayList<>();
      Set<S> states = states();
      if (initial == null) {
        problems.add("no initial state");
      } else if (!states.contains(initial)) {
        problems.add("initial state " + initial + " is not one of the states");
      }
      Set<String> unknown = new LinkedHashSet<>();
      for (S s : terminal) {
        if (!states.contains(s)) {
          unknown.add("terminal state " + s + " is not one of the states");
        }
      }
      for (S s : entry.keySet()) {
        if (!states.contains(s)) {
          unknown.add("entry action on " + s + ", which is not one of the states");
        }
      }
      for (S s : exit.keySet()) {
        if (!states.contains(s)) {
          unknown.add("exit action on " + s + ", which is not one of the states");
        }
      }
      for (Transition<S, E, C> t : transitions) {
        if (!states.contains(t.from)) {
          unknown.add("transition " + t + " starts in " + t.from + ", which is not one of the states");
        }
        if (!states.contains(t.to)) {
          unknown.add("transition " + t + " ends in " + t.to + ", which is not one of the states");
        }
        if (terminal.contains(t.from)) {
          unknown.add("transition " + t + " leaves terminal state " + t.from);
        }
      }
      problems.addAll(unknown);
      problems.addAll(ambiguities());
      if (initial != null && states.contains(initial)) {
        problems.addAll(unreachable(states, initial));
      }
      if (!problems.isEmpty()) {
        throw new InvalidDefinitionException(name, problems);
      }
      return new StateMachine<>(this, initial);
    }

    private List<String> ambiguities() {
      List<String> problems = new ArrayList<>();
      Map<S, Map<E, List<Transition<S, E, C>>>> unguarded = new EnumMap<>(stateType);
      for (Transition<S, E, C> t : transitions) {
        if (t.guard == null) {
          unguarded.computeIfAbsent(t.from, k -> new EnumMap<>(eventType))
              .computeIfAbsent(t.event, k -> new ArrayList<>()).add(t);
        }
      }
      unguarded.forEach((s, byEvent) -> byEvent.forEach((e, list) -> {
        if (list.size() > 1) {
          StringJoiner targets = new StringJoiner(", ");
          list.forEach(t -> targets.add(String.valueOf(t.to)));
          problems.add(s + " on " + e + " has " + list.size() + " transitions without a guard (to " + targets + ")");
        }
      }));
      return problems;
    }

    private List<String> unreachable(Set<S> states, S start) {
      EnumSet<S> seen = reach(transitions, start);
      List<String> problems = new ArrayList<>();
      for (S s : states) {
        if (!seen.contains(s)) {
          problems.add("state " + s + " is unreachable from the initial state " + start);
        }
      }
      return problems;
    }
  }
}
