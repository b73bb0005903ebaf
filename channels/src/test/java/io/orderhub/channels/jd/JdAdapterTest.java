package io.orderhub.channels.jd;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.channels.Fixtures;
import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.Protection;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdAdapterTest {
  private final JdAdapter jd = new JdAdapter();

  @Test
  void aLockedOrderIsOnHoldWithStateAndRemarkNeverCancelled() {
    Order order = jd.normalize(Fixtures.bytes("jd", "locked_envelope.json"));

    assertThat(order.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(order.attributes()).containsEntry("holdReason", "LOCKED: 风控审核锁定")
        .containsEntry("platformStatus", "LOCKED");
  }

  @Test
  void aPausedOrderIsOnHold() {
    Order order = jd.normalize(Fixtures.bytes("jd", "paused_bare_gift.json"));

    assertThat(order.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(order.attributes()).containsEntry("holdReason", "POP_ORDER_PAUSE: 暂停（买家申请修改地址）");
  }

  @ParameterizedTest
  @CsvSource({"LOCKED, ON_HOLD", "POP_ORDER_PAUSE, ON_HOLD", "PAUSE, ON_HOLD", "TRADE_CANCELED, CANCELLED",
      "WAIT_SELLER_STOCK_OUT, PAID", "WAIT_SELLER_DELIVERY, PAID", "WAIT_SEND_CODE, PAID",
      "WAIT_GOODS_RECEIVE_CONFIRM, PICKED_UP", "FINISHED_L, COMPLETED"})
  void statusOfKeepsPausedApartFromCancelled(String state, OrderStatus expected) {
    assertThat(jd.statusOf(Map.of("orderState", state))).isEqualTo(expected);
  }

  @Test
  void platformCouponsOnlyVisibleInThePaymentAreSpreadWithTheSellerDiscount() {
    Order order = jd.normalize(Fixtures.bytes("jd", "locked_envelope.json"));

    assertThat(order.amounts().goods().toPlainString()).isEqualTo("317.90");
    assertThat(order.amounts().shipping().toPlainString()).isEqualTo("6.00");
    assertThat(order.amounts().discount().toPlainString()).isEqualTo("30.00");
    assertThat(order.amounts().paid().toPlainString()).isEqualTo("293.90");
    assertThat(order.lines()).extracting(l -> l.discount().toPlainString()).containsExactly("24.35", "5.65");
    assertThat(order.attributes()).containsKeys("orderSellerPrice", "venderId", "payType");
  }

  @Test
  void linesUseTheMerchantSkuElseTheJdSkuAndKeepTheirIdsUnique() {
    Order locked = jd.normalize(Fixtures.bytes("jd", "locked_envelope.json"));
    Order paused = jd.normalize(Fixtures.bytes("jd", "paused_bare_gift.json"));

    assertThat(locked.lines()).extracting(l -> l.sku().value()).containsExactly("MOUSE-BLK", "100008348542");
    assertThat(paused.lines()).extracting(OrderLine::lineId).containsExactly("200000000001", "200000000001-2");
    assertThat(paused.lines().get(1).total().isZero()).isTrue();
  }

  @Test
  void readsAddressTimesNotesAndParent() {
    Order locked = jd.normalize(Fixtures.bytes("jd", "locked_envelope.json"));
    Order paused = jd.normalize(Fixtures.bytes("jd", "paused_bare_gift.json"));

    assertThat(locked.createdAt()).isEqualTo(Instant.parse("2024-11-10T16:03:21Z"));
    assertThat(locked.buyerNote()).contains("周末送货");
    assertThat(locked.sellerNote()).isEmpty();
    assertThat(locked.shippingAddress().orElseThrow().phone().value()).isEqualTo("139****1234");
    assertThat(paused.shippingAddress().orElseThrow().phone().protection()).isEqualTo(Protection.MASKED);
    assertThat(paused.shippingAddress().orElseThrow().phone().value()).isEqualTo("150****8888");
    assertThat(paused.parentOrderId()).contains(OrderId.of("jd-301234567000"));
  }
}
