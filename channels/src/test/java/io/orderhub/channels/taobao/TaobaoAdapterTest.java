package io.orderhub.channels.taobao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.channels.Fixtures;
import io.orderhub.core.Address;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.Protection;
import io.orderhub.core.json.InvalidPayloadException;
import io.orderhub.core.json.OrderJson;
import io.orderhub.core.validation.OrderChecks;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaobaoAdapterTest {
  private final TaobaoAdapter taobao = TaobaoAdapter.taobao();

  private Order fixture(String name) {
    return taobao.normalize(Fixtures.bytes("taobao", name));
  }

  @Test
  void aNineteenDigitTidSentAsAJsonNumberStaysExact() {
    Order order = fixture("multi_line_partial_shipment.json");

    assertThat(order.externalId().value()).isEqualTo("4213095863128837612");
    assertThat(order.id().value()).isEqualTo("taobao-4213095863128837612");
    assertThat(order.lines().get(0).lineId()).isEqualTo("4213095863129837613");
  }

  @Test
  void lineTotalsCarryTheOrderLevelDiscountAndAGiftLineIsFree() {
    Order order = fixture("multi_line_partial_shipment.json");

    assertThat(order.lines()).extracting(l -> l.total().toPlainString()).containsExactly("318.13", "37.87", "0.00");
    assertThat(order.lines()).extracting(l -> l.discount().toPlainString()).containsExactly("17.87", "7.13", "0.00");
    OrderLine gift = order.lines().get(2);
    assertThat(gift.unitPrice().isZero()).isTrue();
    assertThat(gift.sku().value()).isEqualTo("GIFT-BAG");
    assertThat(order.amounts().goods().toPlainString()).isEqualTo("381.00");
    assertThat(order.amounts().shipping().toPlainString()).isEqualTo("10.00");
    assertThat(order.amounts().discount().toPlainString()).isEqualTo("25.00");
    assertThat(order.amounts().paid().toString()).isEqualTo("366.00 CNY");
  }

  @Test
  void partlyShippedIsPaidWithShippedLinesAndATag() {
    Order order = fixture("multi_line_partial_shipment.json");

    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    assertThat(order.tags()).contains("partially-shipped");
    assertThat(order.lines()).extracting(OrderLine::status)
        .containsExactly(OrderStatus.PICKED_UP, OrderStatus.PAID, OrderStatus.PAID);
  }

  @Test
  void skuIsTheMerchantCodeElseThePlatformId() {
    Order order = fixture("multi_line_partial_shipment.json");

    assertThat(order.lines()).extracting(l -> l.sku().value()).containsExactly("TEA-LJ-250", "CUP-01", "GIFT-BAG");
    assertThat(order.lines()).extracting(OrderLine::platformSkuId)
        .containsExactly("5012345678901", "680123450001", "5012345678999");
  }

  @Test
  void chinaLocalTimesBecomeUtcInstants() {
    Order order = fixture("multi_line_partial_shipment.json");

    assertThat(order.createdAt()).isEqualTo(Instant.parse("2024-06-18T12:15:03Z"));
    assertThat(order.paidAt()).contains(Instant.parse("2024-06-18T12:16:10Z"));
    assertThat(order.updatedAt()).contains(Instant.parse("2024-06-19T01:02:44Z"));
  }

  @Test
  void maskedPersonalDataIsKeptAndMarkedAndNotesAndUnmappedFieldsAreKept() {
    Order order = fixture("multi_line_partial_shipment.json");
    Address a = order.shippingAddress().orElseThrow();

    assertThat(a.phone().value()).isEqualTo("138****5678");
    assertThat(a.phone().protection()).isEqualTo(Protection.MASKED);
    assertThat(a.name().protection()).isEqualTo(Protection.MASKED);
    assertThat(a.province()).isEqualTo("浙江省");
    assertThat(a.district()).isEqualTo("西湖区");
    assertThat(a.country()).isEqualTo("CN");
    assertThat(order.buyerNote()).contains("请用顺丰，谢谢");
    assertThat(order.sellerNote()).contains("VIP 客户，加送试饮装");
    assertThat(order.buyer().orElseThrow().id()).isEqualTo("AAHk5d-EAAeGwJedwSYmWrJk");
    assertThat(order.attributes()).containsKeys("seller_flag", "oaid", "promotion_details", "lineAttributes");
    assertThat(OrderJson.standard().write(order)).contains("\"sku_properties_name\":\"净含量:250g\"");
  }

  @Test
  void aRefundInProgressOnOneLineTagsTheOrderAndMarksTheLine() {
    Order order = fixture("refund_in_progress.json");

    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    assertThat(order.tags()).contains("refund-requested");
    assertThat(order.lines().get(0).status()).isEqualTo(OrderStatus.REFUND_REQUESTED);
    assertThat(order.lines().get(0).refundStatus()).isEqualTo("WAIT_SELLER_AGREE");
    assertThat(order.lines().get(1).refundStatus()).isNull();
  }

  @Test
  void aRefundInProgressOnEveryLineMakesTheOrderRefundRequested() {
    String json = new String(Fixtures.bytes("taobao", "refund_in_progress.json"), StandardCharsets.UTF_8)
        .replace("\"NO_REFUND\"", "\"WAIT_BUYER_RETURN_GOODS\"");

    assertThat(taobao.normalize(json.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(OrderStatus.REFUND_REQUESTED);
  }

  @Test
  void paidButShippingBlockedIsOnHoldWithTheReasonNeverCancelled() {
    Order order = fixture("paid_forbid_consign_encrypted.json");

    assertThat(order.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(order.attributes()).containsEntry("holdReason", "PAID_FORBID_CONSIGN");
    assertThat(taobao.statusOf(Map.of("status", "PAID_FORBID_CONSIGN"))).isEqualTo(OrderStatus.ON_HOLD);
  }

  @Test
  void encryptedPersonalDataIsKeptAsCiphertext() {
    Address a = fixture("paid_forbid_consign_encrypted.json").shippingAddress().orElseThrow();

    assertThat(a.name().protection()).isEqualTo(Protection.ENCRYPTED);
    assertThat(a.phone().protection()).isEqualTo(Protection.ENCRYPTED);
    assertThat(a.phone().value()).isEqualTo("$186$hfL0Nqb7cS8pQ2mE3x0a6g==$1$$");
    assertThat(a.detail().protection()).isEqualTo(Protection.ENCRYPTED);
    assertThat(a.toString()).doesNotContain("hfL0Nqb7");
  }

  @Test
  void withoutLinePaymentsTheTradeDiscountBeyondLineDiscountsIsSpreadOverTheLines() {
    Order order = fixture("paid_forbid_consign_encrypted.json");

    assertThat(order.lines()).extracting(l -> l.total().toPlainString()).containsExactly("179.38", "28.62");
    assertThat(order.amounts().discount().toPlainString()).isEqualTo("20.00");
    assertThat(OrderChecks.check(order)).isEmpty();
  }

  @Test
  void tmallReadsTheSamePayloadUnderItsOwnChannelAndAnOaidStandsInAsAReference() {
    Order order = TaobaoAdapter.tmall().normalize(Fixtures.bytes("tmall", "trade_oaid_only.json"));
    Address a = order.shippingAddress().orElseThrow();

    assertThat(order.channel()).isEqualTo(ChannelId.TMALL);
    assertThat(order.externalId().value()).isEqualTo("9223372036854775807");
    assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(a.name().protection()).isEqualTo(Protection.REFERENCE);
    assertThat(a.phone().value()).isEqualTo("1qxYcGCkRGwT2jYQEHV1ru9qV2tJTmwdtJLAzOnWo2Y");
    assertThat(a.city()).isEqualTo("北京市");
  }

  @Test
  void theBareTradeAndTheEnvelopeGiveTheSameOrder() {
    String json = new String(Fixtures.bytes("taobao", "multi_line_partial_shipment.json"), StandardCharsets.UTF_8);
    var tree = OrderJson.standard().readTree(json.getBytes(StandardCharsets.UTF_8));
    byte[] bare = tree.get("trade_fullinfo_get_response").get("trade").toString().getBytes(StandardCharsets.UTF_8);

    assertThat(taobao.normalize(bare)).isEqualTo(taobao.normalize(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aPlatformErrorResponseIsATypedFailure() {
    byte[] error = "{\"error_response\":{\"code\":27,\"msg\":\"Invalid session\",\"sub_code\":\"invalid-sessionkey\"}}"
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> taobao.normalize(error)).isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("$.error_response").hasMessageContaining("Invalid session");
  }

  @Test
  void aBadValueIsReportedAtItsJsonPath() {
    String json = new String(Fixtures.bytes("taobao", "refund_in_progress.json"), StandardCharsets.UTF_8)
        .replace("\"price\": \"30.00\"", "\"price\": \"thirty\"");

    assertThatThrownBy(() -> taobao.normalize(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(InvalidPayloadException.class, e -> {
          assertThat(e.path()).isEqualTo("$.orders.order[1].price");
          assertThat(e.value()).isEqualTo("thirty");
        });
  }

  @ParameterizedTest
  @CsvSource({
      "WAIT_BUYER_PAY, PENDING_PAYMENT", "TRADE_NO_CREATE_PAY, PENDING_PAYMENT", "PAY_PENDING, PENDING_PAYMENT",
      "WAIT_SELLER_SEND_GOODS, PAID", "SELLER_CONSIGNED_PART, PAID", "WAIT_BUYER_CONFIRM_GOODS, PICKED_UP",
      "TRADE_BUYER_SIGNED, DELIVERED", "TRADE_FINISHED, COMPLETED", "TRADE_CLOSED, REFUNDED",
      "TRADE_CLOSED_BY_TAOBAO, CANCELLED", "PAID_FORBID_CONSIGN, ON_HOLD", "A_NEW_STATUS, ON_HOLD"})
  void statusOfMapsEveryTradeStatus(String value, OrderStatus expected) {
    assertThat(taobao.statusOf(Map.of("status", value))).isEqualTo(expected);
  }

  @Test
  void aLineRefundStatusWinsInStatusOf() {
    assertThat(taobao.statusOf(Map.of("status", "WAIT_SELLER_SEND_GOODS", "refund_status", "SUCCESS")))
        .isEqualTo(OrderStatus.REFUNDED);
    assertThat(taobao.statusOf(Map.of("status", "WAIT_SELLER_SEND_GOODS", "refund_status", "CLOSED")))
        .isEqualTo(OrderStatus.PAID);
  }
}
