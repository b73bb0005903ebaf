package io.orderhub.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import io.orderhub.core.OrderHubException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
  static final Instant T = Instant.parse("2026-11-11T02:00:00Z");

  final List<Payment> payments = new ArrayList<>();
  final List<Settlement> settlements = new ArrayList<>();
  final List<Shipment> shipments = new ArrayList<>();

  static Money cny(String s) {
    return Money.cny(s);
  }

  Payment pay(String order, String id, String amount, Instant at) {
    Payment p = Payment.of(order, id, cny(amount), cny("0.60"), at, "wechat");
    payments.add(p);
    return p;
  }

  Settlement settle(String order, String id, String gross, String commission, String freight, String net, Instant at) {
    Settlement s = Settlement.of(order, id, cny(gross), cny(commission), cny(freight), cny(net), at);
    settlements.add(s);
    return s;
  }

  Shipment ship(String order, String id, String amount, Instant at) {
    Shipment h = Shipment.of(order, id, cny(amount), at);
    shipments.add(h);
    return h;
  }

  ReconciliationReport run() {
    return Reconciler.ofDefaults().reconcile(payments, settlements, shipments);
  }

  ReconciliationRow only() {
    ReconciliationReport report = run();
    assertThat(report.rows()).hasSize(1);
    return report.rows().get(0);
  }

  @Test
  void threeAgreeingRowsMatch() {
    pay("A1", "P1", "100.00", T);
    settle("A1", "S1", "100.00", "5.00", "0.00", "95.00", T.plusSeconds(600));
    ship("A1", "H1", "100.00", T.plusSeconds(1200));
    ReconciliationRow row = only();
    assertThat(row.status()).isEqualTo(Status.MATCHED);
    assertThat(row.findings()).isEmpty();
    assertThat(row.amounts().paid()).isEqualTo(cny("100.00"));
    assertThat(row.amounts().settlementNet()).isEqualTo(cny("95.00"));
    assertThat(row.paymentIds()).containsExactly("P1");
  }

  @Test
  void settlementWithoutPaymentIsMissingPayment() {
    settle("A1", "S1", "100.00", "5.00", "0.00", "95.00", T);
    ship("A1", "H1", "100.00", T);
    ReconciliationRow row = only();
    assertThat(row.reasons()).containsExactly(Reason.MISSING_PAYMENT);
    Finding f = row.findings().get(0);
    assertThat(f.side()).isEqualTo(Source.PAYMENT);
    assertThat(f.expected()).isEqualTo(cny("100.00"));
    assertThat(f.actual()).isEqualTo(cny("0.00"));
    assertThat(f.message()).contains("no payment row").contains("100.00 CNY");
  }

  @Test
  void paymentWithoutSettlementIsMissingSettlement() {
    pay("A1", "P1", "88.00", T);
    ship("A1", "H1", "88.00", T);
    ReconciliationRow row = only();
    assertThat(row.reasons()).containsExactly(Reason.MISSING_SETTLEMENT);
    assertThat(row.findings().get(0).difference()).isEqualTo(cny("-88.00"));
  }

  @Test
  void paidButNotShippedIsMissingShipment() {
    pay("A1", "P1", "88.00", T);
    settle("A1", "S1", "88.00", "1.00", "0.00", "87.00", T);
    assertThat(only().reasons()).containsExactly(Reason.MISSING_SHIPMENT);
  }

  @Test
  void shipmentIsOptionalWhenConfigured() {
    pay("A1", "P1", "88.00", T);
    settle("A1", "S1", "88.00", "1.00", "0.00", "87.00", T);
    Reconciler virtual = Reconciler.of(ReconcilerConfig.custom().requireShipment(false).build());
    assertThat(virtual.reconcile(payments, settlements, shipments).rows().get(0).status()).isEqualTo(Status.MATCHED);
  }

  @Test
  void twoPaymentIdsExceedingTheTotalAreADuplicate() {
    pay("A1", "P1", "50.00", T);
    pay("A1", "P2", "50.00", T.plusSeconds(30));
    settle("A1", "S1", "50.00", "1.00", "0.00", "49.00", T);
    ship("A1", "H1", "50.00", T);
    ReconciliationRow row = only();
    assertThat(row.reasons()).containsExactly(Reason.DUPLICATE_PAYMENT);
    assertThat(row.findings().get(0).difference()).isEqualTo(cny("50.00"));
  }

  @Test
  void partialPaymentsAddingUpToTheTotalMatch() {
    pay("A1", "DEPOSIT", "30.00", T);
    pay("A1", "BALANCE", "70.00", T.plusSeconds(3000));
    settle("A1", "S1", "100.00", "2.00", "0.00", "98.00", T.plusSeconds(3600));
    ship("A1", "H1", "100.00", T.plusSeconds(3600));
    assertThat(only().status()).isEqualTo(Status.MATCHED);
  }

  @Test
  void netBelowGrossWithoutCommissionIsCommissionNotSynced() {
    pay("A1", "P1", "100.00", T);
    settle("A1", "S1", "100.00", "0.00", "0.00", "94.00", T);
    ship("A1", "H1", "100.00", T);
    ReconciliationRow row = only();
    assertThat(row.reasons()).containsExactly(Reason.COMMISSION_NOT_SYNCED);
    assertThat(row.findings().get(0).difference()).isEqualTo(cny("-6.00"));
  }

  @Test
  void netDisagreeingWithARecordedCommissionIsAnAmountMismatch() {
    pay("A1", "P1", "100.00", T);
    settle("A1", "S1", "100.00", "5.00", "0.00", "94.00", T);
    ship("A1", "H1", "100.00", T);
    ReconciliationRow row = only();
    assertThat(row.reasons()).containsExactly(Reason.AMOUNT_MISMATCH);
    assertThat(row.findings().get(0).side()).isEqualTo(Source.SETTLEMENT);
  }

  @Test
  void freightOnTheSettlementButNotTheShipmentIsFreightAdjustmentMissing() {
    pay("A1", "P1", "110.00", T);
    settle("A1", "S1", "100.00", "5.00", "10.00", "105.00", T);
    ship("A1", "H1", "100.00", T);
    ReconciliationRow row = only();
    assertThat(row.reasons()).containsExactly(Reason.FREIGHT_ADJUSTMENT_MISSING);
    Finding f = row.findings().get(0);
    assertThat(f.side()).isEqualTo(Source.SHIPMENT);
    assertThat(f.difference()).isEqualTo(cny("-10.00"));
  }

  @Test
  void freightDeclaredOnTheShipmentMatches() {
    pay("A1", "P1", "110.00", T);
    settle("A1", "S1", "100.00", "5.00", "10.00", "105.00", T);
    ship("A1", "H1", "110.00", T);
    assertThat(only().status()).isEqualTo(Status.MATCHED);
  }

  @Test
  void grossDifferingFromThePaymentIsAnAmountMismatchWithBothAmounts() {
    pay("A1", "P1", "100.00", T);
    settle("A1", "S1", "90.00", "0.00", "0.00", "90.00", T);
    ship("A1", "H1", "100.00", T);
    ReconciliationRow row = only();
    assertThat(row.reasons()).containsExactly(Reason.AMOUNT_MISMATCH);
    Finding f = row.findings().get(0);
    assertThat(f.expected()).isEqualTo(cny("100.00"));
    assertThat(f.actual()).isEqualTo(cny("90.00"));
    assertThat(f.difference()).isEqualTo(cny("-10.00"));
    assertThat(row.discrepancyAmount()).isEqualTo(cny("10.00"));
  }

  @Test
  void shipmentAmountDifferingWithoutFreightIsAnAmountMismatch() {
    pay("A1", "P1", "100.00", T);
    settle("A1", "S1", "100.00", "1.00", "0.00", "99.00", T);
    ship("A1", "H1", "80.00", T);
    ReconciliationRow row = only();
    assertThat(row.reasons()).containsExactly(Reason.AMOUNT_MISMATCH);
    assertThat(row.findings().get(0).side()).isEqualTo(Source.SHIPMENT);
  }

  @Test
  void aLateSettlementIsOutsideTheWindowByHowMuch() {
    pay("A1", "P1", "100.00", T);
    settle("A1", "S1", "100.00", "1.00", "0.00", "99.00", T.plus(Duration.ofHours(5)));
    ship("A1", "H1", "100.00", T);
    ReconciliationRow row = only();
    assertThat(row.reasons()).containsExactly(Reason.OUTSIDE_TIME_WINDOW);
    assertThat(row.findings().get(0).outsideBy()).isEqualTo(Duration.ofHours(3));
    assertThat(row.findings().get(0).side()).isEqualTo(Source.SETTLEMENT);
  }

  @Test
  void windowsAreAsymmetricPerSource() {
    pay("A1", "P1", "100.00", T);
    settle("A1", "S1", "100.00", "1.00", "0.00", "99.00", T.plus(Duration.ofDays(6)));
    ship("A1", "H1", "100.00", T.minus(Duration.ofMinutes(1)));
    ReconcilerConfig config = ReconcilerConfig.custom()
        .window(Source.SETTLEMENT, new TimeWindow(Duration.ZERO, Duration.ofDays(7)))
        .window(Source.SHIPMENT, new TimeWindow(Duration.ZERO, Duration.ofDays(2)))
        .build();
    ReconciliationRow row = Reconciler.of(config).reconcile(payments, settlements, shipments).rows().get(0);
    assertThat(row.reasons()).containsExactly(Reason.OUTSIDE_TIME_WINDOW);
    assertThat(row.findings().get(0).side()).isEqualTo(Source.SHIPMENT);
    assertThat(row.findings().get(0).outsideBy()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void aRefundWithoutReversalIsRefundUnmatched() {
    pay("A1", "P1", "100.00", T);
    pay("A1", "R1", "-30.00", T.plus(Duration.ofDays(1)));
    settle("A1", "S1", "100.00", "1.00", "0.00", "99.00", T);
    ship("A1", "H1", "100.00", T);
    ReconciliationRow row = only();
    assertThat(row.reasons()).containsExactly(Reason.REFUND_UNMATCHED);
    assertThat(row.findings().get(0).expected()).isEqualTo(cny("-30.00"));
    assertThat(row.amounts().refunded()).isEqualTo(cny("-30.00"));
  }

  @Test
  void aRefundWithItsReversalMatchesEvenDaysLater() {
    pay("A1", "P1", "100.00", T);
    pay("A1", "R1", "-30.00", T.plus(Duration.ofDays(3)));
    settle("A1", "S1", "100.00", "1.00", "0.00", "99.00", T);
    settle("A1", "S1-R", "-30.00", "0.00", "0.00", "-30.00", T.plus(Duration.ofDays(3)));
    ship("A1", "H1", "100.00", T);
    assertThat(only().status()).isEqualTo(Status.MATCHED);
  }

  @Test
  void aReversalWithoutRefundIsAnAmountMismatch() {
    pay("A1", "P1", "100.00", T);
    settle("A1", "S1", "100.00", "1.00", "0.00", "99.00", T);
    settle("A1", "S1-R", "-30.00", "0.00", "0.00", "-30.00", T);
    ship("A1", "H1", "100.00", T);
    ReconciliationRow row = only();
    assertThat(row.reasons()).containsExactly(Reason.AMOUNT_MISMATCH);
    assertThat(row.findings().get(0).message()).contains("no refund");
  }

  @Test
  void paidAndRefundedBeforeSettlementIsMatched() {
    pay("A1", "P1", "100.00", T);
    pay("A1", "R1", "-100.00", T.plusSeconds(60));
    assertThat(only().status()).isEqualTo(Status.MATCHED);
  }

  @Test
  void severalParcelsAreMatchedOnTheirSum() {
    pay("A1", "P1", "100.00", T);
    settle("A1", "S1", "100.00", "1.00", "0.00", "99.00", T);
    ship("A1", "H1", "60.00", T);
    ship("A1", "H2", "40.00", T.plusSeconds(60));
    ReconciliationRow row = only();
    assertThat(row.status()).isEqualTo(Status.MATCHED);
    assertThat(row.shipmentIds()).containsExactly("H1", "H2");
  }

  @Test
  void settlementRowsPerFeeTypeAreMatchedOnTheirSum() {
    pay("A1", "P1", "100.00", T);
    settle("A1", "S1-principal", "100.00", "0.00", "0.00", "100.00", T);
    settle("A1", "S1-commission", "0.00", "8.00", "0.00", "-8.00", T);
    ship("A1", "H1", "100.00", T);
    assertThat(only().status()).isEqualTo(Status.MATCHED);
  }

  @Test
  void oneOrderPaymentForMergedOrdersIsMatchedAsAGroup() {
    pay("PARENT", "P1", "150.00", T);
    settlements.add(Settlement.of("C1", "S1", cny("100.00"), cny("1.00"), cny("0.00"), cny("99.00"), T).inGroup("PARENT"));
    settlements.add(Settlement.of("C2", "S2", cny("50.00"), cny("1.00"), cny("0.00"), cny("49.00"), T).inGroup("PARENT"));
    shipments.add(Shipment.of("C1", "H1", cny("100.00"), T).inGroup("PARENT"));
    shipments.add(Shipment.of("C2", "H2", cny("50.00"), T).inGroup("PARENT"));
    ReconciliationRow row = only();
    assertThat(row.status()).isEqualTo(Status.MATCHED);
    assertThat(row.orderNo()).isEqualTo("PARENT");
    assertThat(row.orders()).containsExactly("C1", "C2", "PARENT");
  }

  @Test
  void severalReasonsOnOneOrderAreAllReported() {
    pay("A1", "P1", "100.00", T);
    settle("A1", "S1", "90.00", "0.00", "0.00", "85.00", T);
    ReconciliationRow row = only();
    assertThat(row.reasons()).containsExactly(Reason.MISSING_SHIPMENT, Reason.COMMISSION_NOT_SYNCED, Reason.AMOUNT_MISMATCH);
  }

  @Test
  void summaryCountsReasonsAndTotals() {
    pay("A1", "P1", "100.00", T);
    settle("A1", "S1", "100.00", "1.00", "0.00", "99.00", T);
    ship("A1", "H1", "100.00", T);
    pay("B1", "P2", "20.00", T);
    ship("B1", "H2", "20.00", T);
    ReconciliationSummary s = run().summary();
    assertThat(s.orders()).isEqualTo(2);
    assertThat(s.matched()).isEqualTo(1);
    assertThat(s.discrepancies()).isEqualTo(1);
    assertThat(s.byReason().get(Reason.MISSING_SETTLEMENT)).isEqualTo(new ReasonTotal(1, cny("20.00")));
    assertThat(s.byReason().get(Reason.MISSING_PAYMENT).count()).isZero();
    assertThat(s.totals().paid()).isEqualTo(cny("120.00"));
    assertThat(s.paymentsMinusSettlements()).isEqualTo(cny("20.00"));
    assertThat(s.paymentsMinusShipments()).isEqualTo(cny("0.00"));
    assertThat(s.inputRows()).isEqualTo(5);
  }

  @Test
  void rowsComeOutSortedByKeyAndDiscrepanciesByAmount() {
    pay("B", "P2", "5.00", T);
    pay("A", "P1", "50.00", T);
    pay("C", "P3", "20.00", T);
    ReconciliationReport report = run();
    assertThat(report.rows()).extracting(ReconciliationRow::orderNo).containsExactly("A", "B", "C");
    assertThat(report.discrepancies()).extracting(ReconciliationRow::orderNo).containsExactly("A", "C", "B");
    assertThat(report.row("C")).isPresent();
    assertThat(report.row("Z")).isEmpty();
  }

  @Test
  void partitionsSplitTheKeysWithoutLosingAny() {
    for (int i = 0; i < 50; i++) {
      pay("O" + i, "P" + i, "10.00", T);
    }
    long total = 0;
    for (int p = 0; p < 3; p++) {
      ReconcilerConfig config = ReconcilerConfig.custom().partition(p, 3).build();
      ReconciliationReport report = Reconciler.of(config).reconcile(payments, settlements, shipments);
      for (ReconciliationRow row : report.rows()) {
        assertThat(Partitions.ofKey(row.orderNo(), 3)).isEqualTo(p);
      }
      assertThat(report.summary().paymentRows() + report.summary().otherPartitionRows()).isEqualTo(50);
      total += report.rows().size();
    }
    assertThat(total).isEqualTo(50);
  }

  @Test
  void aRowInAnotherCurrencyIsRejectedNamingIt() {
    Reconciler.Session session = Reconciler.ofDefaults().newSession();
    Currency usd = Currency.getInstance("USD");
    Payment p = Payment.of("A1", "P1", Money.of("1.00", usd), Money.zero(usd), T, "stripe");
    assertThatThrownBy(() -> session.accept(p)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("USD").hasMessageContaining("P1");
  }

  @Test
  void anAmountBeyondFifteenDigitsOfMinorUnitsIsRejectedNamingIt() {
    Reconciler.Session session = Reconciler.ofDefaults().newSession();
    session.accept(Payment.of("A1", "P1", cny("9999999999999.99"), cny("0.00"), T, "x")); // the largest
    assertThatThrownBy(() -> session.accept(Payment.of("A2", "P2", cny("10000000000000.00"), cny("0.00"), T, "x")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("amount: \"10000000000000.00\" is beyond the largest amount a reconciliation sums, 9999999999999.99");
    assertThatThrownBy(() -> session.accept(Settlement.of("A3", "S3", cny("1.00"), cny("0.00"),
        cny("-99999999999999999.00"), cny("1.00"), T))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void sumsBeyondALongOfMinorUnitsAreAnErrorNamingTheOrderNotAnOverflow() {
    Reconciler.Session session = Reconciler.ofDefaults().newSession();
    for (int i = 0; i < 10_000; i++) { // 10,000 x 10^15 fen passes Long.MAX_VALUE
      session.accept(Payment.of("BIG", "P" + i, cny("9999999999999.99"), cny("0.00"), T, "x"));
    }
    assertThatThrownBy(() -> session.finish(row -> {}))
        .isInstanceOf(OrderHubException.class)
        .hasMessageStartingWith("the amounts of BIG (or the day's totals up to it) sum beyond what a reconciliation holds")
        .hasCauseInstanceOf(ArithmeticException.class);
  }

  @Test
  void aFinishedSessionCannotBeReused() {
    Reconciler.Session session = Reconciler.ofDefaults().newSession();
    session.accept(Payment.of("A1", "P1", cny("1.00"), cny("0.00"), T, "x"));
    assertThat(session.openOrders()).isEqualTo(1);
    session.finish();
    assertThatThrownBy(() -> session.accept(Payment.of("A1", "P2", cny("1.00"), cny("0.00"), T, "x")))
        .isInstanceOf(OrderHubException.class).hasMessageContaining("finished");
  }

  @Test
  void recordsRejectBadValuesNamingTheField() {
    assertThatThrownBy(() -> Payment.of(" A1", "P1", cny("1.00"), cny("0.00"), T, "x"))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("orderNo:");
    assertThatThrownBy(() -> Payment.of("A1", "P1", cny("1.00"), Money.zero(Currency.getInstance("USD")), T, "x"))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("fee:");
    assertThatThrownBy(() -> Settlement.of("A1", "S1", cny("1.00"), cny("0.00"), cny("0.00"),
        Money.zero(Currency.getInstance("USD")), T)).hasMessageStartingWith("net:");
    assertThatThrownBy(() -> Shipment.of("A1", "", cny("1.00"), T)).hasMessageStartingWith("shipmentId:");
  }

  @Test
  void closeUntilHandsOutOrdersNoLaterRowCanMatchAndKeepsTheRestOpen() {
    Reconciler.Session session = Reconciler.ofDefaults().newSession();
    session.accept(Payment.of("A1", "P1", cny("10.00"), cny("0.00"), T, "x"));
    session.accept(Settlement.of("A1", "S1", cny("10.00"), cny("0.00"), cny("0.00"), cny("10.00"), T.plusSeconds(60)));
    session.accept(Shipment.of("A1", "H1", cny("10.00"), T.plusSeconds(120)));
    session.accept(Payment.of("B1", "P2", cny("20.00"), cny("0.00"), T.plus(Duration.ofHours(3)), "x"));
    List<ReconciliationRow> out = new ArrayList<>();
    assertThat(session.closeUntil(T.plus(Duration.ofHours(1)), out::add)).isZero();
    assertThat(session.closeUntil(T.plus(Duration.ofHours(2)).plusMillis(1), out::add)).isEqualTo(1);
    assertThat(out).singleElement().satisfies(r -> {
      assertThat(r.orderNo()).isEqualTo("A1");
      assertThat(r.status()).isEqualTo(Status.MATCHED);
    });
    assertThat(session.openOrders()).isEqualTo(1);
    ReconciliationSummary summary = session.finish(out::add);
    assertThat(out).extracting(ReconciliationRow::orderNo).containsExactly("A1", "B1");
    assertThat(summary.orders()).isEqualTo(2);
    assertThat(summary.matched()).isEqualTo(1);
  }

  @Test
  void aRowArrivingAfterItsOrderClosedStartsANewOrder() {
    Reconciler.Session session = Reconciler.ofDefaults().newSession();
    session.accept(Payment.of("A1", "P1", cny("10.00"), cny("0.00"), T, "x"));
    List<ReconciliationRow> out = new ArrayList<>();
    session.closeUntil(T.plus(Duration.ofHours(3)), out::add);
    session.accept(Settlement.of("A1", "S1", cny("10.00"), cny("0.00"), cny("0.00"), cny("10.00"), T.plus(Duration.ofHours(4))));
    session.finish(out::add);
    assertThat(out).extracting(ReconciliationRow::reasons).containsExactly(
        List.of(Reason.MISSING_SETTLEMENT, Reason.MISSING_SHIPMENT), List.of(Reason.MISSING_PAYMENT));
  }
}
