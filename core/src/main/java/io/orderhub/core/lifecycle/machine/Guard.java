package io.orderhub.core.lifecycle.machine;

import io.orderhub.core.internal.Checks;
import java.util.function.Predicate;

/**
 * A named condition on a transition: the transition is taken only when {@link #test} says yes.
 * The name shows in rejections ({@link FireResult#guards()}) and in diagrams, so make it read
 * like the rule, e.g. {@code "held at PAID"}.
 *
 * @param <C> the context type the machine is fired with
 */
public interface Guard<C> {

  /** The guard's name, as shown in rejections and diagrams. */
  String name();

  /** Whether the transition may be taken for this context. Must not change anything. */
  boolean test(C context);

  /**
   * A guard named {@code name} that asks {@code condition}.
   *
   * @throws io.orderhub.core.InvalidValueException when the name is blank or the condition null
   */
  static <C> Guard<C> of(String name, Predicate<? super C> condition) {
    String n = Checks.requireText(name, "guard.name");
    Predicate<? super C> p = Checks.requireNonNull(condition, "guard.condition");
    return new Guard<>() {
      @Override
      public String name() {
        return n;
      }

      @Override
      public boolean test(C context) {
        return p.test(context);
      }

      @Override
      public String toString() {
        return "Guard[" + n + "]";
      }
    };
  }
}
