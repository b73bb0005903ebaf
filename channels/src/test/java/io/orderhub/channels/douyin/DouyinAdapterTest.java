package io.orderhub.channels.douyin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.channels.Fixtures;
import io.orderhub.core.Address;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.Protection;
import io.orderhub.core.json.InvalidPayloadException;
import io.orderhub.core.validation.OrderChecks;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DouyinAdapterTest {
  private final DouyinAdapter douyin = new DouyinAdapter();

  @Test
  void fenBecomeExactYuanAndUnixSecondsBecomeInstants() {
    Order order = douyin.normalize(Fixtures.bytes("douyin", "partly_shipped_envelope.json"));

    assertThat(order.externalId().value()).isEqualTo("6920123456789012345");
    assertThat(order.amounts().paid().toString()).isEqualTo("464.00 CNY");
    assertThat(order.amounts().shipping().toPlainString()).isEqualTo("6.00");
    assertThat(order.lines()).extracting(l -> l.unitPrice().toPlainString()).containsExactly("199.00", "99.00");
    assertThat(order.lines()).extracting(l -> l.total().toPlainString()).containsExactly("368.00", "90.00");
    assertThat(order.createdAt()).isEqualTo(Instant.ofEpochSecond(1718712903));
    assertThat(order.promisedShipBy()).contains(Instant.ofEpochSecond(1718885703));
  }

  @Test
  void partlyShippedWithAnAfterSaleOnOneLine() {
    Order order = douyin.normalize(Fixtures.bytes("douyin", "partly_shipped_envelope.json"));

    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    assertThat(order.tags()).contains("partially-shipped", "refund-requested");
    assertThat(order.lines()).extracting(OrderLine::status)
        .containsExactly(OrderStatus.PICKED_UP, OrderStatus.REFUND_REQUESTED);
    assertThat(order.lines().get(1).refundStatus()).isEqualTo("6");
    assertThat(order.lines()).extracting(l -> l.sku().value()).containsExactly("CREAM-50", "MASK-5P");
  }

  @Test
  void ciphertextIsPreferredOverTheMaskAndMarkedEncrypted() {
    Address a = douyin.normalize(Fixtures.bytes("douyin", "partly_shipped_envelope.json")).shippingAddress().orElseThrow();

    assertThat(a.name().protection()).isEqualTo(Protection.ENCRYPTED);
    assertThat(a.phone().value()).isEqualTo("$13800001234$dGVs$1$$");
    assertThat(a.detail().protection()).isEqualTo(Protection.ENCRYPTED);
    assertThat(a.district()).isEqualTo("南山区");
    assertThat(a.town()).isEqualTo("粤海街道");
  }

  @Test
  void closedByARefundIsRefundedAndAnUnevenGrossKeepsItsExactTotal() {
    Order order = douyin.normalize(Fixtures.bytes("douyin", "refund_closed_bare.json"));

    assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
    OrderLine line = order.lines().get(0);
    assertThat(line.quantity()).isEqualTo(3);
    assertThat(line.unitPrice().toPlainString()).isEqualTo("6.67");
    assertThat(line.total().toPlainString()).isEqualTo("19.99");
    assertThat(line.status()).isEqualTo(OrderStatus.REFUNDED);
    assertThat(order.shippingAddress().orElseThrow().phone().protection()).isEqualTo(Protection.MASKED);
    assertThat(OrderChecks.check(order)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"1,, PENDING_PAYMENT", "105,, PAID", "2,, PAID", "101,, PAID", "3,, PICKED_UP", "4,, CANCELLED",
      "5,, COMPLETED", "1, 103, PENDING_PAYMENT", "4, 21, REFUNDED", "3, 22, REFUNDED", "5, 39, REFUNDED",
      "77,, ON_HOLD"})
  void statusOfCombinesOrderAndMainStatus(String orderStatus, String mainStatus, OrderStatus expected) {
    Map<String, String> fields = mainStatus == null ? Map.of("order_status", orderStatus)
        : Map.of("order_status", orderStatus, "main_status", mainStatus);

    assertThat(douyin.statusOf(fields)).isEqualTo(expected);
  }

  @Test
  void aNonNumericStatusIsATypedFailure() {
    assertThatThrownBy(() -> douyin.statusOf(Map.of("order_status", "shipped")))
        .isInstanceOf(InvalidPayloadException.class).hasMessageContaining("$.order_status");
  }
}
