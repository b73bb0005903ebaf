package io.orderhub.examples.demo;

import io.orderhub.core.Order;
import io.orderhub.core.json.OrderJson;
import io.orderhub.core.lifecycle.LifecycleResult;
import io.orderhub.core.lifecycle.Outcome;
import io.orderhub.core.store.InMemoryLifecycleStore;
import io.orderhub.core.store.InMemoryOrderStore;
import io.orderhub.core.store.LifecycleService;
import io.orderhub.rules.BuiltInRules;
import io.orderhub.rules.Decision;
import io.orderhub.rules.LifecycleBridge;
import io.orderhub.rules.RuleResult;
import io.orderhub.rules.RuleRunner;
import io.orderhub.rules.RuleSet;
import io.orderhub.rules.RuleSetJson;
import io.orderhub.rules.spi.GeocodeResult;
import io.orderhub.rules.spi.Geocoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the sample rule file over the sample orders ({@code samples/rules/}) and shows each built-in
 * rule firing on a sample order, with its explanation down to the leaf conditions and their values;
 * then applies each decision to the lifecycle ({@link LifecycleBridge}), so held and frozen orders go
 * on hold with the rule named in their history.
 */
public final class RulesSection implements DemoSection {
  private static final String RULES = "/samples/rules/rules.json";
  private static final String ORDERS = "/samples/rules/orders.jsonl";

  /** A stand-in for the host's geocoder: unsure of addresses given relative to a landmark. */
  private static final Geocoder DEMO_GEOCODER = address -> Optional.of(
      address.detail() != null && address.detail().value().contains("附近")
          ? new GeocodeResult(0.45, "city") : new GeocodeResult(0.93, "street"));

  @Override
  public String title() {
    return "Routing rules";
  }

  @Override
  public void run(DemoContext context) {
    PrintWriter out = context.out();
    RuleSet set = RuleSetJson.standard().read(resource(RULES), "classpath:" + RULES);
    RuleRunner runner = RuleRunner.builder(set).clock(context.clock()).geocoder(DEMO_GEOCODER).build();
    InMemoryOrderStore orders = new InMemoryOrderStore();
    LifecycleService lifecycle = LifecycleService.builder(orders, new InMemoryLifecycleStore())
        .clock(context.clock()).build();
    LifecycleBridge bridge = LifecycleBridge.to(lifecycle);
    Map<String, Decision> firstFiring = new LinkedHashMap<>();
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> events = new ArrayList<>();
    int held = 0;
    for (String line : new String(resource(ORDERS), StandardCharsets.UTF_8).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Order order = OrderJson.standard().read(line);
      orders.insert(order);
      Decision d = runner.evaluate(order, order.createdAt());
      boolean stopped = false;
      for (LifecycleResult r : bridge.apply(d)) {
        stopped |= r.outcome() == Outcome.APPLIED;
        events.add(List.of(order.id().value(), r.event().id(), r.event().payload().reviewQueue().orElse(""),
            r.event().payload().holdReason().orElse(""), r.outcome().name(),
            r.from() + (r.moved() ? " -> " + r.to() : "") + r.reason().map(x -> " (" + x + ")").orElse("")));
      }
      held += stopped ? 1 : 0;
      for (String id : d.firedIds()) {
        firstFiring.putIfAbsent(id, d);
      }
      rows.add(List.of(order.id().value(), d.isClear() ? "-" : String.join(", ", d.firedIds()),
          String.join(", ", d.queues())));
    }
    out.printf("%d sample orders, %d rules; %d orders put on hold (held or frozen) in the lifecycle.%n", rows.size(),
        set.rules().size(), held);
    StringBuilder explained = new StringBuilder();
    for (String id : BuiltInRules.IDS) {
      Decision d = firstFiring.get(id);
      if (d == null) {
        throw new IllegalStateException("the sample orders no longer make " + id + " fire");
      }
      RuleResult r = d.result(id).orElseThrow();
      String block = id + " on " + d.orderId() + " -> " + r.outcomes() + "\n" + indent(r.explanation().render());
      out.println();
      out.println(block);
      explained.append(block).append("\n\n");
    }
    context.report().paragraph("The sample rule file (the built-in rules plus one seller rule) over "
            + rows.size() + " sample orders, in order time: velocity windows accumulate across the file.")
        .table(List.of("order", "rules fired", "queues"), rows)
        .paragraph("Each built-in rule firing on a sample order, explained down to the leaf conditions and "
            + "their actual values (phones masked):")
        .pre(explained.toString().strip())
        .paragraph("Each decision applied to the lifecycle through the LifecycleBridge: one HOLD event per hold, "
            + "approval or freeze, with the rule in the event id and the reason. An order already on hold, shipped "
            + "or in after-sales is not moved: the lifecycle rejects the event and the history keeps it.")
        .table(List.of("order", "event", "queue", "reason", "outcome", "state"), events);
    out.println();
    out.println("decisions applied to the lifecycle (one HOLD event per hold, approval or freeze):");
    for (List<String> e : events) {
      out.printf("%-30s %-52s %-9s %s%n", e.get(0), e.get(1), e.get(4), e.get(5));
    }
  }

  private static String indent(String text) {
    return "    " + text.replace("\n", "\n    ");
  }

  private static byte[] resource(String name) {
    try (InputStream in = RulesSection.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
