package io.orderhub.reconcile.io.internal;

import io.orderhub.core.OrderHubException;

/** A field that cannot be read: the row is reported with this column and skipped. Not API. */
public final class RowProblem extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final String column;

  public RowProblem(String column, String message) {
    super(column + ": " + message);
    this.column = column;
  }

  /** The column's name. */
  public String column() {
    return column;
  }

  /** The problem without the column. */
  public String problem() {
    return getMessage().substring(column.length() + 2);
  }
}
