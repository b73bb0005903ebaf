package io.orderhub.channels.intake;

import static io.orderhub.channels.intake.TestOrders.json;
import static io.orderhub.channels.intake.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.channels.intake.spi.CursorStore;
import io.orderhub.channels.intake.spi.PageSource;
import io.orderhub.channels.spi.ChannelAdapter;
import io.orderhub.channels.spi.ChannelRequest;
import io.orderhub.channels.spi.ChannelTransport;
import io.orderhub.channels.spi.FetchCursor;
import io.orderhub.channels.spi.FetchPage;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Order;
import io.orderhub.core.store.InMemoryOrderStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Pull APIs: page by page, cursor saved only after a stored page, overlapping windows, resume after failure. */
class PollerTest {
  private static final Instant NOW = Instant.parse("2026-11-11T04:00:00Z");
  private final TestClock clock = new TestClock(NOW);
  private final InMemoryOrderStore store = new InMemoryOrderStore();
  private final Intake intake = Intake.builder().adapter(TestAdapter.of(ChannelId.JD)).store(store).clock(clock)
      .build();
  private final CursorStore cursors = CursorStore.inMemory();
  private final FakePlatform platform = new FakePlatform();

  /** Orders changed at given times, served 2 per page, the page token being the next index. */
  private static final class FakePlatform implements PageSource {
    final List<Order> orders = new ArrayList<>();
    final List<PageRequest> requests = new CopyOnWriteArrayList<>();
    volatile int failOnPage = -1;

    void change(String externalId, Instant at) {
      orders.add(order(ChannelId.JD, externalId, "50.00", at));
    }

    @Override
    public Page fetch(PageRequest r) {
      requests.add(r);
      List<Order> inWindow = orders.stream().filter(o -> {
        Instant u = o.updatedAt().orElseThrow();
        return !u.isBefore(r.from()) && u.isBefore(r.to());
      }).toList();
      int start = r.pageToken().map(Integer::parseInt).orElse(0);
      if (start / 2 == failOnPage) {
        throw new IllegalStateException("HTTP 502 from the platform");
      }
      List<byte[]> payloads = new ArrayList<>();
      for (int i = start; i < Math.min(start + 2, inWindow.size()); i++) {
        payloads.add(json(inWindow.get(i)));
      }
      return new Page(payloads, start + 2 < inWindow.size() ? String.valueOf(start + 2) : null);
    }
  }

  private Poller.Builder poller() {
    return Poller.builder().intake(intake).channel(ChannelId.JD).source(platform).cursorStore(cursors)
        .overlap(Duration.ofMinutes(5)).initialLookback(Duration.ofHours(1));
  }

  @Test
  void theFirstPollReadsTheLookbackWindowPageByPage() {
    platform.change("a", NOW.minusSeconds(3000));
    platform.change("b", NOW.minusSeconds(2000));
    platform.change("c", NOW.minusSeconds(1000));
    platform.change("old", NOW.minus(Duration.ofHours(2)));

    PollResult r = poller().build().poll();

    assertThat(r.pages()).isEqualTo(2);
    assertThat(r.count(Outcome.Kind.IMPORTED)).isEqualTo(3);
    assertThat(store.count()).isEqualTo(3);
    assertThat(platform.requests.get(0).from()).isEqualTo(NOW.minus(Duration.ofMinutes(65)));
    assertThat(platform.requests.get(0).to()).isEqualTo(NOW);
    assertThat(platform.requests.get(1).pageToken()).contains("2");
    assertThat(r.cursor()).contains(new PollCursor(NOW.minus(Duration.ofMinutes(65)), NOW, null));
    assertThat(cursors.load("poller", ChannelId.JD)).isEqualTo(r.cursor());
  }

  @Test
  void theNextWindowOverlapsTheLastAndDedupAbsorbsTheRepeats() {
    platform.change("a", NOW.minusSeconds(120));
    Poller p = poller().build();
    p.poll();
    clock.advance(Duration.ofMinutes(10));
    platform.change("b", NOW.plusSeconds(60));

    PollResult r = p.poll();

    assertThat(platform.requests.get(1).from()).isEqualTo(NOW.minus(Duration.ofMinutes(5)));
    assertThat(platform.requests.get(1).to()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    assertThat(r.count(Outcome.Kind.DUPLICATE)).isEqualTo(1);
    assertThat(r.count(Outcome.Kind.IMPORTED)).isEqualTo(1);
    assertThat(store.count()).isEqualTo(2);
  }

  @Test
  void aFailedPageKeepsTheCursorAtTheLastStoredPageAndTheNextPollResumesThere() {
    for (int i = 0; i < 5; i++) {
      platform.change("o" + i, NOW.minusSeconds(1000 - i));
    }
    platform.failOnPage = 1;
    Poller p = poller().build();

    assertThatThrownBy(p::poll).isInstanceOf(PollException.class).hasMessageContaining("HTTP 502");
    PollCursor saved = cursors.load("poller", ChannelId.JD).orElseThrow();
    assertThat(saved.nextPageToken()).contains("2");
    assertThat(store.count()).isEqualTo(2);

    platform.failOnPage = -1;
    clock.advance(Duration.ofMinutes(1));
    PollResult r = p.poll();

    PageRequest resumed = platform.requests.get(platform.requests.size() - 2);
    assertThat(resumed.pageToken()).contains("2");
    assertThat(resumed.to()).isEqualTo(NOW);
    assertThat(r.count(Outcome.Kind.IMPORTED)).isEqualTo(3);
    assertThat(store.count()).isEqualTo(5);
    assertThat(r.cursor().orElseThrow().isComplete()).isTrue();
  }

  @Test
  void theCursorIsSavedOnlyAfterEveryOrderOfThePageHasAnOutcome() {
    for (int i = 0; i < 4; i++) {
      platform.change("o" + i, NOW.minusSeconds(1000 - i));
    }
    List<Long> storedAtSave = new ArrayList<>();
    CursorStore watching = new CursorStore() {
      @Override
      public java.util.Optional<PollCursor> load(String name, ChannelId channel) {
        return cursors.load(name, channel);
      }

      @Override
      public void save(String name, ChannelId channel, PollCursor cursor) {
        storedAtSave.add(store.count());
        cursors.save(name, channel, cursor);
      }
    };

    poller().cursorStore(watching).build().poll();

    assertThat(storedAtSave).containsExactly(2L, 4L);
  }

  @Test
  void aLongOutageIsCaughtUpInWindowsOfAtMostMaxWindow() {
    cursors.save("poller", ChannelId.JD, PollCursor.syncedUntil(NOW.minus(Duration.ofDays(3))));
    Poller p = poller().maxWindow(Duration.ofDays(1)).build();

    p.poll();

    assertThat(platform.requests.get(0).from()).isEqualTo(NOW.minus(Duration.ofDays(3)).minus(Duration.ofMinutes(5)));
    assertThat(platform.requests.get(0).to()).isEqualTo(NOW.minus(Duration.ofDays(2)));
  }

  @Test
  void aFrozenChannelIsNotPolled() {
    Intake frozen = Intake.builder().adapter(TestAdapter.of(ChannelId.JD)).store(store).clock(clock)
        .circuitBreaker(new CircuitBreakerConfig(1, Duration.ofHours(1))).build();
    frozen.process(Delivery.push(ChannelId.JD, new byte[] {'x'}, Map.of(), NOW));
    assertThat(frozen.circuit(ChannelId.JD)).isEqualTo(CircuitState.OPEN);

    PollResult r = Poller.builder().intake(frozen).channel(ChannelId.JD).source(platform).build().poll();

    assertThat(r.skipped()).isTrue();
    assertThat(platform.requests).isEmpty();
  }

  @Test
  void afterTheCoolDownAFrozenPullOnlyChannelIsPolledAgainAndHeals() {
    Intake frozen = Intake.builder().adapter(TestAdapter.of(ChannelId.JD)).store(store).clock(clock)
        .circuitBreaker(new CircuitBreakerConfig(1, Duration.ofMinutes(10))).build();
    frozen.process(Delivery.pull(ChannelId.JD, new byte[] {'x'}, NOW));
    platform.change("a", NOW.minusSeconds(60));
    Poller p = Poller.builder().intake(frozen).channel(ChannelId.JD).source(platform).build();
    clock.advance(Duration.ofMinutes(10));

    assertThat(frozen.circuit(ChannelId.JD)).isEqualTo(CircuitState.HALF_OPEN);
    PollResult r = p.poll();

    assertThat(r.skipped()).isFalse();
    assertThat(r.count(Outcome.Kind.IMPORTED)).isEqualTo(1);
    assertThat(frozen.circuit(ChannelId.JD)).isEqualTo(CircuitState.CLOSED);
  }

  @Test
  void anAdaptersFetchIsAPageSourceThroughTheHostsTransport() {
    platform.change("a", NOW.minusSeconds(100));
    platform.change("b", NOW.minusSeconds(90));
    platform.change("c", NOW.minusSeconds(80));
    List<ChannelRequest> calls = new CopyOnWriteArrayList<>();
    ChannelTransport transport = request -> {
      calls.add(request);
      return new byte[0];
    };
    ChannelAdapter pulling = new ChannelAdapter() {
      @Override
      public ChannelId channel() {
        return ChannelId.JD;
      }

      @Override
      public Order normalize(byte[] payload) {
        return io.orderhub.core.json.OrderJson.standard().read(payload);
      }

      @Override
      public boolean supportsFetch() {
        return true;
      }

      @Override
      public FetchPage fetch(ChannelTransport t, FetchCursor cursor) {
        t.call(new ChannelRequest(ChannelId.JD, "jd.order.search", Map.of("page", cursor.page().orElse("0")), new byte[0]));
        Page page = platform.fetch(new PageRequest(ChannelId.JD, cursor.from(), cursor.to(), cursor.pageToken()));
        return new FetchPage(page.payloads(), page.nextPageToken().orElse(null));
      }
    };

    PollResult r = poller().source(PageSource.fromAdapter(pulling, transport)).build().poll();

    assertThat(r.count(Outcome.Kind.IMPORTED)).isEqualTo(3);
    assertThat(calls).hasSize(2);
    assertThatThrownBy(() -> PageSource.fromAdapter(TestAdapter.of(ChannelId.JD), transport))
        .hasMessageContaining("does not support fetch");
  }

  @Test
  void theBuilderChecksItsDurations() {
    assertThatThrownBy(() -> Poller.builder().overlap(Duration.ofSeconds(-1)))
        .hasMessageContaining("overlap");
    assertThatThrownBy(() -> poller().overlap(Duration.ofHours(2)).maxWindow(Duration.ofHours(1)).build())
        .hasMessageContaining("maxWindow");
    assertThatThrownBy(() -> Poller.builder().intake(intake).channel(ChannelId.JD).build())
        .hasMessageContaining("source");
  }
}
