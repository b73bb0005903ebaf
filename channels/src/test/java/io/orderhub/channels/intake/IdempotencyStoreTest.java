package io.orderhub.channels.intake;

import static io.orderhub.channels.intake.TestOrders.T0;
import static io.orderhub.channels.intake.TestOrders.order;
import static io.orderhub.channels.intake.TestOrders.push;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.channels.intake.spi.IdempotencyStore;
import io.orderhub.core.ChannelId;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.store.InMemoryOrderStore;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The Caffeine-backed default idempotency store and its horizon on the injected clock. */
class IdempotencyStoreTest {
  private final TestClock clock = new TestClock(T0);

  @Test
  void keysAreForgottenAfterTheHorizonOnTheInjectedClock() {
    IdempotencyStore keys = IdempotencyStore.inMemory(Duration.ofHours(1), 1_000, clock);
    keys.mark("d|shopify|abc");
    clock.advance(Duration.ofMinutes(59));
    assertThat(keys.contains("d|shopify|abc")).isTrue();
    assertThat(keys.contains("d|shopify|other")).isFalse();
    clock.advance(Duration.ofMinutes(2));
    assertThat(keys.contains("d|shopify|abc")).isFalse();
  }

  @Test
  void pastTheHorizonTheStoredVersionStillRecognisesTheDuplicate() {
    TestAdapter adapter = TestAdapter.of(ChannelId.TAOBAO);
    InMemoryOrderStore store = new InMemoryOrderStore();
    Intake intake = Intake.builder().adapter(adapter).store(store).clock(clock)
        .idempotencyHorizon(Duration.ofHours(1)).build();
    intake.process(push(order(ChannelId.TAOBAO, "1001"), "d-1"));
    clock.advance(Duration.ofHours(2));

    Outcome late = intake.process(push(order(ChannelId.TAOBAO, "1001"), "d-1"));

    assertThat(late.kind()).isEqualTo(Outcome.Kind.DUPLICATE);
    assertThat(late.detail()).contains("not newer");
    assertThat(adapter.normalized.get()).isEqualTo(2);
  }

  @Test
  void aHostStoreIsUsedInsteadOfTheDefault() {
    java.util.Set<String> marked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    IdempotencyStore host = new IdempotencyStore() {
      @Override
      public boolean contains(String key) {
        return marked.contains(key);
      }

      @Override
      public void mark(String key) {
        marked.add(key);
      }
    };
    Intake intake = Intake.builder().adapter(TestAdapter.of(ChannelId.TAOBAO)).store(new InMemoryOrderStore())
        .clock(clock).idempotencyStore(host).build();
    intake.process(push(order(ChannelId.TAOBAO, "1001"), "d-1"));
    assertThat(marked).containsExactlyInAnyOrder("d|taobao|d-1", "v|taobao|1001|" + T0);
  }

  @Test
  void theHorizonMustBePositive() {
    assertThatThrownBy(() -> IdempotencyStore.inMemory(Duration.ZERO, 10, clock))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("horizon");
  }
}
