package io.orderhub.reconcile.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.Money;
import io.orderhub.reconcile.Partitions;
import io.orderhub.reconcile.Payment;
import io.orderhub.reconcile.Settlement;
import io.orderhub.reconcile.Shipment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BillReadersTest {
  static final Charset GBK = Charset.forName("GBK");

  static <T> List<T> read(BillReader<T> reader, byte[] bytes, ReadResult[] result) {
    List<T> out = new ArrayList<>();
    result[0] = reader.read(new ByteArrayInputStream(bytes), "bill.csv", out::add);
    return out;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void canonicalPaymentsInAnyColumnOrderWithOptionalColumns() {
    String csv = "paid_at,order_no,amount,fee,payment_id,group_id,channel,extra\r\n"
        + "2026-11-11 08:00:00,A1,100.00,0.60,P1,,alipay,x\r\n"
        + "2026-11-11T00:00:00Z,C1,-5,,R1,PARENT,,y\r\n";
    ReadResult[] r = new ReadResult[1];
    List<Payment> p = read(BillReaders.canonicalPayments(), utf8(csv), r);
    assertThat(p).containsExactly(
        Payment.of("A1", "P1", Money.cny("100.00"), Money.cny("0.60"), Instant.parse("2026-11-11T00:00:00Z"), "alipay"),
        Payment.of("C1", "R1", Money.cny("-5.00"), Money.cny("0.00"), Instant.parse("2026-11-11T00:00:00Z"), "canonical")
            .inGroup("PARENT"));
    assertThat(r[0].isClean()).isTrue();
    assertThat(r[0].rows()).isEqualTo(3);
    assertThat(r[0].records()).isEqualTo(2);
    assertThat(r[0].skipped()).isEqualTo(1);
  }

  @Test
  void malformedRowsAreCountedWithFileLineAndColumnAndTheRestIsRead() {
    String csv = "order_no,payment_id,amount,fee,paid_at\n"
        + "A1,P1,12.5,0,2026-11-11 08:00:00\n"
        + "A2,P2,12;50,0,2026-11-11 08:00:00\n"
        + "A3,P3,1.00,0,not a time\n"
        + "\"A4\"x,P4,1.00,0,2026-11-11 08:00:00\n"
        + ",P5,1.00,0,2026-11-11 08:00:00\n"
        + "A6,P6,1.00,0,2026-11-11 08:00:00\n";
    ReadResult[] r = new ReadResult[1];
    List<Payment> p = read(BillReaders.canonicalPayments(), utf8(csv), r);
    assertThat(p).extracting(Payment::orderNo).containsExactly("A1", "A6");
    assertThat(r[0].problemCount()).isEqualTo(4);
    assertThat(r[0].problems()).extracting(ReadProblem::line).containsExactly(3L, 4L, 5L, 6L);
    assertThat(r[0].problems()).extracting(ReadProblem::column).containsExactly("amount", "paid_at", "order_no", "order_no");
    assertThat(r[0].problems().get(0).toString()).startsWith("bill.csv:3: amount: \"12;50\"");
    assertThat(r[0].rows()).isEqualTo(r[0].records() + r[0].skipped() + r[0].problemCount());
  }

  @Test
  void aMissingColumnMakesTheFileUnreadableNamingIt() {
    assertThatThrownBy(() -> read(BillReaders.canonicalShipments(Money.CNY, Partitions.CHINA),
        utf8("order_no,shipment_id,amount\nA,B,1\n"), new ReadResult[1]))
        .isInstanceOf(UnreadableBillException.class).hasMessageStartingWith("bill.csv: line 1: header lacks column(s) shipped_at");
  }

  @Test
  void anEmptyFileAndBytesThatAreNotTheCharsetAreUnreadable() {
    assertThatThrownBy(() -> read(BillReaders.canonicalPayments(), new byte[0], new ReadResult[1]))
        .isInstanceOf(UnreadableBillException.class).hasMessageContaining("no header row");
    byte[] gbk = "order_no,支付宝\n".getBytes(GBK);
    assertThatThrownBy(() -> read(BillReaders.canonicalPayments(), gbk, new ReadResult[1]))
        .isInstanceOf(UnreadableBillException.class)
        .hasMessage("bill.csv: line 1: not UTF-8 text (canonical bills are UTF-8)");
  }

  @Test
  void bytesNotInTheCharsetAreReportedAtTheirLineEvenDeepInAFile() {
    StringBuilder good = new StringBuilder("order_no,payment_id,amount,fee,paid_at\n");
    for (int i = 0; i < 20_000; i++) {
      good.append("A").append(i).append(",P").append(i).append(",1.00,0,2026-11-11 08:00:00\n");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(utf8(good.toString()));
    bytes.writeBytes("B1,P支付,1.00,0,2026-11-11 08:00:00\n".getBytes(GBK));
    List<Payment> seen = new ArrayList<>();
    assertThatThrownBy(() -> BillReaders.canonicalPayments().read(new ByteArrayInputStream(bytes.toByteArray()),
        "bill.csv", seen::add))
        .isInstanceOf(UnreadableBillException.class).hasMessageStartingWith("bill.csv: line 20002: not UTF-8 text");
    assertThat(seen).hasSize(20_000);
  }

  @Test
  void aMissingFileIsUnreadable(@TempDir Path dir) {
    assertThatThrownBy(() -> BillReaders.canonicalPayments().read(dir.resolve("nope.csv"), p -> {}))
        .isInstanceOf(UnreadableBillException.class).hasMessageEndingWith("nope.csv: no such file");
  }

  @Test
  void canonicalSettlementsAndShipments() {
    ReadResult[] r = new ReadResult[1];
    List<Settlement> s = read(BillReaders.canonicalSettlements(Money.CNY, Partitions.CHINA),
        utf8("order_no,settlement_id,gross,commission,freight_adjustment,net,settled_at\n"
            + "A1,S1,100.00,5.00,,95.00,2026-11-11 09:00:00\n"), r);
    assertThat(s).containsExactly(Settlement.of("A1", "S1", Money.cny("100"), Money.cny("5"), Money.cny("0"),
        Money.cny("95"), Instant.parse("2026-11-11T01:00:00Z")));
    List<Shipment> h = read(BillReaders.canonicalShipments(Money.CNY, Partitions.CHINA),
        utf8("order_no,shipment_id,amount,shipped_at,group_id\nC1,H1,10,2026-11-11T01:00:00Z,P\n"), r);
    assertThat(h).containsExactly(Shipment.of("C1", "H1", Money.cny("10"), Instant.parse("2026-11-11T01:00:00Z")).inGroup("P"));
  }

  static final String WECHAT_HEADER = "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,"
      + "付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,"
      + "商户数据包,手续费,费率,订单金额,申请退款金额,费率备注\r\n";

  static String wechatRow(String time, String wxNo, String orderNo, String state, String amount, String refundId,
      String refundAmount, String fee) {
    String[] f = {time, "wx2421b1c4370ec43b", "10000100", "0", "", wxNo, orderNo, "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
        "JSAPI", state, "CMC", "CNY", amount, "0.00", refundId, refundId.isEmpty() ? "" : "MR" + refundId, refundAmount,
        "0.00", refundId.isEmpty() ? "" : "ORIGINAL", refundId.isEmpty() ? "" : "SUCCESS", "茶叶", "", fee, "0.60%",
        amount, refundAmount, ""};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < f.length; i++) {
      b.append(i == 0 ? "" : ",").append('`').append(f[i]);
    }
    return b.append("\r\n").toString();
  }

  static String wechatBill(int summaryCount) {
    return WECHAT_HEADER
        + wechatRow("2026-11-11 08:00:00", "4200001", "A1", "SUCCESS", "100.00", "", "0.00", "0.60")
        + wechatRow("2026-11-11 09:00:00", "4200001", "A1", "REFUND", "0.00", "50000001", "30.00", "-0.18")
        + wechatRow("2026-11-11 10:00:00", "4200002", "A2", "NOTPAY", "0.00", "", "0.00", "0.00")
        + "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\r\n"
        + "`" + summaryCount + ",`100.00,`30.00,`0.00,`0.42,`100.00,`30.00\r\n";
  }

  @Test
  void wechatBillWithBackticksRefundsAndSummary() {
    ReadResult[] r = new ReadResult[1];
    List<Payment> p = read(BillReaders.wechatPayments(Money.CNY), utf8(wechatBill(3)), r);
    assertThat(p).containsExactly(
        Payment.of("A1", "4200001", Money.cny("100.00"), Money.cny("0.60"), Instant.parse("2026-11-11T00:00:00Z"), "wechat"),
        Payment.of("A1", "50000001", Money.cny("-30.00"), Money.cny("-0.18"), Instant.parse("2026-11-11T01:00:00Z"), "wechat"));
    assertThat(r[0].isClean()).isTrue();
    assertThat(r[0].skipped()).isEqualTo(4); // header, NOTPAY row, summary header and row
  }

  @Test
  void wechatSummaryCountDisagreeingWithTheRowsIsAProblem() {
    ReadResult[] r = new ReadResult[1];
    read(BillReaders.wechatPayments(Money.CNY), utf8(wechatBill(4)), r);
    assertThat(r[0].problems()).singleElement().satisfies(pr -> {
      assertThat(pr.line()).isEqualTo(6);
      assertThat(pr.message()).contains("summary says 4 trades, the bill lists 3");
    });
  }

  @Test
  void wechatBillMayBeGzipped() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(utf8(wechatBill(3)));
    }
    ReadResult[] r = new ReadResult[1];
    assertThat(read(BillReaders.wechatPayments(Money.CNY), bytes.toByteArray(), r)).hasSize(2);
  }

  static final String ALIPAY = "#支付宝业务明细查询\n#账号：[20881234567890120156]\n#起始日期：[2026年11月11日 00:00:00]   终止日期：[2026年11月12日 00:00:00]\n"
      + "#-----------------------------------------业务明细列表----------------------------------------\n"
      + "支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,对方账户,订单金额（元）,"
      + "商家实收（元）,支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,商家红包消费金额（元）,"
      + "卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注\n"
      + "2026111122001400001\t,A1\t,交易,茶叶,2026-11-11 07:59:00\t,2026-11-11 08:00:00\t,,,,,buyer***@qq.com,100.00,100.00,"
      + "0.00,0.00,0.00,0.00,0.00,,0.00,0.00,,-0.60,0.00,\n"
      + "2026111122001400001\t,A1\t,退款,茶叶,2026-11-11 07:59:00\t,2026-11-11 12:00:00\t,,,,,buyer***@qq.com,-30.00,-30.00,"
      + "0.00,0.00,0.00,0.00,0.00,,0.00,0.00,RF20261111001,0.18,0.00,\n"
      + "2026111122001400002\t,A2\t,其他,茶叶,2026-11-11 07:59:00\t,2026-11-11 08:00:00\t,,,,,,1.00,1.00,"
      + "0.00,0.00,0.00,0.00,0.00,,0.00,0.00,,0.00,0.00,\n"
      + "#-----------------------------------------业务明细列表结束------------------------------------\n"
      + "#交易合计：1笔，商家实收共100.00元，商家优惠共0.00元\n#退款合计：1笔，商家实收退款共-30.00元\n#导出时间：[2026年11月12日 09:00:00]\n";

  static final List<Payment> ALIPAY_PAYMENTS = List.of(
      Payment.of("A1", "2026111122001400001", Money.cny("100.00"), Money.cny("0.60"),
          Instant.parse("2026-11-11T00:00:00Z"), "alipay"),
      Payment.of("A1", "2026111122001400001/RF20261111001", Money.cny("-30.00"), Money.cny("-0.18"),
          Instant.parse("2026-11-11T04:00:00Z"), "alipay"));

  @Test
  void alipayBillInGbkWithCommentsAndTabs() {
    ReadResult[] r = new ReadResult[1];
    assertThat(read(BillReaders.alipayPayments(Money.CNY), ALIPAY.getBytes(GBK), r)).isEqualTo(ALIPAY_PAYMENTS);
    assertThat(r[0].isClean()).isTrue();
    assertThat(r[0].skipped()).isEqualTo(10); // 4 comments before, header, the 其他 row, 4 comments after
  }

  @Test
  void alipayRowWithoutAFinishTimeInABillWithoutCreationTimesIsAProblemAtItsLine() {
    String bill = "支付宝交易号,商户订单号,业务类型,完成时间,订单金额（元）\n"
        + "2026111122001400001\t,A1\t,交易,2026-11-11 08:00:00\t,100.00\n"
        + "2026111122001400002\t,A2\t,交易,,5.00\n";
    ReadResult[] r = new ReadResult[1];
    assertThat(read(BillReaders.alipayPayments(Money.CNY), bill.getBytes(GBK), r)).extracting(Payment::orderNo)
        .containsExactly("A1");
    assertThat(r[0].problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.column()).isEqualTo("完成时间");
    });
  }

  @Test
  void alipayZipIsOpenedAtItsDetailCsv() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, GBK)) {
      zip.putNextEntry(new ZipEntry("20881234567890120156_20261111_业务明细(汇总).csv"));
      zip.write("#汇总\n".getBytes(GBK));
      zip.putNextEntry(new ZipEntry("20881234567890120156_20261111_业务明细.csv"));
      zip.write(ALIPAY.getBytes(GBK));
    }
    ReadResult[] r = new ReadResult[1];
    assertThat(read(BillReaders.alipayPayments(Money.CNY), bytes.toByteArray(), r)).isEqualTo(ALIPAY_PAYMENTS);
  }

  static final String AMAZON = "settlement-id\tsettlement-start-date\tsettlement-end-date\tdeposit-date\ttotal-amount\tcurrency\t"
      + "transaction-type\torder-id\tmerchant-order-id\tadjustment-id\tshipment-id\tmarketplace-name\tamount-type\t"
      + "amount-description\tamount\tfulfillment-id\tposted-date\tsku\tquantity-purchased\n"
      + "11223344\t2026-11-01 00:00:00 UTC\t2026-11-15 00:00:00 UTC\t2026-11-17 00:00:00 UTC\t1234.56\tUSD\t\t\t\t\t\t\t\t\t\t\t\t\t\n"
      + "11223344\t\t\t\t\t\tOrder\t111-0000001-0000001\tM1\t\tS1\tAmazon.com\tItemPrice\tPrincipal\t20.00\tAFN\t2026-11-02 10:00:00 UTC\tSKU1\t1\n"
      + "11223344\t\t\t\t\t\tOrder\t111-0000001-0000001\tM1\t\tS1\tAmazon.com\tItemPrice\tShipping\t4.99\tAFN\t2026-11-02 10:00:00 UTC\tSKU1\t1\n"
      + "11223344\t\t\t\t\t\tOrder\t111-0000001-0000001\tM1\t\tS1\tAmazon.com\tPromotion\tShipping\t-4.99\tAFN\t2026-11-02 10:00:00 UTC\tSKU1\t1\n"
      + "11223344\t\t\t\t\t\tOrder\t111-0000001-0000001\tM1\t\tS1\tAmazon.com\tItemFees\tCommission\t-3.00\tAFN\t2026-11-02 10:00:00 UTC\tSKU1\t1\n"
      + "11223344\t\t\t\t\t\tOrder\t111-0000001-0000001\tM1\t\tS1\tAmazon.com\tItemFees\tFBAPerUnitFulfillmentFee\t-3.22\tAFN\t2026-11-02 10:00:00 UTC\tSKU1\t1\n"
      + "11223344\t\t\t\t\t\tRefund\t111-0000001-0000001\tM1\tADJ1\t\tAmazon.com\tItemPrice\tPrincipal\t-20.00\tAFN\t03.11.2026\tSKU1\t1\n"
      + "11223344\t\t\t\t\t\tRefund\t111-0000001-0000001\tM1\tADJ1\t\tAmazon.com\tItemFees\tCommission\t2.40\tAFN\t03.11.2026\tSKU1\t1\n"
      + "11223344\t\t\t\t\t\tOrder\t111-0000002-0000002\t\t\tS2\tAmazon.com\tItemPrice\tPrincipal\t9.50\tAFN\t2026-11-04T08:00:00+00:00\tSKU2\t1\n"
      + "11223344\t\t\t\t\t\tOrder\t111-0000002-0000002\t\t\tS2\tAmazon.com\tItemPrice\tPrincipal\tabc\tAFN\t2026-11-04T08:00:00+00:00\tSKU2\t1\n"
      + "11223344\t\t\t\t\t\tother-transaction\t\t\t\t\tAmazon.com\tother-transaction\tStorage Fee\t-12.00\t\t2026-11-05\t\t\n";

  @Test
  void amazonRowsOfOneOrderTransactionAreSummedIntoOneSettlement() {
    ReadResult[] r = new ReadResult[1];
    java.util.Currency usd = java.util.Currency.getInstance("USD");
    List<Settlement> s = read(BillReaders.amazonSettlements(usd), utf8(AMAZON), r);
    assertThat(s).containsExactly(
        Settlement.of("M1", "11223344:3", Money.of("20.00", usd), Money.of("6.22", usd), Money.zero(usd),
            Money.of("13.78", usd), Instant.parse("2026-11-02T10:00:00Z")),
        Settlement.of("M1", "11223344:8", Money.of("-20.00", usd), Money.of("-2.40", usd), Money.zero(usd),
            Money.of("-17.60", usd), Instant.parse("2026-11-03T00:00:00Z")),
        Settlement.of("111-0000002-0000002", "11223344:10", Money.of("9.50", usd), Money.zero(usd), Money.zero(usd),
            Money.of("9.50", usd), Instant.parse("2026-11-04T08:00:00Z")));
    assertThat(r[0].problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(11);
      assertThat(p.column()).isEqualTo("amount");
    });
    assertThat(r[0].skipped()).isEqualTo(3); // header, settlement summary, storage fee without order
  }

  @Test
  void amazonInAnotherCurrencyIsUnreadable() {
    assertThatThrownBy(() -> read(BillReaders.amazonSettlements(Money.CNY), utf8(AMAZON), new ReadResult[1]))
        .isInstanceOf(UnreadableBillException.class).hasMessageContaining("USD is not the reconciliation currency CNY");
  }

  @Test
  void formatsByName() {
    assertThat(BillReaders.payments("alipay", Money.CNY, Partitions.CHINA).format()).isEqualTo("alipay");
    assertThat(BillReaders.settlements("amazon", Money.CNY, Partitions.CHINA).format()).isEqualTo("amazon");
    assertThatThrownBy(() -> BillReaders.payments("paypal", Money.CNY, Partitions.CHINA))
        .hasMessageStartingWith("paymentsFormat: \"paypal\"");
  }
}
