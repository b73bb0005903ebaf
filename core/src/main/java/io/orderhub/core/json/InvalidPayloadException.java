package io.orderhub.core.json;

import io.orderhub.core.OrderHubException;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document (a platform payload or canonical order JSON) could not be read: the message names
 * the JSON path, the value found there and the problem, e.g. {@code $.lines[2].quantity: "two" is
 * not an integer}.
 */
public class InvalidPayloadException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final @Nullable String value;
  private final String problem;

  public InvalidPayloadException(String path, @Nullable String value, String problem) {
    this(path, value, problem, null);
  }

  public InvalidPayloadException(String path, @Nullable String value, String problem, @Nullable Throwable cause) {
    super(path + ": " + (value == null ? "" : shorten(value) + " ") + problem, cause);
    this.path = path;
    this.value = value;
    this.problem = problem;
  }

  /** The JSON path of the problem, {@code $} for the document itself. */
  public String path() {
    return path;
  }

  /** The offending value as text, or {@code null} when it was missing. */
  public @Nullable String value() {
    return value;
  }

  /** What is wrong. */
  public String problem() {
    return problem;
  }

  private static String shorten(String value) {
    return value.length() <= 80 ? value : value.substring(0, 77) + "...";
  }
}
