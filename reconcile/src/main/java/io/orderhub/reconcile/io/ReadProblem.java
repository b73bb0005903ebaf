package io.orderhub.reconcile.io;

import io.orderhub.core.internal.Checks;

/**
 * A row that could not be read; it was left out of the reconciliation and counted.
 *
 * @param file the file's name
 * @param line the 1-based line the row starts on
 * @param column the column's name (or {@code #n} when the header does not name it)
 * @param message what is wrong
 */
public record ReadProblem(String file, long line, String column, String message) {
  /** Requires every component. */
  public ReadProblem {
    Checks.requireNonNull(file, "file");
    Checks.requireArgument(line >= 1, "line", line, "is not >= 1");
    Checks.requireNonNull(column, "column");
    Checks.requireText(message, "message");
  }

  /** {@code payments.csv:12: amount: "12,5" is not a decimal amount like 12.50}. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + column + ": " + message;
  }
}
