package io.orderhub.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AllocationJsonTest {
  private final Allocator allocator = WarehouseFile.read(WarehouseFileTest.FILE.getBytes(StandardCharsets.UTF_8))
      .newAllocator(new TestClock());

  @Test
  void writesOneLineWithShipmentsAndTheExplanation() throws Exception {
    Allocation a = allocator.allocate(TestOrders.order("1", "浙江省", "TEA", 2));
    String line = AllocationJson.write(a);
    assertThat(line).doesNotContain("\n");
    JsonNode json = new ObjectMapper().readTree(line);
    assertThat(json.get("externalId").asText()).isEqualTo("1");
    assertThat(json.get("outcome").asText()).isEqualTo("SINGLE");
    assertThat(json.get("reservation").asText()).isEqualTo(a.reservation().orElseThrow().value());
    JsonNode shipment = json.get("shipments").get(0);
    assertThat(shipment.get("warehouse").asText()).isEqualTo("WH-HZ");
    assertThat(shipment.get("carrier").asText()).isEqualTo("ZTO");
    assertThat(shipment.get("lines").get(0).get("quantity").asLong()).isEqualTo(2);
    JsonNode candidates = json.get("explanation").get("candidates");
    assertThat(candidates.get(0).get("chosen").asBoolean()).isTrue();
    assertThat(candidates.get(0).get("factors")).hasSize(4);
    assertThat(candidates.get(0).get("factors").get(2).get("factor").asText()).isEqualTo("timeliness");
    assertThat(candidates.get(0).get("factors").get(2).get("weight").decimalValue()).isEqualByComparingTo("0.4");
    assertThat(candidates.get(1).get("filtered").asText()).isEqualTo("DOES_NOT_SERVE_DESTINATION");
  }

  @Test
  void aBackorderListsWhatIsMissingAndThePromisedDate() throws Exception {
    Allocation a = allocator.allocate(TestOrders.order("2", "浙江", "TEA", 300));
    JsonNode json = new ObjectMapper().readTree(AllocationJson.write(a));
    assertThat(json.get("outcome").asText()).isEqualTo("BACKORDER");
    assertThat(json.has("reservation")).isFalse();
    assertThat(json.get("missing").get(0).get("sku").asText()).isEqualTo("TEA");
    assertThat(json.get("missing").get(0).get("quantity").asLong()).isEqualTo(180);
    assertThat(json.get("promisedShipDate").asText()).isEqualTo("2026-11-20");
  }
}
