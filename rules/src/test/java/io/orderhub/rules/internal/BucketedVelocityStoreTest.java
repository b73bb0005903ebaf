package io.orderhub.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.InvalidValueException;
import io.orderhub.rules.spi.VelocityKey;
import io.orderhub.rules.spi.WindowTotals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class BucketedVelocityStoreTest {
  private static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");
  private final BucketedVelocityStore store = new BucketedVelocityStore(Duration.ofHours(24), Duration.ofMinutes(5));
  private final VelocityKey phone = new VelocityKey("buyer.phone", "13800001111");

  @Test
  void countsAndSumsTheEventsInTheWindow() {
    store.record(phone, T0, 2);
    store.record(phone, T0.plusSeconds(3600), 3);
    store.record(phone, T0.plusSeconds(7200), 5);
    assertThat(store.query(phone, T0.plusSeconds(7200), Duration.ofHours(24))).isEqualTo(new WindowTotals(3, 10));
    assertThat(store.query(phone, T0.plusSeconds(7200), Duration.ofHours(1))).isEqualTo(new WindowTotals(1, 5));
    assertThat(store.query(phone, T0.plusSeconds(3600), Duration.ofHours(24))).isEqualTo(new WindowTotals(2, 5));
    assertThat(store.query(new VelocityKey("buyer.phone", "other"), T0, Duration.ofHours(1))).isEqualTo(WindowTotals.EMPTY);
  }

  @Test
  void eventsOlderThanTheHorizonAreForgottenAndIdleKeysDropped() {
    store.record(phone, T0, 1);
    for (int i = 0; i < 100; i++) {
      store.record(new VelocityKey("sku", "S" + i), T0.plusSeconds(60), 1);
    }
    assertThat(store.keyCount()).isEqualTo(101);
    VelocityKey late = new VelocityKey("sku", "late");
    store.record(late, T0.plus(Duration.ofHours(49)), 1);
    assertThat(store.keyCount()).isEqualTo(1);
    store.record(phone, T0.plusSeconds(120), 1); // older than the horizon now: dropped
    assertThat(store.query(phone, T0.plus(Duration.ofHours(49)), Duration.ofHours(24))).isEqualTo(WindowTotals.EMPTY);
    assertThat(store.query(late, T0.plus(Duration.ofHours(49)), Duration.ofHours(24)).count()).isEqualTo(1);
  }

  @Test
  void windowsMustFitTheHorizonAndTheBuckets() {
    assertThatThrownBy(() -> store.query(phone, T0, Duration.ofHours(25))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("window").hasMessageContaining("longer than the velocity store's horizon");
    assertThatThrownBy(() -> store.query(phone, T0, Duration.ofMinutes(7))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("not a whole number");
    assertThatThrownBy(() -> new BucketedVelocityStore(Duration.ofMinutes(7), Duration.ofMinutes(5)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("horizon");
  }

  @Test
  void manyBucketsOfOneKeyStayWithinTheHorizon() {
    for (int i = 0; i < 2000; i++) {
      store.record(phone, T0.plus(Duration.ofMinutes(5L * i)), 1);
    }
    Instant last = T0.plus(Duration.ofMinutes(5L * 1999));
    assertThat(store.query(phone, last, Duration.ofHours(24)).count()).isEqualTo(288);
  }

  @Test
  void concurrentRecordsAreAllCounted() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Void>> jobs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        jobs.add(() -> {
          for (int i = 0; i < 1000; i++) {
            store.record(phone, T0.plusSeconds((i * 7L + thread) % 3600), 1);
          }
          return null;
        });
      }
      for (var f : pool.invokeAll(jobs)) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.query(phone, T0.plusSeconds(3600), Duration.ofHours(2))).isEqualTo(new WindowTotals(4000, 4000));
  }

  /** Threads recording across horizon boundaries (generations turning under them) lose nothing in the window. */
  @Test
  void concurrentRecordsAcrossHorizonsKeepEveryEventOfTheLastWindow() throws Exception {
    BucketedVelocityStore small = new BucketedVelocityStore(Duration.ofHours(1), Duration.ofSeconds(1));
    VelocityKey shared = new VelocityKey("sku", "shared");
    int events = 20_000; // every 500 ms: about 2.8 horizons
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Void>> jobs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        VelocityKey own = new VelocityKey("buyer.phone", "thread-" + t);
        jobs.add(() -> {
          for (int i = 0; i < events; i++) {
            small.record(own, T0.plusMillis(500L * i), 1);
            small.recordAndQuery(shared, T0.plusMillis(500L * i), 2, T0.plusMillis(500L * i), Duration.ofMinutes(1));
          }
          return null;
        });
      }
      for (var f : pool.invokeAll(jobs)) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    Instant end = T0.plusMillis(500L * (events - 1));
    // events in the last hour's 3600 one-second buckets, up to and including end's bucket
    long inWindow = 0;
    for (int i = 0; i < events; i++) {
      if ((500L * i) / 1000 > (500L * (events - 1)) / 1000 - 3600) {
        inWindow++;
      }
    }
    for (int t = 0; t < 4; t++) {
      assertThat(small.query(new VelocityKey("buyer.phone", "thread-" + t), end, Duration.ofHours(1)))
          .isEqualTo(new WindowTotals(inWindow, inWindow));
    }
    assertThat(small.query(shared, end, Duration.ofHours(1))).isEqualTo(new WindowTotals(4 * inWindow, 8 * inWindow));
    assertThat(small.keyCount()).isEqualTo(5);
  }
}
