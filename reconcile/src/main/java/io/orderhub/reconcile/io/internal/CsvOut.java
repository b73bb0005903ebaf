package io.orderhub.reconcile.io.internal;

import io.orderhub.reconcile.io.ReportWriteException;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 records: a field with a comma, quote or line break is quoted, quotes doubled. Not API. */
public final class CsvOut {
  private final Writer out;
  private final StringBuilder line = new StringBuilder(256);

  public CsvOut(Writer out) {
    this.out = out;
  }

  /** One record, ended by CRLF as RFC 4180 asks. */
  public void record(List<String> fields) {
    line.setLength(0);
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      append(line, fields.get(i));
    }
    line.append("\r\n");
    try {
      out.write(line.toString());
    } catch (IOException e) {
      throw new ReportWriteException("cannot write CSV: " + e.getMessage(), e);
    }
  }

  /** Flushes and closes the underlying writer. */
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new ReportWriteException("cannot write CSV: " + e.getMessage(), e);
    }
  }

  static void append(StringBuilder b, String field) {
    boolean quote = false;
    for (int i = 0; i < field.length() && !quote; i++) {
      char c = field.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      b.append(field);
      return;
    }
    b.append('"');
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '"') {
        b.append('"');
      }
      b.append(c);
    }
    b.append('"');
  }
}
