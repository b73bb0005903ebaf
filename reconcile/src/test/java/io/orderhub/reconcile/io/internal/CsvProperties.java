package io.orderhub.reconcile.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvProperties {
  @Provide
  Arbitrary<List<List<String>>> tables() {
    Arbitrary<String> field = Arbitraries.strings().withChars("ab,\"\r\n\t 元`x").ofMaxLength(8);
    return field.list().ofMinSize(2).ofMaxSize(6).list().ofMaxSize(20);
  }

  @Property(tries = 300)
  void whatTheWriterWritesTheParserReadsBack(@ForAll("tables") List<List<String>> table) throws IOException {
    StringWriter w = new StringWriter();
    CsvOut out = new CsvOut(w);
    table.forEach(out::record);
    out.close();
    CsvRecords p = new CsvRecords(new StringReader(w.toString()), ',');
    List<List<String>> back = new ArrayList<>();
    for (CsvRow r = p.next(); r != null; r = p.next()) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        fields.add(r.field(i));
      }
      back.add(fields);
    }
    assertThat(back).isEqualTo(table);
  }

  /**
   * The hand-written writer Jackson's replaced: a field is quoted when it holds a comma, a quote or
   * a line break (records with a bare LF, which Jackson 2.18 quotes whole, are left out).
   */
  static String handWritten(List<List<String>> table) {
    StringBuilder b = new StringBuilder();
    for (List<String> record : table) {
      for (int i = 0; i < record.size(); i++) {
        String field = record.get(i);
        if (i > 0) {
          b.append(',');
        }
        if (field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
          b.append('"').append(field.replace("\"", "\"\"")).append('"');
        } else {
          b.append(field);
        }
      }
      b.append("\r\n");
    }
    return b.toString();
  }

  @Provide
  Arbitrary<List<List<String>>> tablesWithoutLineFeeds() {
    Arbitrary<String> field = Arbitraries.strings().withChars("ab,\"\r\t #元`x").ofMaxLength(40);
    return field.list().ofMinSize(1).ofMaxSize(18).list().ofMaxSize(20);
  }

  @Property(tries = 300)
  void theWriterWritesWhatTheHandWrittenOneDid(@ForAll("tablesWithoutLineFeeds") List<List<String>> table) {
    StringWriter w = new StringWriter();
    CsvOut out = new CsvOut(w);
    table.forEach(out::record);
    out.close();
    assertThat(w.toString()).isEqualTo(handWritten(table));
  }

  @Property(tries = 300)
  void fastMoneyAgreesWithTheExactParser(@ForAll("amounts") String text) {
    long fast = Fields.fastMinor(text, 2);
    if (fast != Long.MIN_VALUE) {
      assertThat(fast).isEqualTo(new java.math.BigDecimal(text).movePointRight(2).longValueExact());
    }
  }

  @Provide
  Arbitrary<String> amounts() {
    return Arbitraries.strings().withChars("0123456789.-+").ofMinLength(1).ofMaxLength(12);
  }
}
