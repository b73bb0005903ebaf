package io.orderhub.examples.demo;

import io.orderhub.core.Order;
import io.orderhub.core.health.HealthMonitor;
import io.orderhub.core.health.HealthReport;
import io.orderhub.core.health.OrderHealth;
import io.orderhub.core.health.OrderHealthIndex;
import io.orderhub.core.health.SlaPolicy;
import io.orderhub.core.lifecycle.EventPayload;
import io.orderhub.core.lifecycle.EventSource;
import io.orderhub.core.lifecycle.LifecycleEvent;
import io.orderhub.core.lifecycle.LifecycleRecord;
import io.orderhub.core.lifecycle.LifecycleResult;
import io.orderhub.core.lifecycle.OrderEventType;
import io.orderhub.core.store.InMemoryLifecycleStore;
import io.orderhub.core.store.InMemoryOrderStore;
import io.orderhub.core.store.LifecycleService;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sample orders moving through the lifecycle with events from the platform, WMS and carrier,
 * including one duplicate delivery, one late event and one event that jumps forward; then a health
 * check 90 minutes later (lights, escalations, Order Health Index).
 */
public final class LifecycleSection implements DemoSection {
  private static final Duration LATER = Duration.ofMinutes(90);

  @Override
  public String title() {
    return "Order lifecycle";
  }

  @Override
  public void run(DemoContext context) {
    PrintWriter out = context.out();
    Instant now = context.clock().instant();
    List<Order> orders = SampleOrders.all(now);
    InMemoryOrderStore orderStore = new InMemoryOrderStore();
    InMemoryLifecycleStore records = new InMemoryLifecycleStore();
    orders.forEach(orderStore::insert);
    LifecycleService service = LifecycleService.builder(orderStore, records).clock(context.clock()).build();

    Order taobao = orders.get(0);
    Order shopify = orders.get(1);
    Order vague = orders.get(2);
    List<Delivery> deliveries = List.of(
        new Delivery(taobao, event("wms-1001", EventSource.WMS, OrderEventType.LOCK_STOCK, now, 55)),
        new Delivery(taobao, event("alloc-77", EventSource.RULE, OrderEventType.ASSIGN_WAREHOUSE, now, 54)),
        new Delivery(taobao, event("wms-1002", EventSource.WMS, OrderEventType.START_PACKING, now, 40)),
        new Delivery(taobao, event("wms-1003", EventSource.WMS, OrderEventType.PRINT_LABEL, now, 30)
            .withPayload(EventPayload.builder().trackingNumber("SF1402233445566").build())),
        new Delivery(taobao, event("sf-88001", EventSource.CARRIER, OrderEventType.PICK_UP, now, 10)),
        new Delivery(taobao, event("sf-88001", EventSource.CARRIER, OrderEventType.PICK_UP, now, 10)),
        new Delivery(shopify, event("wms-2001", EventSource.WMS, OrderEventType.LOCK_STOCK, now, 115)),
        new Delivery(shopify, event("alloc-78", EventSource.RULE, OrderEventType.ASSIGN_WAREHOUSE, now, 110)),
        new Delivery(shopify, event("ups-5501", EventSource.CARRIER, OrderEventType.PICK_UP, now, 20)),
        new Delivery(shopify, event("wms-2002", EventSource.WMS, OrderEventType.START_PACKING, now, 60)),
        new Delivery(vague, event("risk-9", EventSource.RULE, OrderEventType.HOLD, now, 28)
            .withPayload(EventPayload.builder().holdReason("address needs checking").reviewQueue("address-review")
                .build())));

    out.printf("%-34s %-18s %-18s %-10s %s%n", "order", "event", "type", "outcome", "state");
    for (Delivery d : deliveries) {
      LifecycleResult r = service.fire(d.order().id(), d.event());
      String state = r.from() + (r.moved() ? " -> " + r.to() : "")
          + (r.implied().isEmpty() ? "" : " (implied " + r.implied() + ")")
          + r.reason().map(x -> " (" + x + ")").orElse("");
      out.printf("%-34s %-18s %-18s %-10s %s%n", d.order().id(), d.event().source() + "/" + d.event().id(),
          d.event().type(), r.outcome(), state);
    }

    List<List<String>> history = new ArrayList<>();
    List<LifecycleRecord> all = new ArrayList<>();
    for (Order o : orders) {
      LifecycleRecord r = service.record(o.id());
      all.add(r);
      r.history().forEach(h -> history.add(List.of(o.id().value(), h.source() + "/" + h.eventId(), h.type().name(),
          h.from().name(), h.to().name(), h.outcome().name(), h.occurredAt().toString(), h.detail().orElse(""))));
    }
    context.report().paragraph("Events from the platform, WMS and carrier applied through the LifecycleService: "
            + "sf-88001 is delivered twice (duplicate), the carrier's pick-up of the Shopify order jumps over packing "
            + "and label (implied), and the WMS's packing event arrives after it (stale).")
        .table(List.of("order", "event", "type", "from", "to", "outcome", "occurred", "detail"), history);

    Clock later = Clock.offset(context.clock(), LATER);
    List<String> escalated = new ArrayList<>();
    HealthMonitor monitor = HealthMonitor.of(SlaPolicy.ofDefaults(), later,
        h -> escalated.add(h.orderId() + " " + h.status() + " overdue by " + h.overdueBy().toMinutes() + " min"));
    HealthReport report = monitor.scan(all);
    out.println();
    out.println("health " + LATER.toMinutes() + " minutes later (" + report.at() + "), most urgent first:");
    out.printf("%-34s %-14s %-7s %8s  %s%n", "order", "status", "light", "dwell", "rule");
    List<List<String>> rows = new ArrayList<>();
    for (OrderHealth h : report.orders()) {
      String dwell = h.dwell().toMinutes() + " min";
      out.printf("%-34s %-14s %-7s %8s  %s%n", h.orderId(), h.status(), h.light(), dwell, h.rule());
      rows.add(List.of(h.orderId().value(), h.status().name(), h.light().name(), dwell, h.rule(),
          h.queue().orElse("")));
    }
    escalated.forEach(e -> out.println("escalated: " + e));
    OrderHealthIndex ohi = OrderHealthIndex.compute(all, SlaPolicy.ofDefaults(), report.at());
    out.printf(Locale.ROOT, "Order Health Index: %.1f%n", ohi.value());
    List<List<String>> components = new ArrayList<>();
    for (OrderHealthIndex.Component c : ohi.components()) {
      out.printf(Locale.ROOT, "  %-28s %d/%d = %.2f  -> %.1f points%n", c.name(), c.matching(), c.counted(), c.rate(),
          c.points());
      components.add(List.of(c.name(), String.format(Locale.ROOT, "%.2f", c.weight()),
          c.matching() + "/" + c.counted(), String.format(Locale.ROOT, "%.1f", c.points())));
    }
    context.report().paragraph("Health " + LATER.toMinutes() + " minutes later, most urgent first.")
        .table(List.of("order", "status", "light", "dwell", "rule", "queue"), rows)
        .paragraph(String.format(Locale.ROOT, "Order Health Index %.1f / 100; escalations: %s", ohi.value(),
            escalated.isEmpty() ? "none" : String.join("; ", escalated)))
        .table(List.of("component", "weight", "on time / counted", "points"), components);
  }

  private static LifecycleEvent event(String id, EventSource source, OrderEventType type, Instant now, long minutesAgo) {
    return LifecycleEvent.of(id, source, type, now.minus(Duration.ofMinutes(minutesAgo)));
  }

  private record Delivery(Order order, LifecycleEvent event) {}
}
