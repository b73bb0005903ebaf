package io.orderhub.channels.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.channels.Fixtures;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.json.InvalidPayloadException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShopifyAdapterTest {
  private final ShopifyAdapter shopify = new ShopifyAdapter();

  @Test
  void theOrderCurrencyIsUsedAndDiscountAllocationsAreTheLineDiscounts() {
    Order order = shopify.normalize(Fixtures.bytes("shopify", "webhook_partial_fulfilment_eur.json"));

    assertThat(order.amounts().paid().toString()).isEqualTo("63.40 EUR");
    assertThat(order.lines()).extracting(l -> l.discount().toPlainString()).containsExactly("5.00", "1.50", "0.00");
    assertThat(order.lines()).extracting(l -> l.sku().value())
        .containsExactly("TSHIRT-M-BLK", "42424242424243", "STICKER");
    assertThat(order.amounts().shipping().toPlainString()).isEqualTo("4.90");
  }

  @Test
  void partialFulfilmentTagsAndTimesAndAddress() {
    Order order = shopify.normalize(Fixtures.bytes("shopify", "webhook_partial_fulfilment_eur.json"));

    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    assertThat(order.tags()).contains("partially-shipped", "vip", "returning");
    assertThat(order.lines()).extracting(OrderLine::status).containsExactly(OrderStatus.PICKED_UP, null, null);
    assertThat(order.createdAt()).isEqualTo(Instant.parse("2024-06-18T12:15:03Z"));
    assertThat(order.shippingAddress().orElseThrow().country()).isEqualTo("DE");
    assertThat(order.shippingAddress().orElseThrow().detail().value()).isEqualTo("Torstraße 1, 3. OG");
    assertThat(order.buyer().orElseThrow().nick()).isEqualTo("Anna Schmidt");
    assertThat(order.buyerNote()).contains("Bitte beim Nachbarn abgeben");
  }

  @Test
  void taxOnTopOfPricesIsFoldedIntoTheLinesAndShippingSoThePaidTotalAddsUp() {
    Order order = shopify.normalize(Fixtures.bytes("shopify", "rest_taxes_excluded_usd.json"));

    assertThat(order.externalId().value()).isEqualTo("820982911946154508");
    assertThat(order.amounts().paid().toString()).isEqualTo("70.17 USD");
    assertThat(order.lines().get(0).unitPrice().toPlainString()).isEqualTo("21.59");
    assertThat(order.amounts().shipping().toPlainString()).isEqualTo("5.40");
    assertThat(order.attributes()).containsKey("total_tax");
    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
  }

  @Test
  void aCancelledOrderIsCancelled() {
    String json = new String(Fixtures.bytes("shopify", "webhook_partial_fulfilment_eur.json"), StandardCharsets.UTF_8)
        .replace("\"cancelled_at\": null", "\"cancelled_at\": \"2024-06-19T10:00:00+02:00\"");

    assertThat(shopify.normalize(json.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(OrderStatus.CANCELLED);
  }

  @Test
  void anUnknownCurrencyIsATypedFailureAtItsPath() {
    String json = new String(Fixtures.bytes("shopify", "webhook_partial_fulfilment_eur.json"), StandardCharsets.UTF_8)
        .replace("\"currency\": \"EUR\"", "\"currency\": \"EURO\"");

    assertThatThrownBy(() -> shopify.normalize(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(InvalidPayloadException.class, e -> assertThat(e.path()).isEqualTo("$.currency"));
  }

  @ParameterizedTest
  @CsvSource({"pending,,, PENDING_PAYMENT", "partially_paid,,, PENDING_PAYMENT", "authorized,,, PAID", "paid,,, PAID",
      "paid, partial,, PAID", "paid, fulfilled,, PICKED_UP", "partially_refunded, fulfilled,, PICKED_UP",
      "refunded,,, REFUNDED", "voided,,, CANCELLED", "paid,, 2024-01-01T00:00:00Z, CANCELLED",
      "refunded,, 2024-01-01T00:00:00Z, REFUNDED", "chargeback,,, ON_HOLD"})
  void statusOfCombinesFinancialFulfilmentAndCancellation(String financial, String fulfillment, String cancelledAt,
      OrderStatus expected) {
    Map<String, String> f = new HashMap<>();
    f.put("financial_status", financial);
    if (fulfillment != null) {
      f.put("fulfillment_status", fulfillment);
    }
    if (cancelledAt != null) {
      f.put("cancelled_at", cancelledAt);
    }

    assertThat(shopify.statusOf(f)).isEqualTo(expected);
  }
}
