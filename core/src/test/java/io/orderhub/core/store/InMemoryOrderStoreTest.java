package io.orderhub.core.store;

import static io.orderhub.core.store.TestOrders.T0;
import static io.orderhub.core.store.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.ChannelId;
import io.orderhub.core.ExternalOrderId;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InMemoryOrderStoreTest {
  final InMemoryOrderStore store = new InMemoryOrderStore();

  @Test
  void keepsAttributesCollectedFromAPayloadAsOneDocumentEqualToTheirMap() {
    com.fasterxml.jackson.databind.JsonNode payload = io.orderhub.core.json.OrderJson.standard().readTree(
        "{\"id\":\"1\",\"flag\":true,\"fee\":1.50,\"tags\":[\"a\",null],\"n\":null}"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    java.util.Map<String, Object> attributes = new io.orderhub.core.internal.AttributeParts()
        .put("platformStatus", "PAID")
        .fields(io.orderhub.core.json.PayloadNode.root(payload), java.util.Set.of("id"))
        .build();
    Order order = order("9", OrderStatus.PAID).toBuilder().attributes(attributes).build();

    Order stored = store.insert(order);
    Order updated = store.update(stored.withStatus(OrderStatus.PACKING));

    assertThat(stored).isEqualTo(order.withVersion(1));
    assertThat(stored.attributes().getClass().getSimpleName()).isEqualTo("JsonBlockMap");
    assertThat(stored.attributes()).containsExactly(java.util.Map.entry("platformStatus", "PAID"),
        java.util.Map.entry("flag", true), java.util.Map.entry("fee", new java.math.BigDecimal("1.50")),
        java.util.Map.entry("tags", List.of("a")));
    assertThat(updated.attributes()).isSameAs(stored.attributes());
  }

  @Test
  void insertsWithVersionOneAndFindsByIdAndExternalId() {
    Order stored = store.insert(order("1", OrderStatus.PAID));
    assertThat(stored.version()).isEqualTo(1);
    assertThat(store.get(stored.id())).contains(stored);
    assertThat(store.find(ChannelId.TAOBAO, ExternalOrderId.of("1"))).contains(stored);
    assertThat(store.find(ChannelId.JD, ExternalOrderId.of("1"))).isEmpty();
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void aSecondInsertOfTheSameOrderIsADuplicate() {
    store.insert(order("1", OrderStatus.PAID));
    assertThatThrownBy(() -> store.insert(order("1", OrderStatus.PAID))).isInstanceOf(DuplicateOrderException.class);
    Order sameIdOtherExternal = order("2", OrderStatus.PAID).toBuilder().id(OrderId.of("taobao-1")).build();
    assertThatThrownBy(() -> store.insert(sameIdOtherExternal)).isInstanceOf(DuplicateOrderException.class)
        .hasMessageContaining("same id");
    assertThat(store.find(ChannelId.TAOBAO, ExternalOrderId.of("2"))).isEmpty();
  }

  @Test
  void anUpdateChecksTheVersionAndNeverOverwrites() {
    Order v1 = store.insert(order("1", OrderStatus.PAID));
    Order v2 = store.update(v1.withStatus(OrderStatus.STOCK_LOCKED));
    assertThat(v2.version()).isEqualTo(2);
    assertThatThrownBy(() -> store.update(v1.withStatus(OrderStatus.CANCELLED)))
        .isInstanceOfSatisfying(StaleVersionException.class, e -> {
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isEqualTo(2);
        });
    assertThat(store.get(v1.id()).orElseThrow().status()).isEqualTo(OrderStatus.STOCK_LOCKED);
  }

  @Test
  void updatingAnOrderThatIsNotStoredIsStale() {
    assertThatThrownBy(() -> store.update(order("9", OrderStatus.PAID).withVersion(1)))
        .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.actualVersion()).isEqualTo(-1));
  }

  @Test
  void anUpdateMovingTheOrderToAnotherExternalIdIsRefused() {
    Order v1 = store.insert(order("1", OrderStatus.PAID));
    Order moved = v1.toBuilder().externalId("2").build();
    assertThatThrownBy(() -> store.update(moved)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("cannot move an order");
    assertThat(store.find(ChannelId.TAOBAO, ExternalOrderId.of("1"))).contains(v1);
  }

  @Test
  void queriesByStatusAndStalledSince() {
    Order a = store.insert(order("a", OrderStatus.PAID));
    Order b = store.insert(order("b", OrderStatus.PAID).toBuilder().updatedAt(T0.plusSeconds(600)).build());
    store.insert(order("c", OrderStatus.COMPLETED));
    assertThat(store.byStatus(OrderStatus.PAID)).containsExactly(a, b);
    assertThat(store.stalledSince(T0.plusSeconds(60))).containsExactly(a);
    assertThat(store.stalledSince(T0.plusSeconds(6000))).containsExactly(a, b);
  }

  @Test
  void anUpdateOfAnIdNotStoredIsStaleEvenWhenItsExternalIdIsStored() {
    store.insert(order("1", OrderStatus.PAID));
    Order otherId = order("1", OrderStatus.CANCELLED).toBuilder().id(OrderId.of("host-7")).version(1).build();
    assertThatThrownBy(() -> store.update(otherId))
        .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.actualVersion()).isEqualTo(-1));
    assertThat(store.find(ChannelId.TAOBAO, ExternalOrderId.of("1")).orElseThrow().status())
        .isEqualTo(OrderStatus.PAID);
  }

  @Test
  void aWriterThatLosesAnInsertRaceFindsTheWinnersOrderAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 300; round++) {
        InMemoryOrderStore s = new InMemoryOrderStore();
        Order o = order("r" + round, OrderStatus.PAID);
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Order> writer = () -> {
          together.await();
          try {
            return s.insert(o);
          } catch (DuplicateOrderException e) {
            return s.find(o.channel(), o.externalId()).orElseThrow(() -> new AssertionError("lost race, no winner"));
          }
        };
        List<Future<Order>> both = pool.invokeAll(List.of(writer, writer));
        assertThat(both.get(0).get()).isEqualTo(both.get(1).get()).isEqualTo(s.get(o.id()).orElseThrow());
        assertThat(s.count()).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
