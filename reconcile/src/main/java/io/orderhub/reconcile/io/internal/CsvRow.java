package io.orderhub.reconcile.io.internal;

/**
 * One CSV record: the physical line it starts on (1-based) and its fields, unquoted. Not API.
 */
public final class CsvRow {
  private final long line;
  private final String[] fields;

  CsvRow(long line, String[] fields) {
    this.line = line;
    this.fields = fields;
  }

  /** The 1-based line the record starts on. */
  public long line() {
    return line;
  }

  /** How many fields the record has. */
  public int size() {
    return fields.length;
  }

  /** Field {@code index} (0-based), or the empty string past the end of a short record. */
  public String field(int index) {
    return index < fields.length ? fields[index] : "";
  }

  /** An empty line. */
  public boolean isBlank() {
    return fields.length == 1 && fields[0].isBlank();
  }
}
