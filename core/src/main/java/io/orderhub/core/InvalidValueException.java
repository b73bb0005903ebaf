package io.orderhub.core;

import org.jspecify.annotations.Nullable;

/**
 * A value handed to the model is not acceptable: the message names the field, the offending value
 * and the problem, e.g. {@code quantity: 0 is not > 0}.
 */
public class InvalidValueException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final @Nullable String value;
  private final String problem;

  public InvalidValueException(String field, @Nullable Object value, String problem) {
    super(field + ": " + (value == null ? "null" : "\"" + value + "\"") + " " + problem);
    this.field = field;
    this.value = value == null ? null : String.valueOf(value);
    this.problem = problem;
  }

  /** The field (or parameter) whose value was rejected. */
  public String field() {
    return field;
  }

  /** The rejected value as text, or {@code null} when it was missing. */
  public @Nullable String value() {
    return value;
  }

  /** What is wrong with the value. */
  public String problem() {
    return problem;
  }
}
