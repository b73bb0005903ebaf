package io.orderhub.reconcile.io.internal;

import io.orderhub.reconcile.io.ReadProblem;
import io.orderhub.reconcile.io.ReadResult;
import java.util.ArrayList;
import java.util.List;

/** Counts a file's malformed rows and keeps the first {@link ReadResult#MAX_PROBLEMS}. Not API. */
public final class Problems {
  private final String file;
  private final List<ReadProblem> kept = new ArrayList<>();
  private long count;

  Problems(String file) {
    this.file = file;
  }

  /** Records a problem at {@code line} in {@code column}. */
  public void add(long line, String column, String message) {
    count++;
    if (kept.size() < ReadResult.MAX_PROBLEMS) {
      kept.add(new ReadProblem(file, line, column, message));
    }
  }

  long count() {
    return count;
  }

  List<ReadProblem> kept() {
    return kept;
  }
}
