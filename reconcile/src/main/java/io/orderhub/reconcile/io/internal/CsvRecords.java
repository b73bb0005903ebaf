package io.orderhub.reconcile.io.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.orderhub.core.internal.Checks;
import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * The records of a delimited text, read with Jackson's CSV parser (jackson-dataformat-csv)
 * as untyped rows of strings: fields separated by one delimiter character, records ended by CRLF,
 * LF or CR, fields optionally in double quotes where a quote is written twice and delimiters and
 * line breaks are literal; no escape character. A leading byte order mark is dropped. A quote
 * inside an unquoted field is kept literally; spaces between a closing quote and the delimiter are
 * ignored. A record Jackson rejects (a character after a closing quote, a quoted field still open
 * at the end of the input) is a {@link CsvFormatException} naming the line the record starts on
 * and the 1-based field, after which reading resumes with the next record.
 *
 * <p>The {@link CsvRow} handed out is reused for the next record: read it before calling {@link
 * #next()} again. Not thread-safe. Not API.
 */
public final class CsvRecords implements Closeable {
  private static final CsvFactory FACTORY = CsvFactory.builder().build();
  private static final int BOM = '\uFEFF';

  private final CsvParser parser;
  private final CsvRow row = new CsvRow();

  /** Reads {@code in} (closed by {@link #close()}) as records separated by {@code delimiter}. */
  public CsvRecords(Reader in, char delimiter) throws IOException {
    Checks.requireArgument(delimiter != '"' && delimiter != '\n' && delimiter != '\r', "delimiter", delimiter,
        "is a quote or line break");
    parser = FACTORY.createParser(withoutByteOrderMark(in));
    parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar('"').withoutEscapeChar());
  }

  /**
   * The next record, or {@code null} at the end of the input.
   *
   * @throws CsvFormatException for a malformed record (reading moves on to the next record)
   * @throws IOException when reading the input fails
   */
  public @Nullable CsvRow next() throws IOException {
    JsonToken start = parser.nextToken();
    if (start == null) {
      return null;
    }
    if (start != JsonToken.START_ARRAY) {
      throw new IllegalStateException("CSV parser gave " + start + " where a record starts");
    }
    CsvRow r = row;
    r.start(parser.currentLocation().getLineNr());
    while (true) {
      JsonToken t;
      try {
        t = parser.nextToken();
      } catch (JsonProcessingException e) {
        int column = r.size() + 1;
        skipRestOfRecord();
        throw new CsvFormatException(r.line(), column, problem(e));
      }
      if (t == JsonToken.END_ARRAY || t == null) {
        return r;
      }
      r.add(parser.getText());
    }
  }

  /** After a malformed field: reads on to the end of the record, ignoring what else is wrong in it. */
  private void skipRestOfRecord() throws IOException {
    while (true) {
      JsonToken t;
      try {
        t = parser.nextToken();
      } catch (JsonProcessingException ignored) {
        continue; // the parser has moved past the bad character; the record is reported once
      }
      if (t == JsonToken.END_ARRAY || t == null) {
        return;
      }
    }
  }

  /** Jackson's message without its location (the row's line and field are reported instead). */
  private static String problem(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
  }

  private static Reader withoutByteOrderMark(Reader in) throws IOException {
    PushbackReader r = new PushbackReader(in, 1);
    int first = r.read();
    if (first >= 0 && first != BOM) {
      r.unread(first);
    }
    return r;
  }

  /** The line reading has reached (where a failure to read the input is). */
  public long line() {
    return parser.currentLocation().getLineNr();
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
