package io.orderhub.reconcile.io.internal;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.internal.Checks;
import io.orderhub.reconcile.io.BillReader;
import io.orderhub.reconcile.io.ReadResult;
import io.orderhub.reconcile.io.UnreadableBillException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Drives a {@link Table} over the {@link CsvRecords} of a file: skips blank and comment rows, reads the first
 * other row as the header, hands each data row to the table until the trailer starts, and turns
 * every malformed row into a problem with line and column. Decoding is strict: bytes that are not
 * the format's charset make the file unreadable, naming the line they are on, rather than turning
 * into replacement characters. Not API.
 *
 * @param <T> the record type
 */
public final class TableReader<T> implements BillReader<T> {
  private final String format;
  private final Charset charset;
  private final char delimiter;
  private final Supplier<? extends Table<T>> tables;

  public TableReader(String format, Charset charset, char delimiter, Supplier<? extends Table<T>> tables) {
    this.format = format;
    this.charset = charset;
    this.delimiter = delimiter;
    this.tables = tables;
  }

  @Override
  public String format() {
    return format;
  }

  @Override
  public ReadResult read(InputStream in, String file, Consumer<? super T> sink) {
    Checks.requireNonNull(in, "in");
    Checks.requireNonNull(file, "file");
    Checks.requireNonNull(sink, "sink");
    Table<T> table = tables.get();
    Problems problems = new Problems(file);
    long[] records = new long[1];
    Consumer<T> out = t -> {
      sink.accept(t);
      records[0]++; // only once taken: a row the sink refuses is a problem, not a record
    };
    long rows = 0;
    long skipped = 0;
    @Nullable CsvRecords parser = null;
    try {
      parser = new CsvRecords(new StrictReader(table.unwrap(in, file), charset), delimiter);
      @Nullable Header header = null;
      boolean trailer = false;
      while (true) {
        CsvRow row;
        try {
          row = parser.next();
        } catch (CsvFormatException e) {
          rows++;
          problems.add(e.line(), header == null ? "#" + e.column() : header.name(e.column() - 1), e.problem());
          continue;
        }
        if (row == null) {
          break;
        }
        if (row.isBlank()) {
          continue;
        }
        rows++;
        if (table.isComment(row)) {
          skipped++;
        } else if (header == null) {
          header = new Header(row);
          table.header(header, file);
          header.check(file);
          skipped++;
        } else if (trailer || table.startsTrailer(row)) {
          trailer = true;
          table.trailer(row);
          skipped++;
        } else {
          try {
            if (!table.row(row, out)) {
              skipped++;
            }
          } catch (RowProblem e) {
            problems.add(row.line(), e.column(), e.problem());
          } catch (InvalidValueException e) {
            problems.add(row.line(), e.field(), e.problem() + (e.value() == null ? "" : ": \"" + e.value() + "\""));
          }
        }
      }
      if (header == null) {
        throw new UnreadableBillException(file, "no header row: not a " + format + " bill");
      }
      table.finish(out, problems);
    } catch (CharacterCodingException e) {
      throw new UnreadableBillException(file, "line " + (parser == null ? 1 : parser.line()) + ": not "
          + charset.name() + " text (" + format + " bills are " + charset.name() + ")", e);
    } catch (IOException e) {
      throw new UnreadableBillException(file, "cannot read: " + e.getMessage(), e);
    } finally {
      closeQuietly(parser, in);
    }
    return new ReadResult(file, format, rows, records[0], skipped, problems.count(), problems.kept());
  }

  private static void closeQuietly(@Nullable CsvRecords parser, InputStream in) {
    try {
      if (parser != null) {
        parser.close();
      } else {
        in.close();
      }
    } catch (IOException ignored) {
      // reading is over; a failure to close a read-only stream changes nothing
    }
  }
}
