package io.orderhub.reconcile.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * How one bill format's rows become records; a new instance reads one file and may keep state
 * (a running group of rows, a record count to check against a summary line). Not API.
 *
 * @param <T> the record type
 */
public abstract class Table<T> {
  /** The input, undone from any compression or archive; the default undoes gzip. */
  protected InputStream unwrap(InputStream in, String file) throws IOException {
    return Streams.gunzipIfCompressed(in);
  }

  /** Whether a row is a comment to skip wherever it appears. */
  protected boolean isComment(CsvRow row) {
    return false;
  }

  /** Reads the header row; throws {@link io.orderhub.reconcile.io.UnreadableBillException} if it lacks a column. */
  protected abstract void header(Header header, String file);

  /** Whether this row starts the summary or footer; it and every row after it are skipped. */
  protected boolean startsTrailer(CsvRow row) {
    return false;
  }

  /** Sees a trailer row (e.g. to check a count). */
  protected void trailer(CsvRow row) {}

  /**
   * Turns a data row into records; returns false when the row is deliberately skipped.
   *
   * @throws RowProblem when a field cannot be read
   */
  protected abstract boolean row(CsvRow row, Consumer<? super T> out);

  /** Called at the end of the input; may emit held records and report problems. */
  protected void finish(Consumer<? super T> out, Problems problems) {}
}
