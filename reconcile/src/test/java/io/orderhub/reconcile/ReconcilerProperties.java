package io.orderhub.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.Money;
import io.orderhub.reconcile.sample.DayGenerator;
import io.orderhub.reconcile.sample.GeneratedDay;
import io.orderhub.reconcile.sample.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ReconcilerProperties {
  static final Instant DAY = Instant.parse("2026-11-10T16:00:00Z");
  static final ReconcilerConfig CONFIG = ReconcilerConfig.ofDefaults();

  static GeneratedDay day(long seed, int orders) {
    return DayGenerator.of(CONFIG, seed, DAY).day(orders, 0.4);
  }

  static ReconciliationReport reconcile(List<Payment> p, List<Settlement> s, List<Shipment> h) {
    return Reconciler.of(CONFIG).reconcile(p, s, h);
  }

  @Property(tries = 6)
  void aFinishThatUsesASecondThreadGivesTheSameReport(@ForAll long seed,
      @ForAll @IntRange(min = 3_000, max = 6_000) int orders) {
    // enough rows for several ranges of keys, so that the second thread works ahead of the caller
    GeneratedDay day = DayGenerator.of(CONFIG, seed, DAY).day(orders, 0.1);
    List<Payment> payments = new ArrayList<>(day.payments());
    Collections.shuffle(payments, new Random(seed));
    java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      Reconciler twoThreads = Reconciler.of(ReconcilerConfig.from(CONFIG).executor(executor).build());
      ReconciliationReport expected = reconcile(payments, day.settlements(), day.shipments());
      assertThat(twoThreads.reconcile(payments, day.settlements(), day.shipments())).isEqualTo(expected);
    } finally {
      executor.shutdownNow();
    }
  }

  @Property(tries = 60)
  void aGeneratedDayWithPlantedDiscrepanciesIsClassifiedExactly(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int orders) {
    GeneratedDay day = day(seed, orders);
    ReconciliationReport report = reconcile(day.payments(), day.settlements(), day.shipments());
    Map<String, Set<Reason>> actual = new HashMap<>();
    for (ReconciliationRow row : report.rows()) {
      actual.put(row.orderNo(), Set.copyOf(row.reasons()));
    }
    Map<String, Set<Reason>> expected = new HashMap<>();
    day.planted().forEach((k, v) -> expected.put(k, v.expected()));
    assertThat(actual).isEqualTo(expected);
    long plantedMatches = day.planted().values().stream().filter(Scenario::matches).count();
    assertThat(report.summary().matched()).isEqualTo(plantedMatches);
  }

  @Property(tries = 40)
  void everyScenarioIsClassifiedExactlyAlone(@ForAll long seed) {
    DayGenerator generator = DayGenerator.of(CONFIG, seed, DAY);
    for (Scenario scenario : Scenario.values()) {
      List<Payment> p = new ArrayList<>();
      List<Settlement> s = new ArrayList<>();
      List<Shipment> h = new ArrayList<>();
      generator.order(7, scenario, new SplittableRandom(seed), DayGenerator.Sink.of(p::add, s::add, h::add));
      ReconciliationReport report = reconcile(p, s, h);
      assertThat(report.rows()).as(scenario.name()).hasSize(1);
      assertThat(Set.copyOf(report.rows().get(0).reasons())).as(scenario.name()).isEqualTo(scenario.expected());
    }
  }

  @Property(tries = 40)
  void shufflingInputRowsChangesNothing(@ForAll long seed, @ForAll long shuffleSeed) {
    GeneratedDay day = day(seed, 150);
    ReconciliationReport ordered = reconcile(day.payments(), day.settlements(), day.shipments());
    Random random = new Random(shuffleSeed);
    List<Payment> p = new ArrayList<>(day.payments());
    List<Settlement> s = new ArrayList<>(day.settlements());
    List<Shipment> h = new ArrayList<>(day.shipments());
    Collections.shuffle(p, random);
    Collections.shuffle(s, random);
    Collections.shuffle(h, random);
    assertThat(reconcile(p, s, h)).isEqualTo(ordered);
  }

  @Property(tries = 40)
  void rowsMayArriveInterleavedAcrossSources(@ForAll long seed, @ForAll long shuffleSeed) {
    GeneratedDay day = day(seed, 100);
    List<Object> all = new ArrayList<>();
    all.addAll(day.payments());
    all.addAll(day.settlements());
    all.addAll(day.shipments());
    Collections.shuffle(all, new Random(shuffleSeed));
    Reconciler.Session session = Reconciler.of(CONFIG).newSession();
    for (Object o : all) {
      if (o instanceof Payment) {
        session.accept((Payment) o);
      } else if (o instanceof Settlement) {
        session.accept((Settlement) o);
      } else {
        session.accept((Shipment) o);
      }
    }
    assertThat(session.finish()).isEqualTo(reconcile(day.payments(), day.settlements(), day.shipments()));
  }

  @Property(tries = 40)
  void everyInputRowAppearsInExactlyOneReportRow(@ForAll long seed, @ForAll @IntRange(min = 0, max = 200) int orders) {
    GeneratedDay day = day(seed, orders);
    ReconciliationReport report = reconcile(day.payments(), day.settlements(), day.shipments());
    Map<String, Integer> seen = new HashMap<>();
    Map<String, String> rowOf = new HashMap<>();
    for (ReconciliationRow row : report.rows()) {
      for (String id : row.paymentIds()) {
        seen.merge("P:" + id, 1, Integer::sum);
        rowOf.put("P:" + id, row.orderNo());
      }
      for (String id : row.settlementIds()) {
        seen.merge("S:" + id, 1, Integer::sum);
        rowOf.put("S:" + id, row.orderNo());
      }
      for (String id : row.shipmentIds()) {
        seen.merge("H:" + id, 1, Integer::sum);
        rowOf.put("H:" + id, row.orderNo());
      }
    }
    Map<String, Integer> expected = new HashMap<>();
    day.payments().forEach(p -> expected.merge("P:" + p.paymentId(), 1, Integer::sum));
    day.settlements().forEach(s -> expected.merge("S:" + s.settlementId(), 1, Integer::sum));
    day.shipments().forEach(h -> expected.merge("H:" + h.shipmentId(), 1, Integer::sum));
    assertThat(seen).isEqualTo(expected);
    day.payments().forEach(p -> assertThat(rowOf.get("P:" + p.paymentId())).isEqualTo(p.group()));
    day.settlements().forEach(s -> assertThat(rowOf.get("S:" + s.settlementId())).isEqualTo(s.group()));
    assertThat(report.summary().inputRows())
        .isEqualTo(day.payments().size() + day.settlements().size() + day.shipments().size());
    assertThat(report.rows().stream().mapToLong(ReconciliationRow::inputRows).sum())
        .isEqualTo(report.summary().inputRows());
  }

  @Property(tries = 100)
  void swappingPaymentAndSettlementAmountsNegatesTheDifference(
      @ForAll @LongRange(min = 1, max = 10_000_000) long x, @ForAll @LongRange(min = 1, max = 10_000_000) long y) {
    Finding forward = grossFinding(x, y);
    Finding backward = grossFinding(y, x);
    if (x == y) {
      assertThat(forward).isNull();
      assertThat(backward).isNull();
    } else {
      assertThat(forward.reason()).isEqualTo(backward.reason()).isEqualTo(Reason.AMOUNT_MISMATCH);
      assertThat(forward.difference()).isEqualTo(backward.difference().negate());
      assertThat(forward.amountAtStake()).isEqualTo(backward.amountAtStake());
    }
  }

  private static Finding grossFinding(long paid, long gross) {
    Instant t = DAY.plusSeconds(3600);
    Money p = Money.ofMinor(paid, Money.CNY);
    Money g = Money.ofMinor(gross, Money.CNY);
    ReconciliationRow row = reconcile(
        List.of(Payment.of("A", "P", p, Money.zero(Money.CNY), t, "x")),
        List.of(Settlement.of("A", "S", g, Money.zero(Money.CNY), Money.zero(Money.CNY), g, t)),
        List.of(Shipment.of("A", "H", p, t))).rows().get(0);
    return row.findings().isEmpty() ? null : row.findings().get(0);
  }

  @Property(tries = 100)
  void aSymmetricWindowTreatsEarlyAndLateAlike(
      @ForAll @IntRange(min = 0, max = 600) int minutes, @ForAll @IntRange(min = 1, max = 300) int windowMinutes) {
    ReconcilerConfig config = ReconcilerConfig.custom().window(TimeWindow.symmetric(Duration.ofMinutes(windowMinutes))).build();
    List<Reason> late = windowReasons(config, Duration.ofMinutes(minutes));
    List<Reason> early = windowReasons(config, Duration.ofMinutes(-minutes));
    assertThat(late).isEqualTo(early);
    assertThat(late.contains(Reason.OUTSIDE_TIME_WINDOW)).isEqualTo(minutes > windowMinutes);
  }

  private static List<Reason> windowReasons(ReconcilerConfig config, Duration offset) {
    Instant t = DAY.plusSeconds(36_000);
    Money a = Money.cny("10.00");
    Money zero = Money.zero(Money.CNY);
    return Reconciler.of(config).reconcile(
        List.of(Payment.of("A", "P", a, zero, t, "x")),
        List.of(Settlement.of("A", "S", a, zero, zero, a, t.plus(offset))),
        List.of(Shipment.of("A", "H", a, t))).rows().get(0).reasons();
  }

  @Property(tries = 30)
  void partitionsTogetherGiveTheWholeDay(@ForAll long seed, @ForAll @IntRange(min = 2, max = 5) int parts) {
    GeneratedDay day = day(seed, 120);
    ReconciliationReport whole = reconcile(day.payments(), day.settlements(), day.shipments());
    List<ReconciliationRow> rows = new ArrayList<>();
    long matched = 0;
    for (int i = 0; i < parts; i++) {
      ReconcilerConfig config = ReconcilerConfig.from(CONFIG).partition(i, parts).build();
      ReconciliationReport part = Reconciler.of(config).reconcile(day.payments(), day.settlements(), day.shipments());
      rows.addAll(part.rows());
      matched += part.summary().matched();
    }
    rows.sort(java.util.Comparator.comparing(ReconciliationRow::orderNo));
    assertThat(rows).isEqualTo(whole.rows());
    assertThat(matched).isEqualTo(whole.summary().matched());
  }

  @Property(tries = 20)
  void aTimeOrderedStreamClosedAtTheWatermarkGivesTheBatchResultWithFewOrdersOpen(
      @ForAll long seed, @ForAll @IntRange(min = 100, max = 400) int orders) {
    assertThat(streamedLikeBatch(seed, orders, 25)).isLessThan(orders / 2);
  }

  /** Long enough (over 16,384 rows, most closed) that closing compacts the session's store, several times. */
  @Example
  void aLongStreamClosedAsItGoesGivesTheBatchResult() {
    assertThat(streamedLikeBatch(7, 12_000, 500)).isLessThan(3_000);
  }

  /**
   * Streams a generated day of on-time orders in time order, closing at the watermark every {@code
   * closeEvery} rows; asserts the rows and summary equal the batch result; returns the most orders open.
   */
  private static long streamedLikeBatch(long seed, int orders, int closeEvery) {
    Scenario[] onTime = {Scenario.SIMPLE, Scenario.PARCELS, Scenario.SPLIT_PAYMENT, Scenario.SETTLEMENT_ROWS,
        Scenario.MERGED, Scenario.FREIGHT_RECORDED, Scenario.MISSING_PAYMENT, Scenario.MISSING_SETTLEMENT,
        Scenario.MISSING_SHIPMENT, Scenario.PAYMENT_ONLY, Scenario.DUPLICATE_PAYMENT, Scenario.COMMISSION_NOT_SYNCED,
        Scenario.FREIGHT_ADJUSTMENT_MISSING, Scenario.AMOUNT_MISMATCH};
    List<Payment> p = new ArrayList<>();
    List<Settlement> s = new ArrayList<>();
    List<Shipment> h = new ArrayList<>();
    DayGenerator generator = DayGenerator.of(CONFIG, seed, DAY);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < orders; i++) {
      generator.order(i, onTime[random.nextInt(onTime.length)], random, DayGenerator.Sink.of(p::add, s::add, h::add));
    }
    List<Object[]> stream = new ArrayList<>();
    p.forEach(x -> stream.add(new Object[] {x.paidAt(), x}));
    s.forEach(x -> stream.add(new Object[] {x.settledAt(), x}));
    h.forEach(x -> stream.add(new Object[] {x.shippedAt(), x}));
    stream.sort(java.util.Comparator.comparing(x -> (Instant) x[0]));
    Reconciler.Session session = Reconciler.of(CONFIG).newSession();
    List<ReconciliationRow> rows = new ArrayList<>();
    long mostOpen = 0;
    for (int i = 0; i < stream.size(); i++) {
      Object row = stream.get(i)[1];
      if (row instanceof Payment) {
        session.accept((Payment) row);
      } else if (row instanceof Settlement) {
        session.accept((Settlement) row);
      } else {
        session.accept((Shipment) row);
      }
      mostOpen = Math.max(mostOpen, session.openOrders());
      if (i % closeEvery == 0) {
        session.closeUntil((Instant) stream.get(i)[0], rows::add);
      }
    }
    ReconciliationSummary summary = session.finish(rows::add);
    rows.sort(java.util.Comparator.comparing(ReconciliationRow::orderNo));
    ReconciliationReport batch = reconcile(p, s, h);
    assertThat(rows).isEqualTo(batch.rows());
    assertThat(summary).isEqualTo(batch.summary());
    return mostOpen;
  }
}
