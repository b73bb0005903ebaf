package io.orderhub.reconcile.io.internal;

import java.util.Arrays;

/**
 * One CSV record: the physical line it starts on (1-based) and its fields, unquoted. {@link
 * CsvRecords} reuses one instance for every record. Not API.
 */
public final class CsvRow {
  private long line;
  private String[] fields = new String[32];
  private int size;

  CsvRow() {}

  void start(long startLine) {
    Arrays.fill(fields, 0, size, null);
    line = startLine;
    size = 0;
  }

  void add(String field) {
    if (size == fields.length) {
      fields = Arrays.copyOf(fields, size * 2);
    }
    fields[size++] = field;
  }

  /** The 1-based line the record starts on. */
  public long line() {
    return line;
  }

  /** How many fields the record has. */
  public int size() {
    return size;
  }

  /** Field {@code index} (0-based), or the empty string past the end of a short record. */
  public String field(int index) {
    return index < size ? fields[index] : "";
  }

  /** An empty line. */
  public boolean isBlank() {
    return size == 1 && fields[0].isBlank();
  }
}
