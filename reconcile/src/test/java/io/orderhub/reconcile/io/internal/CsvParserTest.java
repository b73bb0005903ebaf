package io.orderhub.reconcile.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {
  static List<List<String>> parse(String text) throws IOException {
    CsvParser p = new CsvParser(new StringReader(text), ',');
    List<List<String>> out = new ArrayList<>();
    for (CsvRow r = p.next(); r != null; r = p.next()) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        fields.add(r.field(i));
      }
      out.add(fields);
    }
    return out;
  }

  @Test
  void plainFieldsAndLineEndings() throws IOException {
    assertThat(parse("a,b,c\r\n1,2,3\n4,5,6\r7,8,9")).containsExactly(
        List.of("a", "b", "c"), List.of("1", "2", "3"), List.of("4", "5", "6"), List.of("7", "8", "9"));
  }

  @Test
  void quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws IOException {
    assertThat(parse("\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\"\nx,\"\",y\n")).containsExactly(
        List.of("a,b", "say \"hi\"", "two\r\nlines"), List.of("x", "", "y"));
  }

  @Test
  void emptyFieldsAndTrailingDelimiterAreKept() throws IOException {
    assertThat(parse(",a,,\n")).containsExactly(Arrays.asList("", "a", "", ""));
  }

  @Test
  void aByteOrderMarkIsDropped() throws IOException {
    assertThat(parse("\uFEFForder_no,amount\n")).containsExactly(List.of("order_no", "amount"));
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsLiteral() throws IOException {
    assertThat(parse("5\" pipe,x\n")).containsExactly(List.of("5\" pipe", "x"));
  }

  @Test
  void lineNumbersCountPhysicalLinesIncludingThoseInsideQuotes() throws IOException {
    CsvParser p = new CsvParser(new StringReader("h\n\"a\nb\nc\"\nnext\r\nlast"), ',');
    assertThat(p.next().line()).isEqualTo(1);
    assertThat(p.next().line()).isEqualTo(2);
    assertThat(p.next().line()).isEqualTo(5);
    assertThat(p.next().line()).isEqualTo(6);
    assertThat(p.next()).isNull();
  }

  @Test
  void garbageAfterAClosingQuoteIsReportedAndParsingResumesAtTheNextLine() throws IOException {
    CsvParser p = new CsvParser(new StringReader("a,\"b\"x,c\nd,e\n"), ',');
    assertThatThrownBy(p::next).isInstanceOf(CsvFormatException.class)
        .satisfies(e -> {
          CsvFormatException f = (CsvFormatException) e;
          assertThat(f.line()).isEqualTo(1);
          assertThat(f.column()).isEqualTo(2);
          assertThat(f.problem()).contains("after the closing quote");
        });
    CsvRow next = p.next();
    assertThat(next.field(0)).isEqualTo("d");
    assertThat(next.line()).isEqualTo(2);
  }

  @Test
  void anUnclosedQuoteIsReportedAtTheLineItStarts() throws IOException {
    CsvParser p = new CsvParser(new StringReader("ok\n\"never closed\nmore\n"), ',');
    p.next();
    assertThatThrownBy(p::next).isInstanceOf(CsvFormatException.class).hasMessageContaining("line 2")
        .hasMessageContaining("not closed");
    assertThat(p.next()).isNull();
  }

  @Test
  void tabDelimited() throws IOException {
    CsvParser p = new CsvParser(new StringReader("a\tb,c\t\n"), '\t');
    CsvRow r = p.next();
    assertThat(r.size()).isEqualTo(3);
    assertThat(r.field(1)).isEqualTo("b,c");
    assertThat(r.field(2)).isEmpty();
    assertThat(r.field(9)).isEmpty();
  }

  @Test
  void recordsLongerThanTheBufferAreRead() throws IOException {
    String big = "x".repeat(200_000);
    assertThat(parse("\"" + big + "\"," + big + "\n")).containsExactly(List.of(big, big));
  }

  @Test
  void blankLinesAreBlankRecords() throws IOException {
    CsvParser p = new CsvParser(new StringReader("a\n\nb\n"), ',');
    assertThat(p.next().isBlank()).isFalse();
    assertThat(p.next().isBlank()).isTrue();
    assertThat(p.next().field(0)).isEqualTo("b");
  }
}
