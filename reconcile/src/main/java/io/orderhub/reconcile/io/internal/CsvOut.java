package io.orderhub.reconcile.io.internal;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.orderhub.reconcile.io.ReportWriteException;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 records with Jackson's CSV generator (jackson-dataformat-csv): records end with
 * CRLF, and a field is quoted, quotes doubled, only when it holds a comma, a quote or a line break.
 *
 * <p>Jackson 2.18's strict quoting check misses a bare LF when the line separator is CRLF
 * (jackson-dataformats-text#479, fixed in 2.21), so a record with one has all its fields quoted:
 * still RFC 4180, read back the same. Ids cannot hold line breaks, so only free text (a payment's
 * channel) ever takes that path. Not API.
 */
public final class CsvOut {
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

  private final CsvGenerator out;

  /** Writes to {@code out}, which {@link #close()} closes. */
  public CsvOut(Writer out) {
    try {
      this.out = FACTORY.createGenerator(out);
    } catch (IOException e) {
      throw failed(e);
    }
    this.out.setSchema(SCHEMA);
  }

  /** One record. */
  public void record(List<String> fields) {
    boolean bareLineFeed = false;
    for (String f : fields) {
      bareLineFeed |= f.indexOf('\n') >= 0;
    }
    try {
      if (bareLineFeed) {
        out.enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);
      }
      out.writeStartArray();
      for (String f : fields) {
        out.writeString(f);
      }
      out.writeEndArray();
      if (bareLineFeed) {
        out.disable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);
      }
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** Flushes and closes the underlying writer. */
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private static ReportWriteException failed(IOException e) {
    return new ReportWriteException("cannot write CSV: " + e.getMessage(), e);
  }
}
