package io.orderhub.channels.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.channels.Fixtures;
import io.orderhub.core.Order;
import io.orderhub.core.OrderStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WooCommerceAdapterTest {
  private final WooCommerceAdapter woo = new WooCommerceAdapter();

  @Test
  void aProcessingOrderIsPaidWithGmtTimesAndExactLineTotals() {
    Order order = woo.normalize(Fixtures.bytes("woocommerce", "processing_usd.json"));

    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    assertThat(order.createdAt()).isEqualTo(Instant.parse("2024-06-18T12:15:03Z"));
    assertThat(order.amounts().paid().toString()).isEqualTo("40.00 USD");
    assertThat(order.lines()).extracting(l -> l.total().toPlainString()).containsExactly("18.00", "12.00");
    assertThat(order.lines().get(0).unitPrice().toPlainString()).isEqualTo("6.67");
    assertThat(order.lines()).extracting(l -> l.sku().value()).containsExactly("WOO-SINGLE", "23");
    assertThat(order.buyerNote()).contains("Leave at the door");
    assertThat(order.shippingAddress().orElseThrow().phone().value()).isEqualTo("(555) 555-5555");
    assertThat(order.attributes()).containsKeys("coupon_lines", "payment_method", "meta_data");
  }

  @Test
  void aPluginStatusIsKeptAndHeldNotRejectedAndTaxIsFoldedIn() {
    Order order = new WooCommerceAdapter(ZoneId.of("Europe/London"))
        .normalize(Fixtures.bytes("woocommerce", "plugin_status_gbp_tax.json"));

    assertThat(order.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(order.attributes()).containsEntry("platformStatus", "partial-shipped")
        .containsEntry("holdReason", "unknown platform status partial-shipped");
    assertThat(order.amounts().paid().toString()).isEqualTo("58.30 GBP");
    assertThat(order.amounts().shipping().toPlainString()).isEqualTo("8.80");
    assertThat(order.lines().get(0).total().toPlainString()).isEqualTo("49.50");
    assertThat(order.createdAt()).isEqualTo(Instant.parse("2024-06-30T00:30:00Z"));
    assertThat(order.buyer().orElseThrow().id()).isNull();
  }

  @ParameterizedTest
  @CsvSource({"pending, PENDING_PAYMENT", "failed, PENDING_PAYMENT", "processing, PAID", "on-hold, ON_HOLD",
      "completed, COMPLETED", "cancelled, CANCELLED", "trash, CANCELLED", "refunded, REFUNDED",
      "checkout-draft, ON_HOLD"})
  void statusOfMapsCoreStatusesAndHoldsPluginOnes(String status, OrderStatus expected) {
    assertThat(woo.statusOf(Map.of("status", status))).isEqualTo(expected);
  }
}
