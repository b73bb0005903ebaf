package io.orderhub.core.health;

import io.orderhub.core.Order;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.internal.Checks;
import io.orderhub.core.lifecycle.Hold;
import io.orderhub.core.lifecycle.LifecycleRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Classifies orders against a {@link SlaPolicy}: {@link HealthLight#GREEN} on time, {@link
 * HealthLight#YELLOW} past the warning share of the limit, {@link HealthLight#RED} overdue. Time comes
 * from the injected {@link Clock}; a host calls {@link #scan} from its own scheduler (the monitor
 * starts no threads) and the overdue orders go to the {@link AlertSink}. Thread-safe and stateless.
 */
public final class HealthMonitor {
  private static final Set<OrderStatus> BEFORE_SHIPMENT = EnumSet.of(OrderStatus.PAID, OrderStatus.STOCK_LOCKED,
      OrderStatus.WAREHOUSE_ASSIGNED, OrderStatus.PACKING, OrderStatus.LABEL_PRINTED, OrderStatus.ON_HOLD,
      OrderStatus.BACKORDERED);

  private final SlaPolicy policy;
  private final Clock clock;
  private final AlertSink alerts;

  private HealthMonitor(SlaPolicy policy, Clock clock, AlertSink alerts) {
    this.policy = policy;
    this.clock = clock;
    this.alerts = alerts;
  }

  /** A monitor applying {@code policy} at {@code clock}'s time and escalating to {@code alerts}. */
  public static HealthMonitor of(SlaPolicy policy, Clock clock, AlertSink alerts) {
    return new HealthMonitor(Checks.requireNonNull(policy, "policy"), Checks.requireNonNull(clock, "clock"),
        Checks.requireNonNull(alerts, "alerts"));
  }

  /** The policy applied. */
  public SlaPolicy policy() {
    return policy;
  }

  /** The health of one order now, by its status's (or hold queue's) limit. */
  public OrderHealth assess(LifecycleRecord record) {
    return assess(record, null, clock.instant());
  }

  /**
   * The health of one order now; before shipment, the platform's promised ship-by time counts too
   * when it comes before the SLA deadline.
   */
  public OrderHealth assess(LifecycleRecord record, Order order) {
    Checks.requireArgument(order.id().equals(record.orderId()), "order", order.id(),
        "is not the order of the record " + record.orderId());
    return assess(record, order, clock.instant());
  }

  /** Every record's health now, most urgent first; no alerts. */
  public HealthReport check(Collection<LifecycleRecord> records) {
    Instant now = clock.instant();
    List<OrderHealth> out = new ArrayList<>(records.size());
    for (LifecycleRecord r : records) {
      out.add(assess(r, null, now));
    }
    return new HealthReport(now, out);
  }

  /** Like {@link #check}, and escalates every red order to the {@link AlertSink}. */
  public HealthReport scan(Collection<LifecycleRecord> records) {
    return escalate(check(records), Instant.MIN);
  }

  /**
   * Like {@link #check}, and escalates the red orders whose deadline passed after {@code
   * previousScan}: a host that passes its last scan's time alerts each overdue order once.
   */
  public HealthReport scan(Collection<LifecycleRecord> records, Instant previousScan) {
    return escalate(check(records), Checks.requireNonNull(previousScan, "previousScan"));
  }

  private HealthReport escalate(HealthReport report, Instant after) {
    for (OrderHealth h : report.orders()) {
      if (h.light() == HealthLight.RED && h.deadline().orElseThrow().isAfter(after)) {
        alerts.escalate(h);
      }
    }
    return report;
  }

  private OrderHealth assess(LifecycleRecord record, @Nullable Order order, Instant now) {
    Instant entered = record.enteredAt();
    String queue = record.hold().map(Hold::queue).orElse(null);
    Duration limit = policy.limitFor(record).orElse(null);
    Instant deadline = limit == null ? null : entered.plus(limit);
    String rule = limit == null ? "no limit in " + record.status()
        : (queue != null && policy.holdQueueLimits().containsKey(queue) ? "held in " + queue : record.status().name())
            + " within " + human(limit);
    if (order != null && BEFORE_SHIPMENT.contains(record.status()) && order.promisedShipBy().isPresent()) {
      Instant promise = order.promisedShipBy().get();
      if (deadline == null || promise.isBefore(deadline)) {
        deadline = promise;
        rule = "promised ship-by " + promise;
      }
    }
    HealthLight light = HealthLight.GREEN;
    if (deadline != null) {
      if (!now.isBefore(deadline)) {
        light = HealthLight.RED;
      } else {
        long window = Math.max(0, Duration.between(entered, deadline).toMillis());
        Instant warnAt = entered.plusMillis((long) (window * policy.warningRatio()));
        if (!now.isBefore(warnAt)) {
          light = HealthLight.YELLOW;
        }
      }
    }
    return new OrderHealth(record.orderId(), record.status(), light, now, entered, limit, deadline, rule, queue);
  }

  /** {@code 2h}, {@code 90min}, {@code 7d}, {@code 1h30min}. */
  static String human(Duration d) {
    if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
      return d.toDays() + "d";
    }
    long h = d.toHours();
    long m = d.minusHours(h).toMinutes();
    if (h == 0) {
      return d.toMinutes() + "min";
    }
    return h + "h" + (m == 0 ? "" : m + "min");
  }
}
