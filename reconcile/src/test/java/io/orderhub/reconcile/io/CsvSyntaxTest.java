package io.orderhub.reconcile.io;

import static io.orderhub.reconcile.io.BillReadersTest.read;
import static io.orderhub.reconcile.io.BillReadersTest.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.Money;
import io.orderhub.reconcile.Payment;
import io.orderhub.reconcile.Settlement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CSV syntax every reader accepts (RFC 4180, read with Jackson's CSV parser), seen through the
 * canonical payment reader's free-text {@code channel} column: these were the tests of the
 * hand-written parser the readers used before, kept as tests of what the readers do.
 */
class CsvSyntaxTest {
  static final String HEADER = "order_no,payment_id,amount,fee,paid_at,channel";

  static List<Payment> payments(String csv, ReadResult[] result) {
    return read(BillReaders.canonicalPayments(), utf8(csv), result);
  }

  static String row(String orderNo, String channel) {
    return orderNo + ",P" + orderNo + ",1.00,0,2026-11-11 08:00:00," + channel;
  }

  @Test
  void plainFieldsAndEveryLineEnding() {
    ReadResult[] r = new ReadResult[1];
    List<Payment> p = payments(HEADER + "\r\n" + row("A1", "x") + "\n" + row("A2", "y") + "\r" + row("A3", "z"), r);
    assertThat(p).extracting(Payment::orderNo).containsExactly("A1", "A2", "A3");
    assertThat(p).extracting(Payment::channel).containsExactly("x", "y", "z");
    assertThat(r[0].isClean()).isTrue();
    assertThat(r[0].rows()).isEqualTo(4);
  }

  @Test
  void quotedFieldsHoldDelimitersQuotesAndLineBreaks() {
    ReadResult[] r = new ReadResult[1];
    List<Payment> p = payments(HEADER + "\n" + row("A1", "\"a,b\"") + "\n" + row("A2", "\"say \"\"hi\"\"\"") + "\n"
        + row("A3", "\"two\r\nlines\"") + "\n" + "\"A4\",\"PA4\",\"1.00\",\"\",\"2026-11-11 08:00:00\",\"x\"\n", r);
    assertThat(p).extracting(Payment::channel).containsExactly("a,b", "say \"hi\"", "two\r\nlines", "x");
    assertThat(p.get(3).fee()).isEqualTo(Money.cny("0.00"));
    assertThat(r[0].isClean()).isTrue();
  }

  @Test
  void emptyFieldsAndATrailingDelimiterAreKept() {
    ReadResult[] r = new ReadResult[1];
    List<Payment> p = payments("order_no,payment_id,amount,fee,paid_at,group_id,channel\n"
        + "A1,P1,1.00,,2026-11-11 08:00:00,,\n", r);
    assertThat(p).singleElement().satisfies(x -> {
      assertThat(x.fee()).isEqualTo(Money.cny("0.00"));
      assertThat(x.group()).isEqualTo("A1");
      assertThat(x.channel()).isEqualTo("canonical");
    });
  }

  @Test
  void aByteOrderMarkIsDropped() {
    ReadResult[] r = new ReadResult[1];
    assertThat(payments("\uFEFF" + HEADER + "\n" + row("A1", "x") + "\n", r)).hasSize(1);
    assertThat(r[0].isClean()).isTrue();
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsLiteral() {
    ReadResult[] r = new ReadResult[1];
    assertThat(payments(HEADER + "\n" + row("A1", "5\" pipe") + "\n", r)).extracting(Payment::channel)
        .containsExactly("5\" pipe");
  }

  @Test
  void spacesAfterAClosingQuoteAreIgnored() {
    ReadResult[] r = new ReadResult[1];
    assertThat(payments(HEADER + "\n" + row("A1", "\"wechat\"  ") + "\n", r)).extracting(Payment::channel)
        .containsExactly("wechat");
    assertThat(r[0].isClean()).isTrue();
  }

  @Test
  void problemLinesCountPhysicalLinesIncludingThoseInsideQuotes() {
    ReadResult[] r = new ReadResult[1];
    List<Payment> p = payments(HEADER + "\n" + row("A1", "\"a\nb\nc\"") + "\n" + row("A2", "x").replace("1.00", "x")
        + "\r\n" + row("A3", "\"d\r\ne\"") + "\r" + row("A4", "y").replace("2026", "20x6") + "\n", r);
    assertThat(p).extracting(Payment::orderNo).containsExactly("A1", "A3");
    assertThat(r[0].problems()).extracting(ReadProblem::line).containsExactly(5L, 8L);
    assertThat(r[0].problems()).extracting(ReadProblem::column).containsExactly("amount", "paid_at");
  }

  @Test
  void aCharacterAfterAClosingQuoteIsReportedWithLineAndColumnAndTheNextRowIsRead() {
    ReadResult[] r = new ReadResult[1];
    List<Payment> p = payments(HEADER + "\n" + row("A1", "x").replace(",1.00,", ",\"1.00\"x,") + "\n"
        + row("A2", "\"y\"z") + "\n" + row("A3", "w") + "\n", r);
    assertThat(p).extracting(Payment::orderNo).containsExactly("A3");
    assertThat(r[0].problemCount()).isEqualTo(2);
    assertThat(r[0].problems()).extracting(ReadProblem::line).containsExactly(2L, 3L);
    assertThat(r[0].problems()).extracting(ReadProblem::column).containsExactly("amount", "channel");
    assertThat(r[0].problems().get(0).message()).contains("Unexpected character ('x'");
    assertThat(r[0].rows()).isEqualTo(r[0].records() + r[0].skipped() + r[0].problemCount());
  }

  @Test
  void aQuoteStillOpenAtTheEndIsReportedAtTheLineItStartsAndCounted() {
    ReadResult[] r = new ReadResult[1];
    List<Payment> p = payments(HEADER + "\n" + row("A1", "x") + "\n" + row("A2", "\"never closed") + "\n"
        + row("A3", "x") + "\n", r);
    assertThat(p).extracting(Payment::orderNo).containsExactly("A1");
    assertThat(r[0].problems()).singleElement().satisfies(pr -> {
      assertThat(pr.line()).isEqualTo(3);
      assertThat(pr.column()).isEqualTo("channel");
      assertThat(pr.message()).contains("closing quote");
    });
  }

  @Test
  void tabDelimitedFieldsMayHoldCommas() {
    ReadResult[] r = new ReadResult[1];
    String amazon = BillReadersTest.AMAZON.replace("\tShipping\t4.99\t", "\tShipping, express\t4.99\t");
    List<Settlement> s = read(BillReaders.amazonSettlements(java.util.Currency.getInstance("USD")), utf8(amazon), r);
    assertThat(s).hasSize(3);
    assertThat(r[0].problemCount()).isEqualTo(1);
  }

  @Test
  void recordsLongerThanAnyBufferAreRead() {
    String big = "x".repeat(200_000);
    ReadResult[] r = new ReadResult[1];
    assertThat(payments(HEADER + "\n" + row("A1", "\"" + big + "\"") + "\n" + row("A2", big) + "\n", r))
        .extracting(Payment::channel).containsExactly(big, big);
  }

  @Test
  void blankLinesAreNeitherRowsNorProblems() {
    ReadResult[] r = new ReadResult[1];
    assertThat(payments("\n" + HEADER + "\n\n" + row("A1", "x") + "\r\n  \r\n" + row("A2", "y") + "\n\n", r)).hasSize(2);
    assertThat(r[0].rows()).isEqualTo(3);
    assertThat(r[0].isClean()).isTrue();
  }
}
