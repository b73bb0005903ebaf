package io.orderhub.channels.intake;

import static io.orderhub.channels.intake.TestOrders.SECRET;
import static io.orderhub.channels.intake.TestOrders.T0;
import static io.orderhub.channels.intake.TestOrders.json;
import static io.orderhub.channels.intake.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.ChannelId;
import io.orderhub.core.ExternalOrderId;
import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.store.InMemoryOrderStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The promotion-storm scenario: N orders over 4 channels, each version delivered 1-5 times in shuffled
 * order, a fraction of the deliveries corrupted or forged. Nothing is lost and nothing is imported twice.
 */
class IntakeScenarioProperties {
  private static final List<ChannelId> CHANNELS =
      List.of(ChannelId.TAOBAO, ChannelId.JD, ChannelId.DOUYIN, ChannelId.SHOPIFY);

  private record Sent(Delivery delivery, boolean bad) {}

  @Property(tries = 60)
  void everyOrderIsStoredOnceAtItsLatestVersionAndEveryDeliveryIsAccountedFor(
      @ForAll @IntRange(min = 1, max = 40) int orders,
      @ForAll @DoubleRange(min = 0.0, max = 0.35) double badRate,
      @ForAll Random random) {
    InMemoryOrderStore store = new InMemoryOrderStore();
    List<IntakeEvent> events = new CopyOnWriteArrayList<>();
    Intake.Builder builder = Intake.builder().store(store).clock(new TestClock(T0.plusSeconds(3600)))
        .listener(events::add).sleeper(d -> { }).alertSink(a -> { });
    for (ChannelId c : CHANNELS) {
      builder.adapter(TestAdapter.of(c)).secrets(c, SECRET);
    }
    Intake intake = builder.build();

    List<Sent> sent = new ArrayList<>();
    Map<OrderId, Order> latestValid = new HashMap<>();
    Map<OrderId, Boolean> isTest = new HashMap<>();
    for (int i = 0; i < orders; i++) {
      ChannelId channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
      boolean test = random.nextInt(10) == 0;
      String externalId = (test ? "TEST-" : "") + "o" + i;
      int versions = 1 + random.nextInt(3);
      for (int v = 0; v < versions; v++) {
        Order version = order(channel, externalId, (100 + v) + ".00", T0.plusSeconds(60L * v));
        byte[] body = json(version);
        int copies = 1 + random.nextInt(5);
        boolean anyValid = false;
        for (int k = 0; k < copies; k++) {
          double roll = random.nextDouble();
          if (roll < badRate / 2) {
            byte[] broken = Arrays.copyOf(body, body.length / 2);
            sent.add(new Sent(Delivery.push(channel, broken,
                TestAdapter.signedHeaders(broken, SECRET, externalId + "-v" + v + "-bad-" + k), T0), true));
          } else if (roll < badRate) {
            sent.add(new Sent(Delivery.push(channel, body,
                TestAdapter.signedHeaders(body, "forged", externalId + "-v" + v + "-" + (k % 2)), T0), true));
          } else {
            anyValid = true;
            sent.add(new Sent(Delivery.push(channel, body,
                TestAdapter.signedHeaders(body, SECRET, externalId + "-v" + v + "-" + (k % 2)), T0), false));
          }
        }
        if (anyValid) {
          latestValid.put(version.id(), version);
          isTest.put(version.id(), test);
        }
      }
    }
    Collections.shuffle(sent, random);

    for (Sent s : sent) {
      intake.process(s.delivery());
    }
    assertAccountedFor(intake, sent.size());
    // the host fixes whatever froze a channel and lets the parked deliveries through
    while (intake.health().stream().anyMatch(h -> h.parked() > 0)) {
      CHANNELS.forEach(intake::closeCircuit);
      intake.drain();
    }
    assertAccountedFor(intake, sent.size());

    List<Order> expected = latestValid.values().stream().filter(o -> !isTest.get(o.id())).toList();
    assertThat(store.count()).isEqualTo(expected.size());
    for (Order o : expected) {
      Order stored = store.find(o.channel(), o.externalId()).orElseThrow();
      assertThat(stored.updatedAt()).isEqualTo(o.updatedAt());
      assertThat(stored.amounts()).isEqualTo(o.amounts());
    }
    assertThat(events.stream().filter(e -> e instanceof IntakeEvent.OrderReceived)
        .map(e -> ((IntakeEvent.OrderReceived) e).order().id()).toList())
        .doesNotHaveDuplicates().hasSize(expected.size());
    latestValid.values().stream().filter(o -> isTest.get(o.id())).forEach(o -> {
      assertThat(store.find(o.channel(), ExternalOrderId.of(o.externalId().value()))).isEmpty();
      assertThat(intake.filteredOrders()).anyMatch(f -> f.order().id().equals(o.id()));
    });
    List<byte[]> badBodies = sent.stream().filter(Sent::bad).map(s -> s.delivery().body()).toList();
    List<DeadLetter> deadLetters = intake.deadLetters();
    assertThat(deadLetters).hasSameSizeAs(badBodies);
    assertThat(deadLetters).allSatisfy(dl -> assertThat(badBodies).anyMatch(b -> Arrays.equals(b, dl.rawBytes())));
  }

  private static void assertAccountedFor(Intake intake, int deliveries) {
    long received = 0;
    for (ChannelHealth h : intake.health()) {
      assertThat(h.accountedFor()).as("%s", h).isTrue();
      received += h.received();
    }
    assertThat(received).isEqualTo(deliveries);
  }
}
