package io.orderhub.rules;

import static io.orderhub.rules.TestOrders.T0;
import static io.orderhub.rules.TestOrders.clean;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.Address;
import io.orderhub.core.Amounts;
import io.orderhub.core.Buyer;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.Phone;
import io.orderhub.core.Sku;
import io.orderhub.rules.spi.GeocodeResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BuiltInRulesTest {
  private final Clock clock = Clock.fixed(T0.plusSeconds(600), ZoneOffset.UTC);

  private Decision evaluate(Order order) {
    return BuiltInRules.defaults().evaluate(EvaluationContext.builder(order).at(order.createdAt()).build());
  }

  @Test
  void aCleanOrderFiresNothing() {
    Decision d = evaluate(clean("clean-1"));
    assertThat(d.isClear()).isTrue();
    assertThat(d.outcomes()).isEmpty();
  }

  @Test
  void theDefaultSetHoldsEveryBuiltInRuleWithItsContractIdInPriorityOrder() {
    RuleSet set = BuiltInRules.defaults();
    assertThat(set.rules()).extracting(Rule::id).containsExactlyElementsOf(BuiltInRules.IDS);
    assertThat(set.queues()).containsExactlyInAnyOrderElementsOf(BuiltInRules.QUEUES);
    assertThat(set.velocityDimensions())
        .containsExactlyInAnyOrder(VelocityDimension.BUYER_PHONE, VelocityDimension.BUYER_SKU_QUANTITY);
  }

  @Nested
  class AddressVague {
    @Test
    void firesOnAVagueWordAndExplainsWithTheDetailAsWritten() {
      Order o = clean("v-1", T0).shippingAddress(Address.builder().province("四川省").city("成都市").district("双流区")
          .detail("黄龙溪镇石牛村3组临时住所").phone(Phone.of("13912340021")).build()).build();
      Decision d = evaluate(o);
      assertThat(d.firedIds()).containsExactly(BuiltInRules.ADDRESS_VAGUE);
      assertThat(d.outcomes()).containsExactly(Outcome.routeTo("address-review"));
      Explanation e = d.result(BuiltInRules.ADDRESS_VAGUE).orElseThrow().explanation();
      assertThat(e.leaves()).hasSize(1);
      assertThat(e.leaves().get(0).line())
          .isEqualTo("address.detail contains \"村\", \"组\", \"临时\" (value: \"黄龙溪镇石牛村3组临时住所\")");
    }

    @Test
    void firesWhenADistrictIsMissing() {
      Order o = clean("v-2", T0).shippingAddress(Address.builder().province("浙江省").city("杭州市")
          .detail("文三路 100 号").build()).build();
      Decision d = evaluate(o);
      assertThat(d.firedIds()).containsExactly(BuiltInRules.ADDRESS_VAGUE);
      assertThat(d.result(BuiltInRules.ADDRESS_VAGUE).orElseThrow().explanation().leaves().get(0).line())
          .isEqualTo("address misses district (value: \"province=浙江省, city=杭州市, district=(none)\")");
    }

    @Test
    void firesWhenThereIsNoAddressAtAll() {
      assertThat(evaluate(clean("v-3", T0).shippingAddress(null).build()).firedIds())
          .containsExactly(BuiltInRules.ADDRESS_VAGUE);
    }

    @Test
    void doesNotFireOnAPreciseCompleteAddress() {
      assertThat(evaluate(clean("v-4")).fired(BuiltInRules.ADDRESS_VAGUE)).isFalse();
    }

    @Test
    void theWordListComesFromTheConfig() {
      RuleSet set = BuiltInRules.ruleSet(RulesConfig.custom().vagueWords(List.of("门口")).build());
      Order village = clean("v-5", T0).shippingAddress(TestOrders.address("石牛村 3 号")).build();
      Order door = clean("v-6", T0).shippingAddress(TestOrders.address("小区门口")).build();
      assertThat(set.evaluate(EvaluationContext.of(village, clock)).isClear()).isTrue();
      assertThat(set.evaluate(EvaluationContext.of(door, clock)).firedIds()).containsExactly(BuiltInRules.ADDRESS_VAGUE);
    }
  }

  @Nested
  class BuyerVelocity {
    private final RuleRunner runner = RuleRunner.builder(BuiltInRules.defaults()).clock(clock).build();

    private Order fromPhone(String id, Instant at, String phone, String sku) {
      return TestOrders.withLine(clean(id, at), TestOrders.line(sku, 1))
          .buyer(new Buyer(null, null, Phone.of(phone))).build();
    }

    @Test
    void theFourthOrderFromOnePhoneIn24HoursGoesToRiskReview() {
      for (int i = 0; i < 3; i++) {
        Order o = fromPhone("p-" + i, T0.plus(Duration.ofHours(i * 5L)), "13911112222", "SKU-" + i);
        assertThat(runner.evaluate(o, o.createdAt()).fired(BuiltInRules.BUYER_VELOCITY)).as("order %d", i + 1).isFalse();
      }
      Order fourth = fromPhone("p-3", T0.plus(Duration.ofHours(20)), "139 1111 2222", "SKU-3");
      Decision d = runner.evaluate(fourth, fourth.createdAt());
      assertThat(d.firedIds()).containsExactly(BuiltInRules.BUYER_VELOCITY);
      assertThat(d.outcomes()).containsExactly(Outcome.routeTo("risk-review"));
      Explanation leaf = d.result(BuiltInRules.BUYER_VELOCITY).orElseThrow().explanation();
      assertThat(leaf.line()).isEqualTo("orders with buyer.phone 139****2222 in the last 24h > 3 (value: 4)");
      assertThat(DecisionJson.write(d)).doesNotContain("13911112222").contains("139****2222");
    }

    @Test
    void ordersOlderThanTheWindowDoNotCount() {
      for (int i = 0; i < 3; i++) {
        Order o = fromPhone("q-" + i, T0.plus(Duration.ofHours(i)), "13911113333", "SKU-" + i);
        runner.evaluate(o, o.createdAt());
      }
      Order late = fromPhone("q-3", T0.plus(Duration.ofHours(26)), "13911113333", "SKU-3");
      assertThat(runner.evaluate(late, late.createdAt()).fired(BuiltInRules.BUYER_VELOCITY)).isFalse();
    }

    @Test
    void platformMaskedPhonesAreNeverCountedTogether() {
      Decision last = null;
      for (int i = 0; i < 6; i++) {
        Order o = TestOrders.withLine(clean("m-" + i, T0.plusSeconds(i)), TestOrders.line("S-" + i, 1))
            .buyer(new Buyer(null, null, Phone.of("139****0021")))
            .shippingAddress(Address.builder().province("浙江省").city("杭州市").district("西湖区")
                .detail("文三路 1 号").phone(Phone.of("139****0021")).build()).build();
        last = runner.evaluate(o, o.createdAt());
      }
      assertThat(last.fired(BuiltInRules.BUYER_VELOCITY)).isFalse();
    }
  }

  @Nested
  class OrderDuplicate {
    private final RuleRunner runner = RuleRunner.builder(BuiltInRules.defaults()).clock(clock).build();

    @Test
    void theSameBuyerSkuAndQuantityAgainIsFlaggedWithTheReasonsToClearIt() {
      Order first = TestOrders.withLine(clean("d-1", T0), TestOrders.line("MUG", 2)).build();
      Order again = TestOrders.withLine(clean("d-2", T0.plus(Duration.ofHours(3))), TestOrders.line("MUG", 2)).build();
      assertThat(runner.evaluate(first, first.createdAt()).isClear()).isTrue();
      Decision d = runner.evaluate(again, again.createdAt());
      assertThat(d.firedIds()).containsExactly(BuiltInRules.ORDER_DUPLICATE);
      Outcome.Flag flag = (Outcome.Flag) d.outcomes().get(0);
      assertThat(flag.flag()).isEqualTo("duplicate-suspect");
      assertThat(flag.requiresReason()).isTrue();
      assertThat(flag.reasons()).containsExactly("sample", "urgent-restock", "promotion-stocking");
      assertThat(d.result(BuiltInRules.ORDER_DUPLICATE).orElseThrow().explanation().line())
          .isEqualTo("orders with buyer.sku.quantity buyer-1 MUG x2 in the last 24h > 1 (value: 2)");
    }

    @Test
    void anotherQuantityOrAnotherDayIsNotADuplicate() {
      Order first = TestOrders.withLine(clean("e-1", T0), TestOrders.line("CUP", 1)).build();
      Order otherQty = TestOrders.withLine(clean("e-2", T0.plusSeconds(60)), TestOrders.line("CUP", 3)).build();
      Order nextDay = TestOrders.withLine(clean("e-3", T0.plus(Duration.ofHours(25))), TestOrders.line("CUP", 1)).build();
      runner.evaluate(first, first.createdAt());
      assertThat(runner.evaluate(otherQty, otherQty.createdAt()).fired(BuiltInRules.ORDER_DUPLICATE)).isFalse();
      assertThat(runner.evaluate(nextDay, nextDay.createdAt()).fired(BuiltInRules.ORDER_DUPLICATE)).isFalse();
    }

    @Test
    void twoIdenticalLinesInOneOrderAreNotADuplicateOfItself() {
      OrderLine a = TestOrders.line("PEN", 1);
      OrderLine b = OrderLine.builder().lineId("other").sku("PEN").title("pen").quantity(1)
          .unitPrice(Money.cny("100.00")).build();
      Order o = clean("f-1", T0).lines(List.of(a, b)).amounts(Amounts.of(Money.cny("200.00"))).build();
      assertThat(runner.evaluate(o, o.createdAt()).fired(BuiltInRules.ORDER_DUPLICATE)).isFalse();
    }
  }

  @Nested
  class RefundFast {
    private Decision withRefundAfter(Duration afterPayment) {
      Order o = clean("r-1");
      Instant refund = o.paidAt().orElseThrow().plus(afterPayment);
      return BuiltInRules.defaults().evaluate(EvaluationContext.builder(o).at(refund)
          .history(OrderHistory.of(Map.of(OrderHistory.REFUND_REQUESTED, refund))).build());
    }

    @Test
    void aRefundWithinTenMinutesOfPaymentFreezesTheShipment() {
      Decision d = withRefundAfter(Duration.ofMinutes(4));
      assertThat(d.firedIds()).containsExactly(BuiltInRules.REFUND_FAST);
      assertThat(d.outcomes()).containsExactly(Outcome.freezeShipment("after-sales"));
      assertThat(d.result(BuiltInRules.REFUND_FAST).orElseThrow().explanation().line())
          .isEqualTo("refund requested within 10m of payment (value: 4m after payment)");
      assertThat(d.lifecycleRequests()).containsExactly(new LifecycleRequest(d.orderId(), BuiltInRules.REFUND_FAST,
          LifecycleRequest.Kind.FREEZE_SHIPMENT, "after-sales", "freeze-shipment"));
    }

    @Test
    void aLaterRefundOrNoneDoesNotFire() {
      assertThat(withRefundAfter(Duration.ofMinutes(11)).fired(BuiltInRules.REFUND_FAST)).isFalse();
      assertThat(evaluate(clean("r-2")).fired(BuiltInRules.REFUND_FAST)).isFalse();
    }

    @Test
    void withoutAHistoryStoreTheRefundTimeIsReadFromTheOrderItself() {
      Order o = clean("r-3", T0).status(OrderStatus.REFUND_REQUESTED).updatedAt(T0.plusSeconds(300)).build();
      assertThat(OrderHistory.fromOrder(o).refundRequestedAt()).contains(T0.plusSeconds(300));
      RuleRunner runner = RuleRunner.builder(BuiltInRules.defaults()).clock(clock).build();
      assertThat(runner.evaluate(o).firedIds()).containsExactly(BuiltInRules.REFUND_FAST);
    }
  }

  @Nested
  class Presale {
    @Test
    void aPresaleLineNeedsApprovalEscalatingAfterTwoHours() {
      OrderLine line = TestOrders.line("MOONCAKE", 1).toBuilder().tag(OrderLine.TAG_PRESALE).build();
      Decision d = evaluate(TestOrders.withLine(clean("s-1", T0), line).build());
      assertThat(d.firedIds()).containsExactly(BuiltInRules.ORDER_PRESALE);
      assertThat(d.outcomes()).containsExactly(Outcome.requireApproval("presale-approval", 1, Duration.ofHours(2)));
      assertThat(d.lifecycleRequests()).extracting(LifecycleRequest::kind, LifecycleRequest::queue)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(LifecycleRequest.Kind.HOLD, "presale-approval"));
    }

    @Test
    void noPresaleLineNoApproval() {
      assertThat(evaluate(clean("s-2")).fired(BuiltInRules.ORDER_PRESALE)).isFalse();
    }
  }

  @Nested
  class Hazardous {
    private final RuleSet set = BuiltInRules.ruleSet(RulesConfig.custom().hazardousSkus(List.of(Sku.of("LIGHTER-1"))).build());

    @Test
    void aListedSkuGoesToHazmatCheckAndSkipsTheStockLock() {
      Order o = TestOrders.withLine(clean("h-1", T0), TestOrders.line("LIGHTER-1", 1)).build();
      Decision d = set.evaluate(EvaluationContext.of(o, clock));
      assertThat(d.firedIds()).containsExactly(BuiltInRules.SKU_HAZARDOUS);
      assertThat(d.outcomes()).containsExactly(Outcome.routeTo("hazmat-check"), Outcome.skipStockLock());
      assertThat(d.result(BuiltInRules.SKU_HAZARDOUS).orElseThrow().explanation().leaves())
          .extracting(Explanation::line).containsExactly("SKU \"LIGHTER-1\" is in the list (value: \"LIGHTER-1\")");
    }

    @Test
    void aLineTaggedHazardousFiresToo() {
      OrderLine line = TestOrders.line("PAINT", 1).toBuilder().tag(OrderLine.TAG_HAZARDOUS).build();
      assertThat(set.evaluate(EvaluationContext.of(TestOrders.withLine(clean("h-2", T0), line).build(), clock))
          .firedIds()).containsExactly(BuiltInRules.SKU_HAZARDOUS);
    }

    @Test
    void otherSkusDoNot() {
      assertThat(set.evaluate(EvaluationContext.of(clean("h-3"), clock)).isClear()).isTrue();
    }
  }

  @Nested
  class LowConfidence {
    private Decision geocoded(double confidence) {
      return BuiltInRules.defaults().evaluate(EvaluationContext.builder(clean("g-1")).clock(clock)
          .geocoder(a -> Optional.of(new GeocodeResult(confidence, "district"))).build());
    }

    @Test
    void aLowConfidenceAddressIsHeldUnverified() {
      Decision d = geocoded(0.55);
      assertThat(d.firedIds()).containsExactly(BuiltInRules.ADDRESS_LOW_CONFIDENCE);
      assertThat(d.outcomes()).containsExactly(Outcome.hold("address-review", "address-unverified"));
      assertThat(d.result(BuiltInRules.ADDRESS_LOW_CONFIDENCE).orElseThrow().explanation().line())
          .isEqualTo("geocoding confidence < 0.70 (value: 0.55 (matched district))");
      assertThat(d.lifecycleRequests()).containsExactly(new LifecycleRequest(d.orderId(),
          BuiltInRules.ADDRESS_LOW_CONFIDENCE, LifecycleRequest.Kind.HOLD, "address-review", "address-unverified"));
    }

    @Test
    void aConfidentGeocoderOrNoneDoesNotFire() {
      assertThat(geocoded(0.70).isClear()).isTrue();
      assertThat(evaluate(clean("g-2")).isClear()).isTrue();
    }
  }

  @Nested
  class AmountHigh {
    private Order paid(Money amount) {
      OrderLine line = OrderLine.builder().lineId("1").sku("GOLD").title("gold").quantity(1).unitPrice(amount).build();
      return TestOrders.withLine(clean("a-" + amount.toPlainString(), T0), line).build();
    }

    @Test
    void aboveTheThresholdNeedsTwoApprovers() {
      Decision d = evaluate(paid(Money.cny("5000.01")));
      assertThat(d.firedIds()).containsExactly(BuiltInRules.AMOUNT_HIGH);
      assertThat(d.outcomes()).containsExactly(Outcome.requireApproval("high-value-review", 2));
      assertThat(d.result(BuiltInRules.AMOUNT_HIGH).orElseThrow().explanation().line())
          .isEqualTo("paid amount > 5000.00 CNY (value: 5000.01 CNY)");
    }

    @Test
    void atTheThresholdOrInAnotherCurrencyItDoesNot() {
      assertThat(evaluate(paid(Money.cny("5000.00"))).isClear()).isTrue();
      assertThat(evaluate(paid(Money.of("9000.00", "USD"))).isClear()).isTrue();
    }

    @Test
    void theThresholdComesFromTheConfig() {
      RuleSet set = BuiltInRules.ruleSet(RulesConfig.custom().highAmount(Money.cny("100.00")).build());
      assertThat(set.evaluate(EvaluationContext.of(paid(Money.cny("150.00")), clock)).firedIds())
          .containsExactly(BuiltInRules.AMOUNT_HIGH);
    }
  }

  @Test
  void severalRulesFireInPriorityOrder() {
    OrderLine line = TestOrders.line("MOONCAKE", 1).toBuilder().tag(OrderLine.TAG_PRESALE)
        .tag(OrderLine.TAG_HAZARDOUS).build();
    Order o = TestOrders.withLine(clean("x-1", T0), line).shippingAddress(TestOrders.address("村口小卖部旁边")).build();
    Decision d = evaluate(o);
    assertThat(d.firedIds()).containsExactly(BuiltInRules.SKU_HAZARDOUS, BuiltInRules.ADDRESS_VAGUE,
        BuiltInRules.ORDER_PRESALE);
    assertThat(d.queues()).containsExactly("hazmat-check", "address-review", "presale-approval");
    assertThat(Set.copyOf(d.outcomes())).hasSize(4);
  }
}
