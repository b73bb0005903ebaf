package io.orderhub.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderhub.core.Address;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.Phone;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionJsonTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void writesIdsFiredRulesOutcomesAndExplanationsOnOneLine() throws Exception {
    OrderLine line = TestOrders.line("MOONCAKE", 1).toBuilder().tag(OrderLine.TAG_PRESALE).build();
    Order o = TestOrders.withLine(TestOrders.clean("dj-1", TestOrders.T0), line)
        .shippingAddress(Address.builder().province("四川省").city("成都市").district("双流区")
            .detail("黄龙溪镇石牛村3组临时住所").phone(Phone.of("13912340021")).build()).build();
    Instant refund = o.paidAt().orElseThrow().plusSeconds(120);
    Decision d = BuiltInRules.defaults().evaluate(EvaluationContext.builder(o).at(refund)
        .history(OrderHistory.of(Map.of(OrderHistory.REFUND_REQUESTED, refund))).build());
    String text = DecisionJson.write(d);
    assertThat(text).doesNotContain("\n");
    JsonNode json = mapper.readTree(text);
    assertThat(json.get("orderId").asText()).isEqualTo("taobao-dj-1");
    assertThat(json.get("externalId").asText()).isEqualTo("dj-1");
    assertThat(json.get("evaluatedAt").asText()).isEqualTo(refund.toString());
    assertThat(json.get("fired").toString()).isEqualTo("[\"refund.fast\",\"address.vague\",\"order.presale\"]");
    assertThat(json.get("outcomes").toString()).isEqualTo("[{\"rule\":\"refund.fast\",\"type\":\"freezeShipment\","
        + "\"queue\":\"after-sales\"},{\"rule\":\"address.vague\",\"type\":\"routeTo\",\"queue\":\"address-review\"},"
        + "{\"rule\":\"order.presale\",\"type\":\"requireApproval\",\"queue\":\"presale-approval\",\"approvers\":1,"
        + "\"escalateAfter\":\"PT2H\"}]");
    JsonNode vague = json.get("explanation").get(1);
    assertThat(vague.get("rule").asText()).isEqualTo("address.vague");
    assertThat(vague.get("because").get(0).asText())
        .isEqualTo("address.detail contains \"村\", \"组\", \"临时\" (value: \"黄龙溪镇石牛村3组临时住所\")");
    assertThat(vague.get("tree").get("condition").asText()).isEqualTo("any of");
    assertThat(vague.get("tree").get("children")).hasSize(1);
    assertThat(json.has("notFired")).isFalse();
  }

  @Test
  void notFiredRulesAreWrittenWhenTheDecisionHoldsThem() throws Exception {
    Decision d = BuiltInRules.defaults().evaluate(EvaluationContext.builder(TestOrders.clean("dj-2"))
        .at(TestOrders.T0).build(), Explain.FIRED_AND_NOT_FIRED);
    JsonNode json = mapper.readTree(DecisionJson.write(d));
    assertThat(json.get("fired")).isEmpty();
    assertThat(json.get("notFired")).hasSize(BuiltInRules.IDS.size());
    assertThat(json.get("notFired").get(0).get("because").get(0).asText())
        .isEqualTo("refund requested within 10m of payment (value: no refund requested)");
  }
}
