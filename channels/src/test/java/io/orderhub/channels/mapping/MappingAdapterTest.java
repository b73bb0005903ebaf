package io.orderhub.channels.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.channels.Fixtures;
import io.orderhub.channels.taobao.TaobaoAdapter;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Order;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.json.InvalidPayloadException;
import io.orderhub.core.validation.OrderChecks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MappingAdapterTest {
  private static final byte[] TAOBAO_MAPPING = Fixtures.bytes("mappings", "taobao.json");

  private static MappingAdapter taobaoMapping() {
    return MappingAdapter.of(MappingFiles.parse("taobao.json", TAOBAO_MAPPING));
  }

  /** The fixtures whose every line reports its payment: the case the mapping file expresses fully. */
  @ParameterizedTest
  @ValueSource(strings = {"multi_line_partial_shipment.json", "refund_in_progress.json"})
  void taobaoAsAMappingFileProducesTheSameOrdersAsTheJavaAdapter(String fixture) {
    byte[] payload = Fixtures.bytes("taobao", fixture);

    Order mapped = taobaoMapping().normalize(payload);

    assertThat(mapped).isEqualTo(TaobaoAdapter.taobao().normalize(payload));
    assertThat(OrderChecks.check(mapped)).isEmpty();
  }

  @Test
  void aPausedOrderIsOnHoldWithItsReasonThroughTheMappingToo() {
    Order order = taobaoMapping().normalize(Fixtures.bytes("taobao", "paid_forbid_consign_encrypted.json"));

    assertThat(order.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(order.attributes()).containsEntry("holdReason", "PAID_FORBID_CONSIGN");
  }

  @Test
  void statusOfUsesTheTableAndHoldsUnknownValues() {
    MappingAdapter a = taobaoMapping();

    assertThat(a.statusOf(Map.of("status", "WAIT_SELLER_SEND_GOODS"))).isEqualTo(OrderStatus.PAID);
    assertThat(a.statusOf(Map.of("status", "SOMETHING_NEW"))).isEqualTo(OrderStatus.ON_HOLD);
  }

  @Test
  void aMiniProgramInFenWithPointersAndAnotherCurrencyFieldNeedsNoJava() {
    FieldMapping m = FieldMapping.builder(ChannelId.of("mini-shop"))
        .money("fen").time("auto", "Asia/Shanghai").envelope("/data/order")
        .field("externalId", "/order_no").field("status", "/state").field("createdAt", "/times/created")
        .field("currency", "cur").field("amounts.shipping", "freight").field("amounts.paid", "paid")
        .field("amounts.orderDiscount", "coupon").field("address.phone", "/receiver/mobile")
        .field("address.country", "/receiver/country")
        .lines("items").lineField("lineId", "id").lineField("sku", "code", "sku_id").lineField("quantity", "qty")
        .lineField("unitPrice", "price")
        .status("PAID", OrderStatus.PAID, null)
        .build();
    String json = "{\"data\":{\"order\":{\"order_no\":\"M-1\",\"state\":\"PAID\",\"times\":{\"created\":1718712903},"
        + "\"cur\":\"HKD\",\"freight\":500,\"paid\":10500,\"coupon\":1000,\"extra\":true,"
        + "\"receiver\":{\"mobile\":\"852****1234\",\"country\":\"hk\"},"
        + "\"items\":[{\"id\":\"1\",\"code\":\"A\",\"qty\":2,\"price\":3000},{\"id\":\"2\",\"sku_id\":\"99\",\"qty\":1,\"price\":5000}]}}}";

    Order order = MappingAdapter.of(m).normalize(json.getBytes(StandardCharsets.UTF_8));

    assertThat(order.externalId().value()).isEqualTo("M-1");
    assertThat(order.amounts().currency().getCurrencyCode()).isEqualTo("HKD");
    assertThat(order.amounts().paid().toPlainString()).isEqualTo("105.00");
    assertThat(order.amounts().discount().toPlainString()).isEqualTo("10.00");
    assertThat(order.lines()).extracting(l -> l.sku().value()).containsExactly("A", "99");
    assertThat(order.lines()).extracting(l -> l.discount().toPlainString()).containsExactly("5.45", "4.55");
    assertThat(order.shippingAddress().orElseThrow().country()).isEqualTo("HK");
    assertThat(order.shippingAddress().orElseThrow().phone().masked()).contains("*");
    assertThat(order.attributes()).containsKey("extra");
    assertThat(OrderChecks.check(order)).isEmpty();
  }

  @Test
  void aMissingRequiredValueNamesTheMappedPath() {
    String json = "{\"tid\":\"1\",\"status\":\"WAIT_SELLER_SEND_GOODS\",\"orders\":{\"order\":[]}}";

    assertThatThrownBy(() -> taobaoMapping().normalize(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("$.created");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"fields\": {\"externalId\": \"tid\", \"status\": \"status\", \"createdAt\": \"created\", \"buyer.email\": \"x\"}|fields.buyer.email|is not a canonical order field",
      "\"fields\": {\"externalId\": \"a..b\", \"status\": \"status\", \"createdAt\": \"created\"}|fields.externalId|empty segment",
      "\"fields\": {\"externalId\": \"/a/~2\", \"status\": \"status\", \"createdAt\": \"created\"}|fields.externalId|not a JSON pointer",
      "\"fields\": {\"externalId\": 7, \"status\": \"status\", \"createdAt\": \"created\"}|fields.externalId|is not a path",
      "\"fields\": {\"status\": \"status\", \"createdAt\": \"created\"}|fields.externalId|is required",
      "\"money\": \"cents\", \"fields\": {}|money|is not yuan or fen",
      "\"time\": {\"format\": \"yyyy-MM-dd HH:mm:ss\", \"zone\": \"Mars/Base\"}, \"fields\": {}|time.zone|is not a time zone",
      "\"time\": {\"format\": \"yyyy-MM-dd {bad\"}, \"fields\": {}|time.format|is not a date-time pattern",
      "\"currency\": \"XYZ\", \"fields\": {}|currency|is not an ISO 4217 currency code",
      "\"colour\": \"red\", \"fields\": {}|colour|is not a mapping entry"
  })
  void aBadMappingFailsAtLoadNamingTheFileTheEntryAndTheReason(String body, String entry, String reason, @TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"channel\": \"shop\", " + body + ", "
        + "\"lines\": {\"path\": \"items\", \"fields\": {\"lineId\": \"id\", \"sku\": \"sku\", \"quantity\": \"q\", \"unitPrice\": \"p\"}},"
        + "\"statuses\": {\"PAID\": \"PAID\"}}");

    assertThatThrownBy(() -> MappingAdapter.load(file))
        .isInstanceOfSatisfying(MappingException.class, e -> {
          assertThat(e.source()).isEqualTo(file.toString());
          assertThat(e.entry()).isEqualTo(entry);
          assertThat(e.reason()).contains(reason);
        })
        .hasMessageStartingWith(file + ": " + entry + ": ");
  }

  @Test
  void anUnknownLineTargetAndAnUnknownStatusFailAtLoad() {
    String base = "{\"channel\": \"shop\", \"fields\": {\"externalId\": \"id\", \"status\": \"s\", \"createdAt\": \"c\"},"
        + "\"lines\": {\"path\": \"items\", \"fields\": {\"lineId\": \"id\", \"sku\": \"sku\", \"quantity\": \"q\", \"unitPrice\": \"p\"%s}},"
        + "\"statuses\": {\"PAID\": \"%s\"}}";

    assertThatThrownBy(() -> MappingFiles.parse("m.json", String.format(base, ", \"colour\": \"c\"", "PAID").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MappingException.class).hasMessageContaining("lines.fields.colour");
    assertThatThrownBy(() -> MappingFiles.parse("m.json", String.format(base, "", "SHIPPED").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MappingException.class).hasMessageContaining("statuses.PAID: \"SHIPPED\" is not an order status");
    assertThatThrownBy(() -> MappingFiles.parse("m.json", "[1]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MappingException.class).hasMessage("m.json: $: is not a JSON object");
  }
}
