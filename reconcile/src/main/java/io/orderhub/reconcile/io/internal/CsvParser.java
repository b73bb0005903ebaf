package io.orderhub.reconcile.io.internal;

import io.orderhub.core.internal.Checks;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A streaming RFC 4180 parser: fields separated by one delimiter character, records ended by CRLF,
 * LF or CR, fields optionally in double quotes where a quote is written twice and delimiters and
 * line breaks are literal. A leading byte order mark is dropped. A quote inside an unquoted field
 * is kept literally (as most producers expect); a character after a closing quote, or a quoted
 * field still open at the end of the input, is a {@link CsvFormatException} naming the line and
 * field, after which parsing resumes at the next line.
 *
 * <p>Written because the module may depend on core only; it should give way to
 * jackson-dataformat-csv if that is added to the build. Not thread-safe. Not API.
 */
public final class CsvParser implements Closeable {
  private static final int EOF = -1;

  private final Reader in;
  private final char delimiter;
  private final char[] buf = new char[1 << 16];
  private final StringBuilder field = new StringBuilder(64);
  private final List<String> fields = new ArrayList<>(32);
  private int pos;
  private int len;
  private long line = 1;
  private boolean started;

  public CsvParser(Reader in, char delimiter) {
    Checks.requireArgument(delimiter != '"' && delimiter != '\n' && delimiter != '\r', "delimiter", delimiter,
        "is a quote or line break");
    this.in = in;
    this.delimiter = delimiter;
  }

  /**
   * The next record, or {@code null} at the end of the input.
   *
   * @throws CsvFormatException for a malformed record (the parser moves on to the next line)
   * @throws IOException when reading fails
   */
  public @Nullable CsvRow next() throws IOException {
    if (!started) {
      started = true;
      if (peek() == '\uFEFF') {
        pos++;
      }
    }
    if (peek() == EOF) {
      return null;
    }
    long start = line;
    fields.clear();
    while (true) {
      field.setLength(0);
      int c = read();
      if (c == '"') {
        c = quoted(start);
      } else {
        while (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
          field.append((char) c);
          c = read();
        }
      }
      fields.add(field.toString());
      if (c == delimiter) {
        continue;
      }
      endOfLine(c);
      return new CsvRow(start, fields.toArray(new String[0]));
    }
  }

  /** Reads a quoted field's body and returns the character after the closing quote. */
  private int quoted(long start) throws IOException {
    while (true) {
      int c = read();
      if (c == EOF) {
        throw new CsvFormatException(start, fields.size() + 1, "quoted field is not closed before the end of the file");
      }
      if (c == '"') {
        if (peek() == '"') {
          pos++;
          field.append('"');
          continue;
        }
        int after = read();
        if (after != delimiter && after != '\n' && after != '\r' && after != EOF) {
          int column = fields.size() + 1;
          skipRestOfLine(after);
          throw new CsvFormatException(start, column,
              "unexpected character '" + (char) after + "' after the closing quote of a quoted field");
        }
        return after;
      }
      if (c == '\n' || (c == '\r' && peek() != '\n')) {
        line++;
      }
      field.append((char) c);
    }
  }

  private void skipRestOfLine(int c) throws IOException {
    while (c != '\n' && c != '\r' && c != EOF) {
      c = read();
    }
    endOfLine(c);
  }

  private void endOfLine(int c) throws IOException {
    if (c == '\r') {
      if (peek() == '\n') {
        pos++;
      }
      line++;
    } else if (c == '\n') {
      line++;
    }
  }

  private int read() throws IOException {
    if (pos == len && !fill()) {
      return EOF;
    }
    return buf[pos++];
  }

  private int peek() throws IOException {
    if (pos == len && !fill()) {
      return EOF;
    }
    return buf[pos];
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    while (n == 0) {
      n = in.read(buf, 0, buf.length);
    }
    if (n < 0) {
      return false;
    }
    pos = 0;
    len = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
