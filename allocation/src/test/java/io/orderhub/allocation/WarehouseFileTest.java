package io.orderhub.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import io.orderhub.core.json.InvalidPayloadException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WarehouseFileTest {
  static final String FILE = """
      {"buffer": {"ratio": "0.9"},
       "skuBuffers": {"GAS": {"safetyStock": 2}},
       "carrierRules": [{"regions": ["江苏", "浙江", "上海"], "carrier": "ZTO"}, {"regions": ["广东"], "carrier": "Yunda"}],
       "carrierOverrideAttribute": "express",
       "weights": {"timeliness": 2},
       "split": "transfer", "maxShipments": 3, "splitSearchBudget": 5000, "zone": "Asia/Shanghai",
       "warehouses": [
         {"id": "WH-HZ", "region": "浙江省", "hazardous": false, "dailyCap": 100, "ordersToday": 7,
          "waybills": 50, "onTimeRate": 0.97, "buffer": {"safetyStock": 1},
          "carriers": {"ZTO": {"浙江": 1, "*": 3}},
          "stock": [{"sku": "TEA", "onHand": 120, "dailySales": 8, "buffer": {"ratio": "1"},
                     "restocks": [{"date": "2026-11-20", "quantity": 200}]},
                    {"sku": "GAS", "onHand": 10}]},
         {"id": "WH-GZ", "region": "广东", "carriers": {"Yunda": {"广东": 1}}, "stock": []}
       ]}
      """;

  private static WarehouseSetup read(String json) {
    return WarehouseFile.read(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEveryField() {
    WarehouseSetup setup = read(FILE);
    AllocationConfig config = setup.config();
    assertThat(config.warehouses()).extracting(w -> w.id().value()).containsExactly("WH-HZ", "WH-GZ");
    Warehouse hz = config.warehouses().get(0);
    assertThat(hz.region()).isEqualTo("浙江");
    assertThat(hz.dailyOrderCap()).isEqualTo(100);
    assertThat(hz.ordersToday()).isEqualTo(7);
    assertThat(hz.waybills()).isEqualTo(50);
    assertThat(hz.onTimeRate()).isEqualTo(0.97);
    assertThat(hz.days("ZTO", "四川")).contains(3);
    assertThat(hz.dailySales(Sku.of("TEA"))).isEqualTo(8.0);
    assertThat(hz.restocks()).containsExactly(new ExpectedRestock(Sku.of("TEA"), LocalDate.parse("2026-11-20"), 200));
    assertThat(config.splitPolicy()).isEqualTo(SplitPolicy.TRANSFER);
    assertThat(config.maxShipments()).isEqualTo(3);
    assertThat(config.splitSearchBudget()).isEqualTo(5000);
    assertThat(config.weights()).containsEntry("timeliness", 0.4);
    assertThat(config.carrierRules().carrierFor("上海")).contains("ZTO");
    assertThat(config.carrierRules().overrideAttribute()).isEqualTo("express");
    assertThat(setup.stock()).containsEntry(StockKey.of("WH-HZ", "TEA"), 120L);
    BufferPolicy b = setup.buffers();
    assertThat(b.bufferFor(StockKey.of("WH-HZ", "TEA"))).isEqualTo(StockBuffer.NONE);
    assertThat(b.bufferFor(StockKey.of("WH-HZ", "GAS"))).isEqualTo(StockBuffer.safetyStock(2));
    assertThat(b.bufferFor(StockKey.of("WH-HZ", "CUP"))).isEqualTo(StockBuffer.safetyStock(1));
    assertThat(b.bufferFor(StockKey.of("WH-GZ", "CUP"))).isEqualTo(StockBuffer.ratio(new BigDecimal("0.9")));
    InventoryPool pool = setup.newPool(new TestClock());
    assertThat(pool.sellable(WarehouseId.of("WH-HZ"), Sku.of("GAS"))).isEqualTo(8);
  }

  private static void assertProblem(String json, String message) {
    assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidPayloadException.class).hasMessage(message);
  }

  @Test
  void problemsNameTheJsonPath() {
    assertProblem("[]", "$: is not a JSON object");
    assertProblem("{\"warehouses\": []}", "$.warehouses: is missing or empty");
    assertProblem("{\"warehouses\": [{\"id\": \"A\", \"carriers\": {}}]}", "$.warehouses[0].region: is required");
    assertProblem("{\"warehouses\": [{\"id\": \"A\", \"region\": \"浙江\", \"carriers\": {}, \"onTimeRate\": 1.4}]}",
        "$.warehouses[0].onTimeRate: 1.4 is not in 0..1");
    assertProblem("{\"warehouses\": [{\"id\": \"A\", \"region\": \"浙江\", \"carriers\": {\"SF\": {\"浙江\": \"x\"}}}]}",
        "$.warehouses[0].carriers.SF.浙江: x is not a whole number");
    assertProblem("{\"warehouses\": [{\"id\": \"A\", \"region\": \"浙江\", \"carriers\": {}, \"dailycap\": 3}]}",
        "$.warehouses[0].dailycap: is not a known field (known: buffer, carriers, dailyCap, hazardous, id, "
            + "onTimeRate, ordersToday, region, stock, waybills)");
    assertProblem("{\"warehouses\": [{\"id\": \"A\", \"region\": \"浙江\", \"carriers\": {},"
        + " \"stock\": [{\"sku\": \"T\", \"onHand\": -1}]}]}", "$.warehouses[0].stock[0].onHand: -1 is not in 0..1000000000000");
    assertProblem("{\"buffer\": {\"ratio\": \"1.5\"}, \"warehouses\": []}", "$.buffer.ratio: 1.5 is not in (0, 1]");
    assertProblem("{\"buffer\": {\"ratio\": 0.9, \"safetyStock\": 1}, \"warehouses\": []}",
        "$.buffer: needs exactly one of ratio or safetyStock");
    assertProblem("{\"split\": \"sometimes\", \"warehouses\": []}", "$.split: sometimes is not SPLIT or TRANSFER");
    assertProblem("{\"weights\": {\"speed\": 1}, \"warehouses\": []}",
        "$.weights.speed: speed is not a factor (known: stockDepth, waybills, timeliness, onTimeRate)");
    assertProblem("{\"warehouses\": [{\"id\": \"A\", \"region\": \"浙江\", \"carriers\": {}},"
        + " {\"id\": \"A\", \"region\": \"浙江\", \"carriers\": {}}]}", "$.warehouses[1].id: A is used by another warehouse");
    assertProblem("{\"warehouses\": [{\"id\": \"A\", \"region\": \"浙江\", \"carriers\": {}, \"stock\": [{\"sku\": \"T\","
        + " \"onHand\": 1, \"restocks\": [{\"date\": \"soon\", \"quantity\": 1}]}]}]}",
        "$.warehouses[0].stock[0].restocks[0].date: soon is not a date (yyyy-mm-dd)");
    assertThatThrownBy(() -> read("{")).isInstanceOf(InvalidPayloadException.class)
        .hasMessageStartingWith("$: is not valid JSON");
  }
}
