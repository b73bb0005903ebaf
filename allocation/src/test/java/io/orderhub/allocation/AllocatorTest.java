package io.orderhub.allocation;

import static io.orderhub.allocation.TestOrders.hazardous;
import static io.orderhub.allocation.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.Order;
import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AllocatorTest {
  private final TestClock clock = new TestClock();
  private final InventoryPool pool = InventoryPool.builder().clock(clock).buffers(BufferPolicy.of(StockBuffer.NONE))
      .build();

  /** A warehouse in Zhejiang that reaches every region with SF in 2 days. */
  private static Warehouse.Builder wh(String id) {
    return Warehouse.builder(id).region("浙江省").carrierDays("SF", "*", 2);
  }

  private void stock(String warehouse, String sku, long units) {
    pool.setOnHand(StockKey.of(warehouse, sku), units);
  }

  private Allocator allocator(Consumer<AllocationConfig.Builder> more, Warehouse.Builder... warehouses) {
    AllocationConfig.Builder b = AllocationConfig.builder();
    for (Warehouse.Builder w : warehouses) {
      b.warehouse(w.build());
    }
    more.accept(b);
    return Allocator.of(b.build(), pool);
  }

  private Allocator allocator(Warehouse.Builder... warehouses) {
    return allocator(b -> { }, warehouses);
  }

  private static CandidateExplanation candidate(Allocation a, String warehouse) {
    return a.explanation().candidates().stream().filter(c -> c.warehouse().value().equals(warehouse)).findFirst()
        .orElseThrow();
  }

  private static FactorScore factor(Allocation a, String warehouse, String name) {
    return candidate(a, warehouse).factors().stream().filter(f -> f.factor().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> shippers(Allocation a) {
    List<String> out = new ArrayList<>();
    a.shipments().forEach(s -> out.add(s.warehouse().value()));
    return out;
  }

  @Nested
  class HardFilters {
    @Test
    void aWarehouseWithoutARouteToTheDestinationIsFiltered() {
      stock("CD", "TEA", 50);
      stock("HZ", "TEA", 5);
      Allocator allocator = allocator(
          Warehouse.builder("CD").region("四川").carrierDays("ZTO", "四川", 1).carrierDays("ZTO", "重庆", 1),
          wh("HZ"));
      Allocation a = allocator.allocate(order("1", "浙江省", "TEA", 2));
      assertThat(shippers(a)).containsExactly("HZ");
      assertThat(candidate(a, "CD").filter()).isEqualTo(FilterReason.DOES_NOT_SERVE_DESTINATION);
      assertThat(candidate(a, "CD").verdict()).isEqualTo("no carrier route to 浙江");
    }

    @Test
    void hazardousLinesNeedAWarehouseThatMayShipThem() {
      stock("HZ", "BATTERY", 50);
      stock("GZ", "BATTERY", 5);
      Allocator allocator = allocator(wh("HZ"), wh("GZ").hazardousAllowed(true));
      Allocation a = allocator.allocate(hazardous("1", "浙江省", "BATTERY", 2));
      assertThat(shippers(a)).containsExactly("GZ");
      assertThat(candidate(a, "HZ").filter()).isEqualTo(FilterReason.NO_HAZARDOUS_GOODS);
      assertThat(allocator.allocate(order("2", "浙江省", "BATTERY", 2)).shipments()).hasSize(1);
    }

    @Test
    void theDailyCapCountsOrdersTakenToday() {
      stock("HZ", "TEA", 50);
      stock("SH", "TEA", 50);
      Allocator allocator = allocator(wh("HZ").dailyOrderCap(2).ordersToday(1).waybills(1_000), wh("SH")
          .waybills(10));
      assertThat(shippers(allocator.allocate(order("1", "浙江", "TEA", 1)))).containsExactly("HZ");
      assertThat(allocator.ordersToday(WarehouseId.of("HZ"))).isEqualTo(2);
      Allocation second = allocator.allocate(order("2", "浙江", "TEA", 1));
      assertThat(shippers(second)).containsExactly("SH");
      assertThat(candidate(second, "HZ").filter()).isEqualTo(FilterReason.DAILY_CAP_REACHED);
      assertThat(candidate(second, "HZ").verdict()).isEqualTo("daily order cap 2 reached (2 today)");
      clock.advance(java.time.Duration.ofDays(1)); // a new day in Asia/Shanghai
      assertThat(allocator.ordersToday(WarehouseId.of("HZ"))).isZero();
      assertThat(shippers(allocator.allocate(order("3", "浙江", "TEA", 1)))).containsExactly("HZ");
    }

    @Test
    void aWarehouseOutOfWaybillsIsFilteredEvenWhenItIsNearest() {
      stock("HZ", "TEA", 50);
      stock("GZ", "TEA", 50);
      Allocator allocator = allocator(
          Warehouse.builder("HZ").region("浙江").carrierDays("SF", "浙江", 1).waybills(1),
          Warehouse.builder("GZ").region("广东").carrierDays("SF", "*", 3).waybills(100));
      assertThat(shippers(allocator.allocate(order("1", "浙江", "TEA", 1)))).containsExactly("HZ");
      assertThat(allocator.waybillsLeft(WarehouseId.of("HZ"))).isZero();
      Allocation a = allocator.allocate(order("2", "浙江", "TEA", 1));
      assertThat(shippers(a)).containsExactly("GZ");
      assertThat(candidate(a, "HZ").filter()).isEqualTo(FilterReason.NO_WAYBILLS);
      assertThat(candidate(a, "HZ").verdict()).isEqualTo("no waybills left");
      allocator.addWaybills(WarehouseId.of("HZ"), 5);
      assertThat(shippers(allocator.allocate(order("3", "浙江", "TEA", 1)))).containsExactly("HZ");
    }

    @Test
    void aWarehouseWithNoneOfTheSkusIsFilteredButOneWithSomeIsACandidate() {
      stock("HZ", "CUP", 50);
      stock("SH", "TEA", 1);
      stock("GZ", "TEA", 5);
      Allocator allocator = allocator(wh("HZ"), wh("SH"), wh("GZ"));
      Allocation a = allocator.plan(order("1", "浙江", "TEA", 3));
      assertThat(candidate(a, "HZ").filter()).isEqualTo(FilterReason.NO_STOCK);
      assertThat(candidate(a, "SH").filtered()).isFalse();
      assertThat(shippers(a)).containsExactly("GZ");
    }
  }

  @Nested
  class ScoreFactors {
    @Test
    void deeperStockWins() {
      stock("A", "TEA", 10);
      stock("B", "TEA", 40);
      Allocator allocator = allocator(wh("A").dailySales(Sku.of("TEA"), 2), wh("B").dailySales(Sku.of("TEA"), 4));
      Allocation a = allocator.plan(order("1", "浙江", "TEA", 1));
      assertThat(shippers(a)).containsExactly("B");
      assertThat(factor(a, "A", "stockDepth").raw()).isEqualTo(5.0);
      assertThat(factor(a, "B", "stockDepth").raw()).isEqualTo(10.0);
      assertThat(factor(a, "B", "stockDepth").normalised()).isEqualTo(1.0);
      assertThat(factor(a, "A", "stockDepth").normalised()).isEqualTo(0.0);
      assertThat(candidate(a, "A").verdict()).contains("largest gap on stockDepth (0.250)");
    }

    @Test
    void moreWaybillsWin() {
      stock("A", "TEA", 10);
      stock("B", "TEA", 10);
      Allocation a = allocator(wh("A").waybills(20), wh("B").waybills(300)).plan(order("1", "浙江", "TEA", 1));
      assertThat(shippers(a)).containsExactly("B");
      assertThat(factor(a, "A", "waybills").raw()).isEqualTo(20.0);
    }

    @Test
    void fewerCarrierDaysToTheDestinationWin() {
      stock("A", "TEA", 10);
      stock("B", "TEA", 10);
      stock("C", "TEA", 10);
      Allocation a = allocator(
          Warehouse.builder("A").region("广东").carrierDays("SF", "江苏", 3),
          Warehouse.builder("B").region("浙江").carrierDays("SF", "江苏", 1),
          Warehouse.builder("C").region("北京").carrierDays("SF", "江苏", 2))
          .plan(order("1", "江苏省", "TEA", 1));
      assertThat(shippers(a)).containsExactly("B");
      assertThat(factor(a, "C", "timeliness").raw()).isEqualTo(2.0);
      assertThat(factor(a, "C", "timeliness").normalised()).isEqualTo(0.5);
      assertThat(factor(a, "A", "timeliness").normalised()).isEqualTo(0.0);
      assertThat(candidate(a, "C").verdict())
          .isEqualTo("scored 0.125 lower than B (0.875 vs 1.000); largest gap on timeliness (0.125)");
      assertThat(candidate(a, "A").rank()).isEqualTo(3);
    }

    @Test
    void aHigherOnTimeRateWins() {
      stock("A", "TEA", 10);
      stock("B", "TEA", 10);
      Allocation a = allocator(wh("A").onTimeRate(0.8), wh("B").onTimeRate(0.99)).plan(order("1", "浙江", "TEA", 1));
      assertThat(shippers(a)).containsExactly("B");
      assertThat(factor(a, "B", "onTimeRate").contribution()).isEqualTo(0.25);
    }

    @Test
    void weightsAreConfigurableAndNormalised() {
      stock("A", "TEA", 10);
      stock("B", "TEA", 40);
      // A is faster, B deeper; with timeliness weighted 3:1 against stock depth, A wins
      Allocator allocator = allocator(b -> b.weight("timeliness", 3).weight("waybills", 0).weight("onTimeRate", 0),
          Warehouse.builder("A").region("浙江").carrierDays("SF", "*", 1),
          Warehouse.builder("B").region("浙江").carrierDays("SF", "*", 3));
      Allocation a = allocator.plan(order("1", "浙江", "TEA", 1));
      assertThat(shippers(a)).containsExactly("A");
      assertThat(factor(a, "A", "timeliness").weight()).isEqualTo(0.75);
      assertThat(candidate(a, "A").total()).isEqualTo(0.75);
      assertThat(allocator.config().weights()).containsEntry("stockDepth", 0.25);
    }

    @Test
    void hostsAddTheirOwnFactors() {
      stock("A", "TEA", 10);
      stock("B", "TEA", 10);
      ScoreFactor partner = ScoreFactor.of("partner", true, c -> c.warehouse().id().value().equals("B") ? 1 : 0);
      Allocation a = allocator(b -> b.factor(partner, 1), wh("A"), wh("B")).plan(order("1", "浙江", "TEA", 1));
      assertThat(shippers(a)).containsExactly("B");
      assertThat(candidate(a, "B").factors()).extracting(FactorScore::factor)
          .containsExactly("stockDepth", "waybills", "timeliness", "onTimeRate", "partner");
      assertThat(factor(a, "B", "partner").weight()).isEqualTo(0.2);
    }

    @Test
    void aFactorThatReturnsNaNFailsLoudly() {
      stock("A", "TEA", 10);
      ScoreFactor broken = ScoreFactor.of("broken", true, c -> Double.NaN);
      Allocator allocator = allocator(b -> b.factor(broken, 1), wh("A"));
      assertThatThrownBy(() -> allocator.plan(order("1", "浙江", "TEA", 1)))
          .hasMessageContaining("score factor broken returned NaN for warehouse A");
    }

    @Test
    void tiesGoToTheWarehouseConfiguredFirst() {
      stock("B", "TEA", 10);
      stock("A", "TEA", 10);
      Allocation a = allocator(wh("B"), wh("A")).plan(order("1", "浙江", "TEA", 1));
      assertThat(shippers(a)).containsExactly("B");
      assertThat(candidate(a, "A").verdict())
          .isEqualTo("tied with B at 1.000; the stable warehouse order puts B first");
    }
  }

  @Nested
  class Strategy {
    @Test
    void oneWarehouseThatHoldsTheWholeOrderBeatsAHigherScoringPartialOne() {
      stock("FAST", "TEA", 100);
      stock("SLOW", "TEA", 10);
      stock("SLOW", "CUP", 10);
      Allocator allocator = allocator(
          Warehouse.builder("FAST").region("浙江").carrierDays("SF", "*", 1),
          Warehouse.builder("SLOW").region("广东").carrierDays("SF", "*", 3));
      Order o = order("1", "浙江", "TEA", 2, "CUP", 1);
      Allocation a = allocator.allocate(o);
      assertThat(a.outcome()).isEqualTo(Outcome.SINGLE);
      assertThat(shippers(a)).containsExactly("SLOW");
      assertThat(a.shipments().get(0).lines()).extracting(ShipmentLine::quantity).containsExactly(2L, 1L);
      assertThat(candidate(a, "FAST").verdict()).startsWith("cannot ship the whole order alone: short of CUP×1");
      assertThat(a.explanation().steps()).anyMatch(s -> s.startsWith("1 can ship the whole order alone; chose SLOW"));
      Reservation r = pool.reservation(a.reservation().orElseThrow()).orElseThrow();
      assertThat(r.quantities()).containsExactlyInAnyOrderEntriesOf(Map.of(
          StockKey.of("SLOW", "TEA"), 2L, StockKey.of("SLOW", "CUP"), 1L));
      assertThat(pool.level(StockKey.of("SLOW", "TEA")).sellable()).isEqualTo(8);
    }

    @Test
    void planReservesNothing() {
      stock("A", "TEA", 3);
      Allocator allocator = allocator(wh("A").waybills(1));
      Allocation a = allocator.plan(order("1", "浙江", "TEA", 3));
      assertThat(a.outcome()).isEqualTo(Outcome.SINGLE);
      assertThat(a.reservation()).isEmpty();
      assertThat(pool.level(StockKey.of("A", "TEA")).reserved()).isZero();
      assertThat(allocator.waybillsLeft(WarehouseId.of("A"))).isEqualTo(1);
    }

    @Test
    void aSplitUsesTheFewestWarehousesEvenWhenTheyScoreLower() {
      for (String w : List.of("W1", "W2", "W3")) {
        stock(w, "A", 4);
        stock(w, "B", 4);
      }
      stock("W4", "A", 10);
      stock("W5", "B", 10);
      Allocator allocator = allocator(
          Warehouse.builder("W1").region("浙江").carrierDays("SF", "*", 1),
          Warehouse.builder("W2").region("浙江").carrierDays("SF", "*", 1),
          Warehouse.builder("W3").region("浙江").carrierDays("SF", "*", 1),
          Warehouse.builder("W4").region("广东").carrierDays("SF", "*", 4),
          Warehouse.builder("W5").region("广东").carrierDays("SF", "*", 4));
      Allocation a = allocator.allocate(order("1", "浙江", "A", 10, "B", 10));
      assertThat(a.outcome()).isEqualTo(Outcome.SPLIT);
      assertThat(shippers(a)).containsExactlyInAnyOrder("W4", "W5");
      assertThat(a.explanation().steps()).anyMatch(s -> s.contains("the fewest warehouses that cover the order: 2"));
      assertThat(candidate(a, "W1").verdict()).startsWith("not needed");
      assertThat(candidate(a, "W4").verdict()).startsWith("chosen: ships A×10");
    }

    @Test
    void amongEquallySmallCoversTheHigherScoringOneWins() {
      stock("GOOD1", "A", 10);
      stock("GOOD2", "B", 10);
      stock("POOR1", "A", 10);
      stock("POOR2", "B", 10);
      Allocation a = allocator(
          Warehouse.builder("POOR1").region("广东").carrierDays("SF", "*", 4),
          Warehouse.builder("POOR2").region("广东").carrierDays("SF", "*", 4),
          Warehouse.builder("GOOD1").region("浙江").carrierDays("SF", "*", 1),
          Warehouse.builder("GOOD2").region("浙江").carrierDays("SF", "*", 1))
          .plan(order("1", "浙江", "A", 10, "B", 10));
      assertThat(shippers(a)).containsExactly("GOOD1", "GOOD2");
      assertThat(a.sources(Sku.of("A"))).containsExactly(Map.entry(WarehouseId.of("GOOD1"), 10L));
    }

    @Test
    void oneSkuMaySplitAcrossWarehousesAndLines() {
      stock("A", "TEA", 3);
      stock("B", "TEA", 4);
      Allocation a = allocator(wh("A").onTimeRate(1), wh("B").onTimeRate(0.5))
          .allocate(order("1", "浙江", "TEA", 2, "TEA", 4));
      assertThat(a.outcome()).isEqualTo(Outcome.SPLIT);
      long shipped = a.shipments().stream().flatMap(s -> s.lines().stream()).mapToLong(ShipmentLine::quantity).sum();
      assertThat(shipped).isEqualTo(6);
      assertThat(a.shipments()).hasSize(2);
    }

    @Test
    void theTransferPolicyShipsEverythingFromTheBestWarehouse() {
      stock("HUB", "A", 10);
      stock("SRC", "B", 10);
      Allocator allocator = allocator(b -> b.splitPolicy(SplitPolicy.TRANSFER),
          Warehouse.builder("HUB").region("浙江").carrierDays("SF", "*", 1),
          Warehouse.builder("SRC").region("广东").carrierDays("SF", "*", 3));
      Allocation a = allocator.allocate(order("1", "浙江", "A", 2, "B", 3));
      assertThat(a.outcome()).isEqualTo(Outcome.TRANSFER);
      assertThat(shippers(a)).containsExactly("HUB");
      assertThat(a.shipments().get(0).lines()).hasSize(2);
      assertThat(a.transfers()).containsExactly(
          new Transfer(WarehouseId.of("SRC"), WarehouseId.of("HUB"), Sku.of("B"), 3));
      assertThat(pool.level(StockKey.of("SRC", "B")).reserved()).isEqualTo(3);
      assertThat(allocator.waybillsLeft(WarehouseId.of("SRC"))).isEqualTo(Long.MAX_VALUE);
      assertThat(candidate(a, "SRC").verdict()).isEqualTo("chosen: transfers B×3 to HUB");
    }

    @Test
    void notEnoughStockAnywhereIsABackorderWithAPromisedDate() {
      stock("A", "TEA", 3);
      stock("B", "TEA", 2);
      Allocator allocator = allocator(
          wh("A").restock(new ExpectedRestock(Sku.of("TEA"), LocalDate.parse("2026-11-20"), 4))
              .restock(new ExpectedRestock(Sku.of("TEA"), LocalDate.parse("2026-11-15"), 2)),
          wh("B"));
      Allocation a = allocator.allocate(order("1", "浙江", "TEA", 9));
      assertThat(a.outcome()).isEqualTo(Outcome.BACKORDER);
      assertThat(a.missing()).containsExactly(Map.entry(Sku.of("TEA"), 4L));
      assertThat(a.promisedShipDate()).contains(LocalDate.parse("2026-11-20"));
      assertThat(a.reservation()).isEmpty();
      assertThat(pool.level(StockKey.of("A", "TEA")).reserved()).isZero();
      assertThat(allocator.backorders()).singleElement().satisfies(b -> {
        assertThat(b.missing()).containsEntry(Sku.of("TEA"), 4L);
        assertThat(b.promised()).contains(LocalDate.parse("2026-11-20"));
      });
      assertThat(candidate(a, "B").verdict()).isEqualTo("holds only part of the order: short of TEA×7");
    }

    @Test
    void aBackorderWithoutKnownRestocksHasNoPromisedDate() {
      Allocation a = allocator(wh("A")).allocate(order("1", "浙江", "TEA", 1));
      assertThat(a.outcome()).isEqualTo(Outcome.BACKORDER);
      assertThat(a.promisedShipDate()).isEmpty();
      assertThat(a.explanation().steps()).contains("no promised date: no known restock covers what is missing");
    }

    @Test
    void aCoverNeedingMoreThanMaxShipmentsIsABackorder() {
      for (String w : List.of("A", "B", "C")) {
        stock(w, "TEA", 1);
      }
      Allocation a = allocator(b -> b.maxShipments(2), wh("A"), wh("B"), wh("C")).plan(order("1", "浙江", "TEA", 3));
      assertThat(a.outcome()).isEqualTo(Outcome.BACKORDER);
      assertThat(a.missing()).containsExactly(Map.entry(Sku.of("TEA"), 1L));
      assertThat(a.explanation().steps()).anyMatch(s -> s.startsWith("no cover within 2 shipments"));
    }

    @Test
    void beyondTheSearchBudgetTheSplitIsGreedy() {
      Warehouse.Builder[] many = new Warehouse.Builder[30];
      for (int i = 0; i < 30; i++) {
        String id = String.format("W%02d", i);
        stock(id, "TEA", 1);
        many[i] = wh(id);
      }
      Allocation a = allocator(b -> b.splitSearchBudget(1_000), many).plan(order("1", "浙江", "TEA", 3));
      assertThat(a.outcome()).isEqualTo(Outcome.SPLIT);
      assertThat(a.shipments()).hasSize(3);
      assertThat(a.explanation().steps()).anyMatch(s -> s.contains("beyond the search budget of 1000"));
    }

    @Test
    void restockReactivatesBackordersInArrivalOrder() {
      Allocator allocator = allocator(wh("A"));
      Order first = order("1", "浙江", "TEA", 5);
      Order second = order("2", "浙江", "TEA", 5);
      Order other = order("3", "浙江", "CUP", 1);
      allocator.allocate(first);
      allocator.allocate(second);
      allocator.allocate(other);
      allocator.allocate(first); // still short: keeps its place
      assertThat(allocator.backorders()).extracting(b -> b.order().externalId().value())
          .containsExactly("1", "2", "3");
      List<Allocation> woke = allocator.restock(WarehouseId.of("A"), Sku.of("TEA"), 6);
      assertThat(woke).extracting(x -> x.externalId().value()).containsExactly("1");
      assertThat(allocator.backorders()).extracting(b -> b.order().externalId().value()).containsExactly("2", "3");
      woke = allocator.restock(WarehouseId.of("A"), Sku.of("TEA"), 4);
      assertThat(woke).extracting(x -> x.externalId().value()).containsExactly("2");
      assertThat(pool.level(StockKey.of("A", "TEA")).reserved()).isEqualTo(10);
      assertThat(allocator.cancelBackorder(other.id())).isTrue();
      assertThat(allocator.backorders()).isEmpty();
    }
  }

  @Nested
  class Carriers {
    private final CarrierRules rules = CarrierRules.builder()
        .rule(List.of("江苏", "浙江", "上海"), "ZTO").rule(List.of("广东省"), "Yunda").build();

    @Test
    void regionRulesPickTheCarrierWhereTheWarehouseHasThatRoute() {
      stock("HZ", "TEA", 10);
      stock("SH", "TEA", 1);
      Allocator allocator = allocator(b -> b.carrierRules(rules),
          Warehouse.builder("HZ").region("浙江").carrierDays("SF", "浙江", 1).carrierDays("ZTO", "浙江", 2),
          Warehouse.builder("SH").region("上海").carrierDays("SF", "*", 1));
      Allocation a = allocator.plan(order("1", "浙江省", "TEA", 2, "TEA", 2));
      assertThat(a.shipments()).singleElement().satisfies(s -> {
        assertThat(s.carrier()).isEqualTo("ZTO");
        assertThat(s.carrierDays()).isEqualTo(2);
      });
      assertThat(candidate(a, "SH").carrier()).isEqualTo("SF");
    }

    @Test
    void anOrderMayOverrideTheCarrier() {
      stock("HZ", "TEA", 10);
      Allocator allocator = allocator(b -> b.carrierRules(rules),
          Warehouse.builder("HZ").region("浙江").carrierDays("SF", "浙江", 1).carrierDays("ZTO", "浙江", 2));
      Order o = order("1", "浙江", "TEA", 1).toBuilder().attribute("carrier", "SF").build();
      Allocation a = allocator.plan(o);
      assertThat(a.shipments().get(0).carrier()).isEqualTo("SF");
      assertThat(a.explanation().steps()).contains("carrier SF requested by the order (attribute carrier)");
    }

    @Test
    void withoutARuleTheFastestCarrierShips() {
      stock("HZ", "TEA", 10);
      Allocation a = allocator(b -> b.carrierRules(rules),
          Warehouse.builder("HZ").region("浙江").carrierDays("SF", "*", 2).carrierDays("JD", "*", 1))
          .plan(order("1", "四川", "TEA", 1));
      assertThat(a.shipments().get(0).carrier()).isEqualTo("JD");
    }

    @Test
    void aRegionMayHaveOneRuleOnly() {
      assertThatThrownBy(() -> CarrierRules.builder().rule(List.of("浙江"), "ZTO").rule(List.of("浙江省"), "SF"))
          .hasMessageContaining("has a rule already");
    }
  }

  @Test
  void theExplanationListsEveryWarehouseInConfigurationOrder() {
    stock("A", "TEA", 10);
    stock("B", "TEA", 10);
    Allocation a = allocator(wh("A").waybills(0), wh("B"), wh("C")).plan(order("1", "浙江", "TEA", 1));
    assertThat(a.explanation().candidates()).extracting(c -> c.warehouse().value()).containsExactly("A", "B", "C");
    assertThat(a.explanation().candidates()).extracting(CandidateExplanation::chosen).containsExactly(false, true,
        false);
    assertThat(a.explanation().render()).contains("no waybills left").contains("* B");
  }

  @Test
  void configurationIsValidatedAtOnce() {
    assertThatThrownBy(() -> AllocationConfig.builder().build()).hasMessageContaining("warehouses");
    assertThatThrownBy(() -> AllocationConfig.builder().weight("speed", 1)).hasMessageContaining("is not a factor");
    assertThatThrownBy(() -> AllocationConfig.builder().weight("timeliness", -1))
        .hasMessageContaining("weights.timeliness");
    assertThatThrownBy(() -> AllocationConfig.builder().maxShipments(1)).hasMessageContaining("maxShipments");
    assertThatThrownBy(() -> wh("A").onTimeRate(1.5)).hasMessageContaining("warehouse[A].onTimeRate");
    assertThatThrownBy(() -> AllocationConfig.builder().warehouse(wh("A").build()).warehouse(wh("A").build()))
        .hasMessageContaining("set twice");
    assertThatThrownBy(() -> AllocationConfig.builder().warehouse(wh("A").build()).weight("stockDepth", 0)
        .weight("waybills", 0).weight("timeliness", 0).weight("onTimeRate", 0).build())
        .hasMessageContaining("are all zero");
  }
}
