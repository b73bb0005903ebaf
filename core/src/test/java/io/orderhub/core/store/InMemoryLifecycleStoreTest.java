package io.orderhub.core.store;

import static io.orderhub.core.store.TestOrders.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.OrderId;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.lifecycle.LifecycleRecord;
import org.junit.jupiter.api.Test;

class InMemoryLifecycleStoreTest {
  final InMemoryLifecycleStore store = new InMemoryLifecycleStore();

  LifecycleRecord record(String id, OrderStatus status, long minutes) {
    return LifecycleRecord.start(OrderId.of(id), status, T0.plusSeconds(60 * minutes));
  }

  @Test
  void insertsOnceAndUpdatesWithAVersionCheck() {
    LifecycleRecord v1 = store.insert(record("o1", OrderStatus.PAID, 0));
    assertThat(v1.version()).isEqualTo(1);
    assertThatThrownBy(() -> store.insert(record("o1", OrderStatus.PAID, 0))).isInstanceOf(DuplicateOrderException.class);
    LifecycleRecord v2 = store.update(v1);
    assertThat(v2.version()).isEqualTo(2);
    assertThatThrownBy(() -> store.update(v1)).isInstanceOf(StaleVersionException.class);
    assertThat(store.get(OrderId.of("o1"))).contains(v2);
    assertThatThrownBy(() -> store.update(record("o2", OrderStatus.PAID, 0)))
        .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.actualVersion()).isEqualTo(-1));
  }

  @Test
  void queriesByStatusAndStalledSinceSkipTerminalRecords() {
    LifecycleRecord late = store.insert(record("b", OrderStatus.PAID, 0));
    LifecycleRecord recent = store.insert(record("a", OrderStatus.PAID, 30));
    store.insert(record("c", OrderStatus.CANCELLED, 0));
    assertThat(store.byStatus(OrderStatus.PAID)).containsExactly(recent, late);
    assertThat(store.stalledSince(T0.plusSeconds(3600))).containsExactly(late, recent);
    assertThat(store.stalledSince(T0.plusSeconds(60))).containsExactly(late);
    assertThat(store.count()).isEqualTo(3);
  }
}
