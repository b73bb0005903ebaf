package io.orderhub.channels.intake;

import static io.orderhub.channels.intake.TestOrders.SECRET;
import static io.orderhub.channels.intake.TestOrders.T0;
import static io.orderhub.channels.intake.TestOrders.json;
import static io.orderhub.channels.intake.TestOrders.order;
import static io.orderhub.channels.intake.TestOrders.push;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.Amounts;
import io.orderhub.core.ChannelId;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.store.InMemoryOrderStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Each stage of the pipeline and its failure path, one delivery at a time through {@link Intake#process}. */
class IntakeStagesTest {
  private final TestClock clock = new TestClock(T0.plusSeconds(2));
  private final InMemoryOrderStore store = new InMemoryOrderStore();
  private final List<IntakeEvent> events = new CopyOnWriteArrayList<>();
  private final TestAdapter taobao = TestAdapter.of(ChannelId.TAOBAO);
  private final TestAdapter douyin = new TestAdapter(ChannelId.DOUYIN, false);

  private Intake.Builder builder() {
    return Intake.builder().adapter(taobao).adapter(douyin).secrets(ChannelId.TAOBAO, "old-secret", SECRET)
        .store(store).clock(clock).listener(events::add).sleeper(d -> { });
  }

  @Test
  void aNewOrderIsStoredAndAnnounced() {
    Intake intake = builder().build();
    Order o = order(ChannelId.TAOBAO, "1001");

    Outcome outcome = intake.process(push(o, "d-1"));

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.IMPORTED);
    assertThat(outcome.orderId()).contains(o.id());
    Order stored = store.find(ChannelId.TAOBAO, o.externalId()).orElseThrow();
    assertThat(stored.version()).isEqualTo(1);
    assertThat(events).containsExactly(new IntakeEvent.OrderReceived(stored));
    ChannelHealth h = intake.health(ChannelId.TAOBAO);
    assertThat(h.received()).isEqualTo(1);
    assertThat(h.imported()).isEqualTo(1);
    assertThat(h.meanLatency()).isEqualTo(Duration.ofSeconds(2));
    assertThat(h.accountedFor()).isTrue();
  }

  @Test
  void theSameDeliveryIdIsADuplicateAndIsNotEvenParsed() {
    Intake intake = builder().build();
    Order o = order(ChannelId.TAOBAO, "1001");
    intake.process(push(o, "d-1"));

    Outcome again = intake.process(push(o.toBuilder().updatedAt(T0.plusSeconds(60)).build(), "d-1"));

    assertThat(again.kind()).isEqualTo(Outcome.Kind.DUPLICATE);
    assertThat(again.detail()).contains("delivery id");
    assertThat(taobao.normalized.get()).isEqualTo(1);
    assertThat(store.count()).isEqualTo(1);
    assertThat(intake.health(ChannelId.TAOBAO).duplicates()).isEqualTo(1);
  }

  @Test
  void theSameVersionUnderAnotherDeliveryIdIsADuplicate() {
    Intake intake = builder().build();
    Order o = order(ChannelId.TAOBAO, "1001");
    intake.process(push(o, "d-1"));

    Outcome again = intake.process(push(o, "d-2"));

    assertThat(again.kind()).isEqualTo(Outcome.Kind.DUPLICATE);
    assertThat(again.detail()).contains("updatedAt");
    assertThat(store.find(ChannelId.TAOBAO, o.externalId()).orElseThrow().version()).isEqualTo(1);
    assertThat(events).hasSize(1);
  }

  @Test
  void aNewerVersionUpdatesTheOrderAndKeepsTheLifecycleStatus() {
    Intake intake = builder().build();
    Order v1 = order(ChannelId.TAOBAO, "1001", "99.00", T0);
    intake.process(push(v1, "d-1"));
    Order moved = store.find(ChannelId.TAOBAO, v1.externalId()).orElseThrow().withStatus(OrderStatus.PACKING);
    store.update(moved);
    Order v2 = order(ChannelId.TAOBAO, "1001", "89.00", T0.plusSeconds(60)).withStatus(OrderStatus.CANCELLED);

    Outcome outcome = intake.process(push(v2, "d-2"));

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UPDATED);
    Order stored = store.find(ChannelId.TAOBAO, v1.externalId()).orElseThrow();
    assertThat(stored.amounts().paid()).isEqualTo(Money.cny("89.00"));
    assertThat(stored.status()).isEqualTo(OrderStatus.PACKING);
    assertThat(stored.version()).isEqualTo(3);
    IntakeEvent.OrderUpdated updated = (IntakeEvent.OrderUpdated) events.get(1);
    assertThat(updated.previous().amounts().paid()).isEqualTo(Money.cny("99.00"));
    assertThat(updated.current()).isEqualTo(stored);
    assertThat(updated.platformStatus()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(intake.health(ChannelId.TAOBAO).updated()).isEqualTo(1);
  }

  @Test
  void anOlderVersionArrivingLateChangesNothing() {
    Intake intake = builder().build();
    intake.process(push(order(ChannelId.TAOBAO, "1001", "89.00", T0.plusSeconds(60)), "d-2"));

    Outcome late = intake.process(push(order(ChannelId.TAOBAO, "1001", "99.00", T0), "d-1"));

    assertThat(late.kind()).isEqualTo(Outcome.Kind.DUPLICATE);
    assertThat(late.detail()).contains("not newer");
    assertThat(store.find(ChannelId.TAOBAO, io.orderhub.core.ExternalOrderId.of("1001")).orElseThrow()
        .amounts().paid()).isEqualTo(Money.cny("89.00"));
  }

  @Test
  void withoutUpdatedAtTheContentDecides() {
    Intake intake = builder().build();
    Order plain = order(ChannelId.DOUYIN, "7001").toBuilder().updatedAt(null).build();
    intake.process(Delivery.pull(ChannelId.DOUYIN, json(plain), T0));

    Outcome same = intake.process(Delivery.pull(ChannelId.DOUYIN, json(plain), T0));
    Outcome changed = intake.process(Delivery.pull(ChannelId.DOUYIN,
        json(plain.withSellerNote("ship with SF")), T0));

    assertThat(same.kind()).isEqualTo(Outcome.Kind.DUPLICATE);
    assertThat(changed.kind()).isEqualTo(Outcome.Kind.UPDATED);
  }

  @Test
  void aForgedSignatureIsDeadLetteredWithItsRawBytes() {
    Intake intake = builder().build();
    byte[] body = json(order(ChannelId.TAOBAO, "1001"));
    Delivery forged = Delivery.push(ChannelId.TAOBAO, body, TestAdapter.signedHeaders(body, "guess", "d-1"), T0);

    Outcome outcome = intake.process(forged);

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.DEAD_LETTERED);
    DeadLetter dl = intake.deadLetters().get(0);
    assertThat(dl.reason()).isEqualTo(DeadLetterReason.SIGNATURE_INVALID);
    assertThat(dl.rawBytes()).isEqualTo(body);
    assertThat(dl.delivery().headers()).containsKey("x-test-signature");
    assertThat(taobao.normalized.get()).isZero();
    assertThat(store.count()).isZero();
    assertThat(events).singleElement().isInstanceOf(IntakeEvent.DeliveryDeadLettered.class);
  }

  @Test
  void aMissingSignatureIsInvalidAndTheOldSecretStillWorksDuringRotation() {
    Intake intake = builder().build();
    byte[] body = json(order(ChannelId.TAOBAO, "1001"));

    Outcome unsigned = intake.process(Delivery.push(ChannelId.TAOBAO, body, Map.of(), T0));
    Outcome old = intake.process(Delivery.push(ChannelId.TAOBAO, body,
        TestAdapter.signedHeaders(body, "old-secret", "d-2"), T0));

    assertThat(unsigned.kind()).isEqualTo(Outcome.Kind.DEAD_LETTERED);
    assertThat(old.kind()).isEqualTo(Outcome.Kind.IMPORTED);
  }

  @Test
  void pulledPayloadsCarryNoSignatureAndAreNotVerified() {
    Intake intake = builder().build();
    Outcome outcome = intake.process(Delivery.pull(ChannelId.TAOBAO, json(order(ChannelId.TAOBAO, "1001")), T0));
    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.IMPORTED);
  }

  @Test
  void aBrokenPayloadIsDeadLetteredWithTheJsonPath() {
    Intake intake = builder().build();
    String text = new String(json(order(ChannelId.DOUYIN, "7001")), StandardCharsets.UTF_8)
        .replace("\"quantity\":1", "\"quantity\":\"one\"");
    byte[] body = text.getBytes(StandardCharsets.UTF_8);

    Outcome outcome = intake.process(Delivery.push(ChannelId.DOUYIN, body, Map.of(), T0));

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.DEAD_LETTERED);
    DeadLetter dl = intake.deadLetters().get(0);
    assertThat(dl.reason()).isEqualTo(DeadLetterReason.PAYLOAD_INVALID);
    assertThat(dl.jsonPath()).contains("$.lines[0].quantity");
    assertThat(dl.rawBytes()).isEqualTo(body);
    assertThat(dl.error()).contains("one");
    assertThat(dl.toString()).doesNotContain("王小明");
  }

  @Test
  void notJsonAtAllIsDeadLetteredAtTheRoot() {
    Intake intake = builder().build();
    byte[] body = "{\"id\": 12".getBytes(StandardCharsets.UTF_8);
    intake.process(Delivery.push(ChannelId.DOUYIN, body, Map.of(), T0));
    assertThat(intake.deadLetters().get(0).jsonPath()).contains("$");
  }

  @Test
  void inconsistentAmountsAreDeadLetteredUnlessTheHostAcceptsThem() {
    Order bad = order(ChannelId.DOUYIN, "7001").toBuilder()
        .amounts(new Amounts(Money.cny("99.00"), Money.cny("0.00"), Money.cny("0.00"), Money.cny("98.00"))).build();
    Intake strict = builder().build();
    Outcome rejected = strict.process(Delivery.push(ChannelId.DOUYIN, json(bad), Map.of(), T0));
    assertThat(rejected.kind()).isEqualTo(Outcome.Kind.DEAD_LETTERED);
    assertThat(strict.deadLetters().get(0).reason()).isEqualTo(DeadLetterReason.AMOUNTS_INCONSISTENT);
    assertThat(strict.deadLetters().get(0).error()).contains("amounts.paid");

    Intake lenient = Intake.builder().adapter(douyin).store(new InMemoryOrderStore()).clock(clock)
        .rejectInconsistentAmounts(false).build();
    assertThat(lenient.process(Delivery.push(ChannelId.DOUYIN, json(bad), Map.of(), T0)).kind())
        .isEqualTo(Outcome.Kind.IMPORTED);
  }

  @Test
  void aDeliveryForAChannelWithoutAdapterIsDeadLetteredNotLost() {
    Intake intake = builder().build();
    Outcome outcome = intake.process(Delivery.push(ChannelId.of("mini-shop"), new byte[] {1, 2}, Map.of(), T0));
    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.DEAD_LETTERED);
    assertThat(intake.deadLetters().get(0).reason()).isEqualTo(DeadLetterReason.UNKNOWN_CHANNEL);
    assertThat(intake.health(ChannelId.of("mini-shop")).accountedFor()).isTrue();
  }

  @Test
  void testOrdersAndClickFarmingAreFilteredKeptForAuditAndNotStored() {
    Intake intake = builder().build();
    Order test = order(ChannelId.DOUYIN, "TEST-0001");
    Order cheap = order(ChannelId.DOUYIN, "7002", "4.99", T0);
    Order fiveYuan = order(ChannelId.DOUYIN, "7003", "5.00", T0);

    Outcome a = intake.process(Delivery.pull(ChannelId.DOUYIN, json(test), T0));
    Outcome b = intake.process(Delivery.pull(ChannelId.DOUYIN, json(cheap), T0));
    Outcome c = intake.process(Delivery.pull(ChannelId.DOUYIN, json(fiveYuan), T0));
    Outcome again = intake.process(Delivery.pull(ChannelId.DOUYIN, json(test), T0));

    assertThat(a.kind()).isEqualTo(Outcome.Kind.FILTERED);
    assertThat(a.detail()).contains("TEST");
    assertThat(b.kind()).isEqualTo(Outcome.Kind.FILTERED);
    assertThat(b.detail()).contains("click-farming");
    assertThat(c.kind()).isEqualTo(Outcome.Kind.IMPORTED);
    assertThat(again.kind()).isEqualTo(Outcome.Kind.DUPLICATE);
    assertThat(intake.filteredOrders()).extracting(f -> f.order().externalId().value())
        .containsExactly("TEST-0001", "7002");
    assertThat(store.count()).isEqualTo(1);
    assertThat(events).filteredOn(e -> e instanceof IntakeEvent.OrderFiltered).hasSize(2);
    assertThat(intake.health(ChannelId.DOUYIN).filtered()).isEqualTo(2);
  }

  @Test
  void theCheapOrderFilterOnlyJudgesItsOwnCurrency() {
    Order usd = order(ChannelId.DOUYIN, "7004").toBuilder().lines(List.of())
        .line(io.orderhub.core.OrderLine.builder().lineId("1").sku("S").title("t").quantity(1)
            .unitPrice(Money.of("1.00", "USD")).build())
        .amounts(Amounts.of(Money.of("1.00", "USD"))).build();
    assertThat(OrderFilter.paidBelow(Money.cny("5.00")).reasonToFilter(usd)).isEmpty();
    assertThat(OrderFilter.externalIdContains("test").reasonToFilter(order(ChannelId.JD, "a-Test-1"))).isPresent();
  }

  @Test
  void filtersCanBeReplacedAndAFailingFilterDeadLetters() {
    Intake none = builder().filters(List.of()).build();
    assertThat(none.process(Delivery.pull(ChannelId.DOUYIN, json(order(ChannelId.DOUYIN, "TEST-1")), T0)).kind())
        .isEqualTo(Outcome.Kind.IMPORTED);

    Intake broken = Intake.builder().adapter(douyin).store(new InMemoryOrderStore()).clock(clock)
        .filter(o -> { throw new IllegalStateException("boom"); }).build();
    Outcome outcome = broken.process(Delivery.pull(ChannelId.DOUYIN, json(order(ChannelId.DOUYIN, "7001")), T0));
    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.DEAD_LETTERED);
    assertThat(broken.deadLetters().get(0).reason()).isEqualTo(DeadLetterReason.PIPELINE_FAILED);
  }

  @Test
  void tagRulesTagBeforeTheOrderIsStored() {
    Intake intake = builder()
        .tagRule(TagRule.channelAttribute(ChannelId.DOUYIN, "live_room_id", "live-room"))
        .tagRule(TagRule.of("big", o -> o.amounts().paid().isGreaterThan(Money.cny("500.00"))))
        .build();
    Order live = order(ChannelId.DOUYIN, "7001").toBuilder().attribute("live_room_id", "r-88").build();
    Order plain = order(ChannelId.DOUYIN, "7002", "600.00", T0);

    intake.process(Delivery.pull(ChannelId.DOUYIN, json(live), T0));
    intake.process(Delivery.pull(ChannelId.DOUYIN, json(plain), T0));

    assertThat(store.get(live.id()).orElseThrow().tags()).containsExactly("live-room");
    assertThat(store.get(plain.id()).orElseThrow().tags()).containsExactly("big");
  }

  @Test
  void mergeDetectionIsOffByDefault() {
    Intake intake = builder().build();
    intake.process(Delivery.pull(ChannelId.DOUYIN, json(sameBuyer("7001", 0)), T0));
    intake.process(Delivery.pull(ChannelId.DOUYIN, json(sameBuyer("7002", 600)), T0));
    assertThat(store.get(OrderId.of("douyin-7002")).orElseThrow().parentOrderId()).isEmpty();
  }

  @Test
  void mergeDetectionLinksOrdersOfOneBuyerToOneAddressWithinTheWindow() {
    Intake intake = builder().mergeWindow(Duration.ofMinutes(30)).build();
    intake.process(Delivery.pull(ChannelId.DOUYIN, json(sameBuyer("7001", 0)), T0));
    intake.process(Delivery.pull(ChannelId.DOUYIN, json(sameBuyer("7002", 600)), T0));
    intake.process(Delivery.pull(ChannelId.DOUYIN, json(sameBuyer("7003", 1200)), T0));
    intake.process(Delivery.pull(ChannelId.DOUYIN, json(sameBuyer("7004", 3 * 3600)), T0));
    Order otherAddress = sameBuyer("7005", 700);
    otherAddress = otherAddress.withShippingAddress(otherAddress.shippingAddress().orElseThrow().toBuilder()
        .detail("另一个地址 1 号").build());
    intake.process(Delivery.pull(ChannelId.DOUYIN, json(otherAddress), T0));

    assertThat(store.get(OrderId.of("douyin-7001")).orElseThrow().parentOrderId()).isEmpty();
    assertThat(store.get(OrderId.of("douyin-7002")).orElseThrow().parentOrderId()).contains(OrderId.of("douyin-7001"));
    assertThat(store.get(OrderId.of("douyin-7003")).orElseThrow().parentOrderId()).contains(OrderId.of("douyin-7001"));
    assertThat(store.get(OrderId.of("douyin-7004")).orElseThrow().parentOrderId()).isEmpty();
    assertThat(store.get(OrderId.of("douyin-7005")).orElseThrow().parentOrderId()).isEmpty();
  }

  @Test
  void aHostsOwnMergeRuleReplacesTheDefault() {
    Intake intake = builder().mergeDetector(o -> o.externalId().value().equals("7002")
        ? Optional.of(OrderId.of("douyin-7001")) : Optional.empty()).build();
    intake.process(Delivery.pull(ChannelId.DOUYIN, json(order(ChannelId.DOUYIN, "7001")), T0));
    intake.process(Delivery.pull(ChannelId.DOUYIN, json(order(ChannelId.DOUYIN, "7002")), T0));
    assertThat(store.get(OrderId.of("douyin-7002")).orElseThrow().parentOrderId()).contains(OrderId.of("douyin-7001"));

    Intake broken = Intake.builder().adapter(douyin).store(new InMemoryOrderStore()).clock(clock)
        .mergeDetector(o -> { throw new IllegalStateException("index down"); }).build();
    broken.process(Delivery.pull(ChannelId.DOUYIN, json(order(ChannelId.DOUYIN, "7003")), T0));
    assertThat(broken.deadLetters()).singleElement()
        .extracting(DeadLetter::reason).isEqualTo(DeadLetterReason.PIPELINE_FAILED);
  }

  @Test
  void aFailingListenerDoesNotUndoTheImport() {
    Intake intake = builder().listener(e -> { throw new IllegalStateException("listener down"); }).build();
    Outcome outcome = intake.process(push(order(ChannelId.TAOBAO, "1001"), "d-1"));
    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.IMPORTED);
    assertThat(events).hasSize(1);
  }

  @Test
  void theBuilderNamesWhatIsWrong() {
    assertThatThrownBy(() -> Intake.builder().store(store).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("adapters");
    assertThatThrownBy(() -> Intake.builder().adapter(taobao).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("store");
    assertThatThrownBy(() -> Intake.builder().adapter(taobao).adapter(TestAdapter.of(ChannelId.TAOBAO)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("registered twice");
    assertThatThrownBy(() -> Intake.builder().adapter(douyin).secrets(ChannelId.DOUYIN, "x").store(store).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("no webhook verifier");
    assertThatThrownBy(() -> Intake.builder().queueCapacity(0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("queueCapacity: \"0\"");
    assertThatThrownBy(() -> Intake.builder().mergeWindow(Duration.ZERO))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("mergeWindow");
    assertThatThrownBy(() -> Intake.builder().secrets(ChannelId.JD, " "))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("secrets[jd]");
  }

  @Test
  void deliveryIdsComeFromKnownHeadersCaseInsensitively() {
    Delivery d = Delivery.push(ChannelId.SHOPIFY, new byte[0], Map.of("x-shopify-webhook-id", "abc"), T0);
    assertThat(d.deliveryId()).contains("abc");
    assertThat(d.headers().get("X-SHOPIFY-WEBHOOK-ID")).isEqualTo("abc");
    assertThat(Delivery.pull(ChannelId.SHOPIFY, new byte[0], T0).deliveryId()).isEqualTo(Optional.empty());
    byte[] body = {1, 2, 3};
    Delivery copy = Delivery.push(ChannelId.SHOPIFY, body, Map.of(), T0);
    body[0] = 9;
    assertThat(copy.body()).containsExactly(1, 2, 3);
  }

  private static Order sameBuyer(String externalId, int minutesLaterSeconds) {
    Order o = order(ChannelId.DOUYIN, externalId);
    return o.toBuilder().buyer(new io.orderhub.core.Buyer("open-42", null, null))
        .createdAt(T0.plusSeconds(minutesLaterSeconds)).build();
  }
}
