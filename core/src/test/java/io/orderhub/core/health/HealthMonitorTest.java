package io.orderhub.core.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.Amounts;
import io.orderhub.core.ChannelId;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.lifecycle.EventPayload;
import io.orderhub.core.lifecycle.EventSource;
import io.orderhub.core.lifecycle.Lifecycle;
import io.orderhub.core.lifecycle.LifecycleEvent;
import io.orderhub.core.lifecycle.LifecycleRecord;
import io.orderhub.core.lifecycle.OrderEventType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthMonitorTest {
  static final Instant NOW = Instant.parse("2026-11-11T12:00:00Z");

  final List<OrderHealth> alerts = new ArrayList<>();
  final HealthMonitor monitor = HealthMonitor.of(SlaPolicy.ofDefaults(), Clock.fixed(NOW, ZoneOffset.UTC), alerts::add);

  static LifecycleRecord paidMinutesAgo(String id, long minutes) {
    return LifecycleRecord.start(OrderId.of(id), OrderStatus.PAID, NOW.minus(Duration.ofMinutes(minutes)));
  }

  @Test
  void classifiesByShareOfTheLimit() {
    assertThat(monitor.assess(paidMinutesAgo("a", 60)).light()).isEqualTo(HealthLight.GREEN);
    assertThat(monitor.assess(paidMinutesAgo("b", 95)).light()).isEqualTo(HealthLight.GREEN);
    assertThat(monitor.assess(paidMinutesAgo("c", 96)).light()).isEqualTo(HealthLight.YELLOW);
    OrderHealth red = monitor.assess(paidMinutesAgo("d", 150));
    assertThat(red.light()).isEqualTo(HealthLight.RED);
    assertThat(red.overdueBy()).isEqualTo(Duration.ofMinutes(30));
    assertThat(red.dwell()).isEqualTo(Duration.ofMinutes(150));
    assertThat(red.limit()).contains(Duration.ofHours(2));
    assertThat(red.rule()).isEqualTo("PAID within 2h");
  }

  @Test
  void aStateWithoutALimitIsGreen() {
    LifecycleRecord delivered = LifecycleRecord.start(OrderId.of("x"), OrderStatus.DELIVERED, NOW.minus(Duration.ofDays(40)));
    OrderHealth h = monitor.assess(delivered);
    assertThat(h.light()).isEqualTo(HealthLight.GREEN);
    assertThat(h.deadline()).isEmpty();
    assertThat(h.rule()).isEqualTo("no limit in DELIVERED");
  }

  @Test
  void aHeldOrderUsesItsQueuesLimit() {
    SlaPolicy policy = SlaPolicy.custom().holdQueueLimit("risk", Duration.ofHours(8)).build();
    HealthMonitor m = HealthMonitor.of(policy, Clock.fixed(NOW, ZoneOffset.UTC), AlertSink.noop());
    LifecycleRecord paid = paidMinutesAgo("h", 600);
    LifecycleRecord risk = held(paid, "risk");
    LifecycleRecord presale = held(paid, "presale");
    assertThat(m.assess(risk).light()).isEqualTo(HealthLight.GREEN);
    assertThat(m.assess(risk).rule()).isEqualTo("held in risk within 8h");
    assertThat(m.assess(presale).light()).isEqualTo(HealthLight.RED);
    assertThat(m.assess(presale).queue()).contains("presale");
  }

  static LifecycleRecord held(LifecycleRecord r, String queue) {
    LifecycleEvent hold = LifecycleEvent.of("h-" + queue, EventSource.RULE, OrderEventType.HOLD,
        NOW.minus(Duration.ofHours(3)), EventPayload.builder().reviewQueue(queue).holdReason("check").build());
    return Lifecycle.standard().apply(r, hold, NOW).record();
  }

  @Test
  void aPromisedShipByEarlierThanTheSlaWins() {
    LifecycleRecord r = paidMinutesAgo("taobao-p", 30);
    Money price = Money.cny("10.00");
    Order order = Order.builder().channel(ChannelId.TAOBAO).externalId("p").status(OrderStatus.PAID)
        .line(OrderLine.builder().lineId("1").sku("S").title("t").quantity(1).unitPrice(price).build())
        .amounts(Amounts.of(price)).createdAt(NOW.minusSeconds(3600)).promisedShipBy(NOW.minusSeconds(60)).build();
    OrderHealth h = monitor.assess(r, order);
    assertThat(h.light()).isEqualTo(HealthLight.RED);
    assertThat(h.rule()).startsWith("promised ship-by");
    assertThatThrownBy(() -> monitor.assess(paidMinutesAgo("other", 1), order)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void listsTheOrdersThatNeedActionFirstAndEscalatesTheOverdue() {
    List<LifecycleRecord> all = List.of(paidMinutesAgo("green", 10), paidMinutesAgo("yellow", 100),
        paidMinutesAgo("red-late", 130), paidMinutesAgo("red-very-late", 500));
    HealthReport report = monitor.scan(all);
    assertThat(report.orders()).extracting(h -> h.orderId().value())
        .containsExactly("red-very-late", "red-late", "yellow", "green");
    assertThat(report.needingAction()).extracting(h -> h.orderId().value())
        .containsExactly("red-very-late", "red-late", "yellow");
    assertThat(report.count(HealthLight.RED)).isEqualTo(2);
    assertThat(alerts).extracting(h -> h.orderId().value()).containsExactly("red-very-late", "red-late");
  }

  @Test
  void aScanSincePreviousEscalatesOnlyTheNewlyOverdue() {
    List<LifecycleRecord> all = List.of(paidMinutesAgo("red-late", 130), paidMinutesAgo("red-very-late", 500));
    monitor.scan(all, NOW.minus(Duration.ofMinutes(15)));
    assertThat(alerts).extracting(h -> h.orderId().value()).containsExactly("red-late");
  }

  @Test
  void checkingSendsNoAlerts() {
    monitor.check(List.of(paidMinutesAgo("red", 500)));
    assertThat(alerts).isEmpty();
  }

  @Test
  void theBuiltInSinksAcceptEscalations() {
    OrderHealth red = monitor.assess(paidMinutesAgo("red", 500));
    AlertSink.noop().escalate(red);
    AlertSink.logging().escalate(red);
    assertThat(AlertSink.noop()).isSameAs(AlertSink.noop());
  }

  @Test
  void formatsDurations() {
    assertThat(HealthMonitor.human(Duration.ofHours(2))).isEqualTo("2h");
    assertThat(HealthMonitor.human(Duration.ofMinutes(90))).isEqualTo("1h30min");
    assertThat(HealthMonitor.human(Duration.ofMinutes(15))).isEqualTo("15min");
    assertThat(HealthMonitor.human(Duration.ofDays(7))).isEqualTo("7d");
  }
}
