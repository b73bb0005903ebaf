package io.orderhub.rules;

import io.orderhub.core.OrderHubException;
import java.util.List;

/** A rule set failed validation when built; {@link #problems()} lists every problem found. */
public class InvalidRuleSetException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidRuleSetException(List<String> problems) {
    super("invalid rule set: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem, naming the rule and what is wrong. */
  public List<String> problems() {
    return problems;
  }
}
