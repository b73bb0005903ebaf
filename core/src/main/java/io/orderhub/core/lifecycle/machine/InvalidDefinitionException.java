package io.orderhub.core.lifecycle.machine;

import io.orderhub.core.OrderHubException;
import java.util.List;

/** A state machine definition failed validation at build time; {@link #problems()} lists each problem. */
public final class InvalidDefinitionException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  InvalidDefinitionException(String machine, List<String> problems) {
    super("state machine '" + machine + "' is invalid (" + problems.size() + " problem"
        + (problems.size() == 1 ? "" : "s") + "):\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  /** One line per problem, e.g. {@code "state REFUNDED is unreachable from the initial state"}. */
  public List<String> problems() {
    return problems;
  }
}
