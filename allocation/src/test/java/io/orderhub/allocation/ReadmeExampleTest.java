package io.orderhub.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.Order;
import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The code sample and the warehouses file of allocation/README.md, compiled, run and parsed, so the
 * guide stays true: the sample here must be the README's, line for line, and the README's example
 * file must be accepted by {@link WarehouseFile} with the values the guide describes.
 */
class ReadmeExampleTest {
  private static final Path README = Path.of("README.md");
  private static final Path SELF = Path.of("src/test/java/io/orderhub/allocation/ReadmeExampleTest.java");

  private static String block(String text, String language) {
    Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(text);
    assertThat(m.find()).as("a ```%s block in %s", language, README).isTrue();
    return m.group(1);
  }

  private static List<String> lines(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }

  @Test
  void theCodeSampleIsTheReadmes() throws IOException {
    String self = Files.readString(SELF, StandardCharsets.UTF_8);
    String start = "// --- README example " + "start"; // split, so this line is not taken for the marker
    String sample = self.substring(self.indexOf(start) + start.length(), self.indexOf("// --- README example " + "end"));
    assertThat(lines(sample)).isEqualTo(lines(block(Files.readString(README, StandardCharsets.UTF_8), "java")));
  }

  @Test
  void theCodeSampleDoesWhatItsCommentsSay() {
    TestClock clock = new TestClock();
    Order order = TestOrders.order("1", "江苏省", "TEA-LJ-250G", 2);

    // --- README example start
    InventoryPool pool = InventoryPool.builder().clock(clock).reservationTtl(Duration.ofMinutes(30)).build();
    pool.setOnHand(StockKey.of("WH-HZ", "TEA-LJ-250G"), 120);
    pool.setOnHand(StockKey.of("WH-GZ", "TEA-LJ-250G"), 60);
    Allocator allocator = Allocator.of(AllocationConfig.builder()
        .warehouse(Warehouse.builder("WH-HZ").region("浙江省").waybills(800).onTimeRate(0.97)
            .carrierDays("SF", "江苏", 1).carrierDays("SF", "*", 3).build())
        .warehouse(Warehouse.builder("WH-GZ").region("广东省").hazardousAllowed(true)
            .carrierDays("Yunda", "广东", 1).carrierDays("Yunda", "*", 3).build())
        .carrierRules(CarrierRules.builder().rule(List.of("江苏", "浙江", "上海"), "ZTO").build())
        .weight("timeliness", 2)                          // weights are normalised to sum to 1
        .build(), pool);

    Allocation a = allocator.allocate(order);             // reserves every line, all or nothing, or queues a backorder
    Outcome outcome = a.outcome();                        // SINGLE, SPLIT, TRANSFER or BACKORDER
    List<Shipment> parcels = a.shipments();               // warehouse, carrier and its days, lines and units
    String why = a.explanation().render();                // every warehouse's filter or factor scores, and why
    pool.commit(a.reservation().orElseThrow());           // shipped: on hand and reserved both go down
    allocator.restock(WarehouseId.of("WH-GZ"), Sku.of("TEA-LJ-250G"), 100); // re-tries backorders in arrival order
    // --- README example end

    assertThat(allocator.config().weights()).containsEntry("timeliness", 0.4);
    assertThat(outcome).isEqualTo(Outcome.SINGLE);
    // ZTO is the rule for Jiangsu, but WH-HZ has no ZTO route: its fastest carrier, SF, next day
    assertThat(parcels).containsExactly(new Shipment(WarehouseId.of("WH-HZ"), "SF", 1,
        List.of(new ShipmentLine("1-1", Sku.of("TEA-LJ-250G"), 2))));
    assertThat(why).contains("WH-HZ", "WH-GZ", "timeliness", "chosen: best score");
    assertThat(pool.level(StockKey.of("WH-HZ", "TEA-LJ-250G"))).extracting(StockLevel::onHand, StockLevel::reserved)
        .containsExactly(118L, 0L);
    assertThat(pool.level(StockKey.of("WH-GZ", "TEA-LJ-250G")).onHand()).isEqualTo(160);
  }

  @Test
  void theWarehousesFileExampleIsAcceptedAsDescribed() throws IOException {
    String json = block(Files.readString(README, StandardCharsets.UTF_8), "json");

    WarehouseSetup setup = WarehouseFile.read(json.getBytes(StandardCharsets.UTF_8));

    AllocationConfig config = setup.config();
    assertThat(config.warehouseIds()).extracting(WarehouseId::value).containsExactly("WH-HZ", "WH-GZ", "WH-CD");
    Warehouse hz = config.warehouses().get(0);
    assertThat(hz.region()).isEqualTo("浙江");
    assertThat(hz.dailyOrderCap()).isEqualTo(1000);
    assertThat(hz.ordersToday()).isEqualTo(412);
    assertThat(hz.waybills()).isEqualTo(800);
    assertThat(hz.onTimeRate()).isEqualTo(0.97);
    assertThat(hz.hazardousAllowed()).isFalse();
    assertThat(hz.days("SF", "江苏")).contains(1);
    assertThat(hz.days("ZTO", "四川")).contains(4);
    assertThat(hz.dailySales(Sku.of("TEA-LJ-250G"))).isEqualTo(8.0);
    Warehouse gz = config.warehouses().get(1);
    assertThat(gz.hazardousAllowed()).isTrue();
    assertThat(gz.restocks()).containsExactly(
        new ExpectedRestock(Sku.of("LIGHTER-GAS"), LocalDate.parse("2026-11-18"), 100));
    Warehouse cd = config.warehouses().get(2); // the defaults
    assertThat(cd.hazardousAllowed()).isFalse();
    assertThat(cd.ordersToday()).isZero();
    assertThat(cd.onTimeRate()).isEqualTo(1.0);
    assertThat(cd.dailySales(Sku.of("TEA-LJ-250G"))).isEqualTo(1.0);
    assertThat(cd.days("ZTO", "广东")).contains(3);

    assertThat(config.weights()).containsEntry("timeliness", 0.4).containsEntry("stockDepth", 0.2);
    assertThat(config.splitPolicy()).isEqualTo(SplitPolicy.SPLIT);
    assertThat(config.maxShipments()).isEqualTo(3);
    assertThat(config.splitSearchBudget()).isEqualTo(20_000);
    assertThat(config.zone().getId()).isEqualTo("Asia/Shanghai");
    assertThat(config.carrierRules().carrierFor("上海")).contains("ZTO");
    assertThat(config.carrierRules().carrierFor("广东")).contains("Yunda");
    assertThat(config.carrierRules().overrideAttribute()).isEqualTo("carrier");

    BufferPolicy buffers = setup.buffers();
    assertThat(buffers.bufferFor(StockKey.of("WH-HZ", "TEA-LJ-250G"))).isEqualTo(StockBuffer.ratio("0.9"));
    assertThat(buffers.bufferFor(StockKey.of("WH-HZ", "CUP-GLASS-2"))).isEqualTo(StockBuffer.safetyStock(1));
    assertThat(buffers.bufferFor(StockKey.of("WH-GZ", "LIGHTER-GAS"))).isEqualTo(StockBuffer.safetyStock(5));
    assertThat(buffers.bufferFor(StockKey.of("WH-CD", "TEA-LJ-250G"))).isEqualTo(StockBuffer.DEFAULT);
    assertThat(setup.stock()).containsEntry(StockKey.of("WH-GZ", "LIGHTER-GAS"), 30L)
        .containsEntry(StockKey.of("WH-CD", "TEA-LJ-250G"), 200L).hasSize(5);
  }
}
