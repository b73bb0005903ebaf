package io.orderhub.reconcile.io;

import io.orderhub.core.internal.Checks;
import java.util.List;

/**
 * What reading one file did: every physical record is either a record handed on, a skipped row
 * (comments, headers, summary and footer lines, rows of other transaction types), or a problem.
 *
 * @param file the file's name
 * @param format the reader's format, e.g. {@code wechat}
 * @param rows CSV records read (blank lines not counted)
 * @param records payment, settlement or shipment records handed on (an Amazon settlement record
 *     sums several rows)
 * @param skipped rows deliberately not turned into records
 * @param problemCount malformed rows
 * @param problems the first {@link #MAX_PROBLEMS} malformed rows
 */
public record ReadResult(
    String file, String format, long rows, long records, long skipped, long problemCount, List<ReadProblem> problems) {
  /** How many problems are kept in detail; the rest are only counted. */
  public static final int MAX_PROBLEMS = 1000;

  /** Copies the problems. */
  public ReadResult {
    Checks.requireNonNull(file, "file");
    Checks.requireText(format, "format");
    problems = List.copyOf(problems);
    Checks.requireArgument(problemCount >= problems.size(), "problemCount", problemCount,
        "is below the " + problems.size() + " problems listed");
  }

  /** Whether every row was read. */
  public boolean isClean() {
    return problemCount == 0;
  }
}
