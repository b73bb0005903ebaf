package io.orderhub.reconcile.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.Money;
import io.orderhub.reconcile.Partitions;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A damaged bill never escapes as anything but an {@link UnreadableBillException}: every reader,
 * fed its own sample with bytes flipped, lines cut, fields swapped for hostile values or plain
 * noise, either reads it (naming each bad row with its line) or says the file is unreadable. For
 * the one-row-per-record formats, every row read is accounted for as a record, a skipped row or a
 * problem, so no row (and no money) disappears without a trace.
 */
class BillReadersFuzzProperties {
  /** Values a damaged or hostile bill may hold where an amount, a time or an id belongs. */
  private static final List<String> HOSTILE = List.of(
      "", " ", "\"", "\"\"", "\"a,b\"", "`", "`-", "-", "+", ".", "1e999999999", "13E79246801358", "NaN", "Infinity",
      "9".repeat(40), "0." + "0".repeat(40) + "1", "-9223372036854775809", "１２.５０", "12,50", "12.505", "¥12.50",
      "2026-02-30 25:61:61", "2026-11-11T00:00:00+99:00", "0000-00-00 00:00:00", "99999-01-01T00:00:00Z",
      "\u0000", "\uFEFF", "\r", "x".repeat(5_000), "=cmd|' /C calc'!A0");

  private static final String CANONICAL_PAYMENTS = "order_no,payment_id,amount,fee,paid_at,group_id,channel\n"
      + "A1,P1,100.00,0.60,2026-11-11 08:00:00,,alipay\n"
      + "A2,P2,-5,,2026-11-11T00:00:00Z,PARENT,\n"
      + "\"A,3\",P3,12.5,0,2026-11-11 09:30:00,,wechat\n";
  private static final String CANONICAL_SETTLEMENTS =
      "order_no,settlement_id,gross,commission,freight_adjustment,net,settled_at\n"
      + "A1,S1,100,5,0,95,2026-11-11 09:00:00\n"
      + "A2,S2,-5,0,1.50,-3.50,2026-11-12T01:00:00Z\n";
  private static final String CANONICAL_SHIPMENTS = "order_no,shipment_id,amount,shipped_at,group_id\n"
      + "A1,H1,100,2026-11-11 10:00:00,\n"
      + "C1,H2,10,2026-11-11T01:00:00Z,P\n";

  /** A reader with a well-formed sample of its format. */
  record Sample(String name, BillReader<?> reader, byte[] bytes, Charset charset, boolean rowPerRecord) {
    @Override
    public String toString() {
      return name;
    }
  }

  @Provide
  Arbitrary<Sample> samples() {
    Charset gbk = BillReadersTest.GBK;
    return Arbitraries.of(
        new Sample("canonical payments", BillReaders.canonicalPayments(), utf8(CANONICAL_PAYMENTS),
            StandardCharsets.UTF_8, true),
        new Sample("canonical settlements", BillReaders.canonicalSettlements(Money.CNY, Partitions.CHINA),
            utf8(CANONICAL_SETTLEMENTS), StandardCharsets.UTF_8, true),
        new Sample("canonical shipments", BillReaders.canonicalShipments(Money.CNY, Partitions.CHINA),
            utf8(CANONICAL_SHIPMENTS), StandardCharsets.UTF_8, true),
        new Sample("wechat", BillReaders.wechatPayments(Money.CNY), utf8(BillReadersTest.wechatBill(3)),
            StandardCharsets.UTF_8, false),
        new Sample("alipay", BillReaders.alipayPayments(Money.CNY), BillReadersTest.ALIPAY.getBytes(gbk), gbk, true),
        new Sample("amazon", BillReaders.amazonSettlements(Currency.getInstance("USD")), utf8(BillReadersTest.AMAZON),
            StandardCharsets.UTF_8, false));
  }

  @Property(tries = 300)
  void flippedBytesAreReadOrUnreadableNeverACrash(
      @ForAll("samples") Sample sample, @ForAll("positions") List<Integer> positions) {
    byte[] bytes = sample.bytes().clone();
    for (int p : positions) {
      bytes[Math.floorMod(p, bytes.length)] ^= (byte) (1 + Math.floorMod(p, 127));
    }
    assertReadOrUnreadable(sample, bytes);
  }

  @Property(tries = 200)
  void truncatedBillsAreReadOrUnreadableNeverACrash(
      @ForAll("samples") Sample sample, @ForAll @IntRange(min = 0, max = 100_000) int cut) {
    byte[] bytes = sample.bytes();
    assertReadOrUnreadable(sample, Arrays.copyOf(bytes, Math.min(cut, bytes.length)));
  }

  @Property(tries = 200)
  void randomBytesAreReadOrUnreadableNeverACrash(@ForAll("samples") Sample sample, @ForAll byte[] noise) {
    assertReadOrUnreadable(sample, noise);
  }

  @Property(tries = 400)
  void hostileFieldsAreProblemsNeverACrash(
      @ForAll("samples") Sample sample, @ForAll @IntRange(min = 1, max = 4) int swaps, @ForAll long seed) {
    Random random = new Random(seed);
    String text = new String(sample.bytes(), sample.charset());
    char separator = sample.name().equals("amazon") ? '\t' : ',';
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    for (int i = 0; i < swaps; i++) {
      int at = random.nextInt(lines.size());
      String[] fields = lines.get(at).split(String.valueOf(separator), -1);
      int f = random.nextInt(fields.length);
      fields[f] = HOSTILE.get(random.nextInt(HOSTILE.size()));
      lines.set(at, String.join(String.valueOf(separator), fields));
    }
    assertReadOrUnreadable(sample, String.join("\n", lines).getBytes(sample.charset()));
  }

  @Provide
  Arbitrary<List<Integer>> positions() {
    return Arbitraries.integers().list().ofMinSize(1).ofMaxSize(8);
  }

  private static void assertReadOrUnreadable(Sample sample, byte[] bytes) {
    List<Object> records = new ArrayList<>();
    ReadResult result;
    try {
      result = sample.reader().read(new ByteArrayInputStream(bytes), "bill.csv", records::add);
    } catch (UnreadableBillException e) {
      assertThat(e.file()).isEqualTo("bill.csv");
      assertThat(e.getMessage()).startsWith("bill.csv");
      return;
    }
    assertThat(result.records()).isEqualTo(records.size());
    assertThat(result.problemCount()).isGreaterThanOrEqualTo(result.problems().size());
    for (ReadProblem p : result.problems()) {
      assertThat(p.file()).isEqualTo("bill.csv");
      assertThat(p.line()).isBetween(1L, (long) lineCount(bytes) + 1);
      assertThat(p.message()).isNotBlank();
    }
    if (sample.rowPerRecord()) {
      assertThat(result.rows()).as("rows = records + skipped + problems")
          .isEqualTo(result.records() + result.skipped() + result.problemCount());
    } else {
      assertThat(result.records() + result.skipped()).isLessThanOrEqualTo(result.rows());
    }
  }

  private static int lineCount(byte[] bytes) {
    int n = 1;
    for (byte b : bytes) {
      if (b == '\n' || b == '\r') {
        n++;
      }
    }
    return n;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
