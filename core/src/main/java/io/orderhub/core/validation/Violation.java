package io.orderhub.core.validation;

/**
 * One thing wrong with an order.
 *
 * @param path the field path, e.g. {@code amounts.paid} or {@code lines[1].quantity}
 * @param problem what is wrong, with the values involved
 */
public record Violation(String path, String problem) {
  /** {@code path: problem}. */
  @Override
  public String toString() {
    return path + ": " + problem;
  }
}
