package io.orderhub.core.lifecycle.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateMachineTest {
  enum Door { CLOSED, OPENED, LOCKED, BROKEN }

  enum Push { OPEN, CLOSE, LOCK, UNLOCK, KICK }

  /** The context: whether the person has the key, and a log actions write to. */
  record Ctx(boolean hasKey, List<String> log) {
    Ctx(boolean hasKey) {
      this(hasKey, new ArrayList<>());
    }
  }

  static StateMachine.Builder<Door, Push, Ctx> door() {
    return StateMachine.builder(Door.class, Push.class, Ctx.class)
        .name("door").initial(Door.CLOSED).terminal(Door.BROKEN)
        .transition(Door.CLOSED, Push.OPEN, Door.OPENED)
        .transition(Door.OPENED, Push.CLOSE, Door.CLOSED)
        .transition(Door.CLOSED, Push.LOCK, Door.LOCKED, Guard.of("has key", Ctx::hasKey))
        .transition(Door.LOCKED, Push.UNLOCK, Door.CLOSED, Guard.of("has key", Ctx::hasKey))
        .transition(Door.OPENED, Push.KICK, Door.BROKEN);
  }

  @Test
  void takesADefinedTransition() {
    StateMachine<Door, Push, Ctx> m = door().build();
    FireResult<Door, Push> r = m.fire(Door.CLOSED, Push.OPEN, new Ctx(false));
    assertThat(r.accepted()).isTrue();
    assertThat(r.to()).isEqualTo(Door.OPENED);
    assertThat(r.from()).isEqualTo(Door.CLOSED);
    assertThat(r.rejection()).isEmpty();
    assertThat(r.orThrow()).isEqualTo(Door.OPENED);
  }

  @Test
  void anUndefinedEventIsRejectedAsNotPermittedAndStaysPut() {
    StateMachine<Door, Push, Ctx> m = door().build();
    FireResult<Door, Push> r = m.fire(Door.CLOSED, Push.CLOSE, new Ctx(true));
    assertThat(r.status()).isEqualTo(FireResult.Status.NOT_PERMITTED);
    assertThat(r.to()).isEqualTo(Door.CLOSED);
    assertThat(r.rejection()).contains("no transition from CLOSED on CLOSE");
  }

  @Test
  void aGuardSayingNoIsRejectedWithTheGuardsName() {
    StateMachine<Door, Push, Ctx> m = door().build();
    FireResult<Door, Push> r = m.fire(Door.CLOSED, Push.LOCK, new Ctx(false));
    assertThat(r.status()).isEqualTo(FireResult.Status.GUARD_REJECTED);
    assertThat(r.guards()).containsExactly("has key");
    assertThat(r.rejection().orElseThrow()).contains("has key");
    assertThat(m.fire(Door.CLOSED, Push.LOCK, new Ctx(true)).to()).isEqualTo(Door.LOCKED);
  }

  @Test
  void theHostChoosesToThrowOnRejection() {
    StateMachine<Door, Push, Ctx> m = door().build();
    assertThatThrownBy(() -> m.fireOrThrow(Door.LOCKED, Push.UNLOCK, new Ctx(false)))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
          assertThat(e.state()).isEqualTo(Door.LOCKED);
          assertThat(e.event()).isEqualTo(Push.UNLOCK);
          assertThat(e.status()).isEqualTo(FireResult.Status.GUARD_REJECTED);
          assertThat(e.guards()).containsExactly("has key");
        });
  }

  @Test
  void aTerminalStateRejectsEverythingAndSaysSo() {
    StateMachine<Door, Push, Ctx> m = door().build();
    assertThat(m.fire(Door.BROKEN, Push.OPEN, new Ctx(true)).rejection()).contains("BROKEN is terminal, no transition on OPEN");
    assertThat(m.isTerminal(Door.BROKEN)).isTrue();
  }

  @Test
  void guardedTransitionsAreTriedInOrderBeforeTheUnguardedOne() {
    StateMachine<Door, Push, Ctx> m = StateMachine.builder(Door.class, Push.class, Ctx.class)
        .initial(Door.CLOSED)
        .transition(Door.CLOSED, Push.OPEN, Door.OPENED)
        .transition(Door.CLOSED, Push.OPEN, Door.LOCKED, Guard.of("has key", Ctx::hasKey))
        .transition(Door.LOCKED, Push.KICK, Door.BROKEN)
        .build();
    assertThat(m.fire(Door.CLOSED, Push.OPEN, new Ctx(true)).to()).isEqualTo(Door.LOCKED);
    assertThat(m.fire(Door.CLOSED, Push.OPEN, new Ctx(false)).to()).isEqualTo(Door.OPENED);
  }

  @Test
  void actionsRunExitThenTransitionThenEntry() {
    StateMachine<Door, Push, Ctx> m = door()
        .onExit(Door.CLOSED, (f, t, e, c) -> c.log().add("exit " + f))
        .onEntry(Door.OPENED, (f, t, e, c) -> c.log().add("enter " + t))
        .transition(Door.OPENED, Push.LOCK, Door.OPENED, (f, t, e, c) -> c.log().add("self " + e))
        .build();
    Ctx ctx = new Ctx(false);
    m.fire(Door.CLOSED, Push.OPEN, ctx);
    m.fire(Door.OPENED, Push.LOCK, ctx);
    assertThat(ctx.log()).containsExactly("exit CLOSED", "enter OPENED", "self LOCK");
  }

  @Test
  void anActionExceptionPropagatesNamingTheTransition() {
    IllegalStateException boom = new IllegalStateException("printer jammed");
    StateMachine<Door, Push, Ctx> m = StateMachine.builder(Door.class, Push.class, Ctx.class)
        .initial(Door.CLOSED)
        .transition(Door.CLOSED, Push.OPEN, Door.OPENED, (f, t, e, c) -> {
          throw boom;
        })
        .transition(Door.OPENED, Push.LOCK, Door.LOCKED)
        .transition(Door.LOCKED, Push.KICK, Door.BROKEN)
        .build();
    assertThatThrownBy(() -> m.fire(Door.CLOSED, Push.OPEN, new Ctx(true)))
        .isInstanceOfSatisfying(TransitionFailedException.class, e -> {
          assertThat(e.transition()).isEqualTo("CLOSED -OPEN-> OPENED");
          assertThat(e.getCause()).isSameAs(boom);
          assertThat(e.getMessage()).contains("CLOSED -OPEN-> OPENED").contains("printer jammed");
        });
  }

  @Test
  void aGuardExceptionPropagatesNamingTheGuard() {
    StateMachine<Door, Push, Ctx> m = door().build();
    assertThatThrownBy(() -> m.fire(Door.CLOSED, Push.LOCK, null))
        .isInstanceOf(TransitionFailedException.class)
        .hasMessageContaining("guard 'has key'");
  }

  @Test
  void listenersHearTransitionsAndRejections() {
    List<String> heard = new ArrayList<>();
    StateMachine<Door, Push, Ctx> m = door().listener(new TransitionListener<>() {
      @Override
      public void onTransition(FireResult<Door, Push> result, Ctx context) {
        heard.add("ok " + result);
      }

      @Override
      public void onRejected(FireResult<Door, Push> result, Ctx context) {
        heard.add("no " + result.event());
      }
    }).build();
    m.fire(Door.CLOSED, Push.OPEN, new Ctx(false));
    m.fire(Door.CLOSED, Push.KICK, new Ctx(false));
    assertThat(heard).containsExactly("ok CLOSED -OPEN-> OPENED", "no KICK");
  }

  @Test
  void validationListsEveryProblem() {
    StateMachine.Builder<Door, Push, Ctx> b = StateMachine.builder(Door.class, Push.class, Ctx.class)
        .name("bad door").initial(Door.CLOSED).terminal(Door.BROKEN)
        .transition(Door.CLOSED, Push.OPEN, Door.OPENED)
        .transition(Door.CLOSED, Push.OPEN, Door.BROKEN)
        .transition(Door.BROKEN, Push.CLOSE, Door.CLOSED);
    assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidDefinitionException.class, e -> {
      assertThat(e.problems()).containsExactlyInAnyOrder(
          "transition BROKEN -CLOSE-> CLOSED leaves terminal state BROKEN",
          "CLOSED on OPEN has 2 transitions without a guard (to OPENED, BROKEN)",
          "state LOCKED is unreachable from the initial state CLOSED");
      assertThat(e.getMessage()).startsWith("state machine 'bad door' is invalid (3 problems)");
    });
  }

  @Test
  void aMissingInitialStateAndUndeclaredStatesAreProblems() {
    StateMachine.Builder<Door, Push, Ctx> b = StateMachine.builder(Door.class, Push.class, Ctx.class)
        .states(Door.CLOSED, Door.OPENED)
        .transition(Door.CLOSED, Push.KICK, Door.BROKEN);
    assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidDefinitionException.class, e ->
        assertThat(e.problems()).containsExactly("no initial state",
            "transition CLOSED -KICK-> BROKEN ends in BROKEN, which is not one of the states"));
  }

  @Test
  void builderSettersCheckAtOnce() {
    StateMachine.Builder<Door, Push, Ctx> b = door();
    assertThatThrownBy(() -> b.initial(Door.OPENED)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("initial").hasMessageContaining("set twice");
    assertThatThrownBy(() -> b.name(" ")).isInstanceOf(InvalidValueException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> b.transition(Door.CLOSED, null, Door.OPENED))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("event");
    assertThatThrownBy(() -> Guard.of("", c -> true)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aBuiltMachineDoesNotChangeWhenItsBuilderDoes() {
    StateMachine.Builder<Door, Push, Ctx> b = door();
    StateMachine<Door, Push, Ctx> m = b.build();
    b.transition(Door.CLOSED, Push.KICK, Door.BROKEN);
    assertThat(m.permits(Door.CLOSED, Push.KICK)).isFalse();
    assertThat(m.transitions()).hasSize(5);
    assertThat(b.build().permits(Door.CLOSED, Push.KICK)).isTrue();
  }

  @Test
  void describesItself() {
    StateMachine<Door, Push, Ctx> m = door().build();
    assertThat(m.states()).containsExactly(Door.values());
    assertThat(m.eventsFrom(Door.CLOSED)).containsExactly(Push.OPEN, Push.LOCK);
    assertThat(m.reachableFrom(Door.LOCKED)).containsExactlyInAnyOrder(Door.values());
    assertThat(m.transitions().get(2).guardName()).contains("has key");
    assertThat(m.toString()).isEqualTo("StateMachine[door, 4 states, 5 transitions]");
  }

  @Test
  void rendersMermaid() {
    assertThat(door().build().toMermaid()).isEqualTo(String.join("\n",
        "stateDiagram-v2",
        "    %% door",
        "    [*] --> CLOSED",
        "    CLOSED --> OPENED : OPEN",
        "    OPENED --> CLOSED : CLOSE",
        "    CLOSED --> LOCKED : LOCK [has key]",
        "    LOCKED --> CLOSED : UNLOCK [has key]",
        "    OPENED --> BROKEN : KICK",
        "    BROKEN --> [*]",
        ""));
  }

  @Test
  void rendersDot() {
    String dot = door().build().toDot();
    assertThat(dot).startsWith("digraph \"door\" {")
        .contains("\"[*]\" -> CLOSED;")
        .contains("CLOSED -> LOCKED [label=\"LOCK [has key]\"];")
        .contains("BROKEN [peripheries=2];")
        .endsWith("}\n");
  }
}
