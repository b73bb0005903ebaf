package io.orderhub.reconcile.io.internal;

import io.orderhub.core.OrderHubException;

/** A record that breaks RFC 4180; the parser has already moved past it. Not API. */
public final class CsvFormatException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final long line;
  private final int column;

  CsvFormatException(long line, int column, String message) {
    super("line " + line + ", column " + column + ": " + message);
    this.line = line;
    this.column = column;
  }

  /** The line the record starts on. */
  public long line() {
    return line;
  }

  /** The 1-based field number where the problem is. */
  public int column() {
    return column;
  }

  /** The problem without the position. */
  public String problem() {
    String m = getMessage();
    return m.substring(m.indexOf(": ") + 2);
  }
}
