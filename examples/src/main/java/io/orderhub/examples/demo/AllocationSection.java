package io.orderhub.examples.demo;

import io.orderhub.allocation.Allocation;
import io.orderhub.allocation.Allocator;
import io.orderhub.allocation.CandidateExplanation;
import io.orderhub.allocation.FactorScore;
import io.orderhub.allocation.Outcome;
import io.orderhub.allocation.Shipment;
import io.orderhub.allocation.ShipmentLine;
import io.orderhub.allocation.WarehouseFile;
import io.orderhub.core.Order;
import io.orderhub.core.json.OrderJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Allocates the bundled sample orders against the bundled warehouses and shows a single-warehouse
 * allocation, a split and a backorder, each with its explanation.
 */
public final class AllocationSection implements DemoSection {
  static final String WAREHOUSES = "/samples/allocation/warehouses.json";
  static final String ORDERS = "/samples/allocation/orders.jsonl";

  @Override
  public String title() {
    return "Allocation";
  }

  @Override
  public void run(DemoContext context) {
    PrintWriter out = context.out();
    Allocator allocator = WarehouseFile.read(resource(WAREHOUSES)).newAllocator(context.clock());
    OrderJson json = OrderJson.standard();
    List<Order> orders = new ArrayList<>();
    for (String line : new String(resource(ORDERS), StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        orders.add(json.read(line));
      }
    }
    context.report().paragraph("Orders allocated in arrival order against one shared pool of "
        + allocator.config().warehouses().size() + " warehouses (hard filters, then a weighted score; "
        + "single warehouse, else the fewest-warehouse split, else a backorder).");
    List<List<String>> rows = new ArrayList<>();
    Set<Outcome> shown = EnumSet.noneOf(Outcome.class);
    for (Order order : orders) {
      Allocation a = allocator.allocate(order);
      String what = describe(a);
      out.printf("%-28s %-9s %s%n", a.orderId(), a.outcome(), what);
      rows.add(List.of(a.orderId().value(), a.outcome().name(), what));
      if (a.outcome() != Outcome.TRANSFER && shown.add(a.outcome())) {
        String explanation = a.explanation().render();
        out.print(indent(explanation));
        context.report().paragraph(a.outcome() + ": " + a.orderId() + " — " + what);
        context.report().table(List.of("warehouse", "rank", "total", "factors (raw → normalised × weight)", "verdict"),
            a.explanation().candidates().stream().map(AllocationSection::row).collect(Collectors.toList()));
        context.report().pre(explanation);
      }
    }
    context.report().table(List.of("order", "outcome", "shipments / missing"), rows);
    out.println("backorder queue: " + allocator.backorders().size() + " order(s)");
  }

  private static String describe(Allocation a) {
    if (a.outcome() == Outcome.BACKORDER) {
      return "missing " + a.missing().entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
          .collect(Collectors.joining(", "))
          + a.promisedShipDate().map(d -> ", promised " + d).orElse(", no promised date");
    }
    List<String> parts = new ArrayList<>();
    for (Shipment s : a.shipments()) {
      parts.add(s.warehouse() + " via " + s.carrier() + " [" + s.lines().stream()
          .map((ShipmentLine l) -> l.sku() + "×" + l.quantity()).collect(Collectors.joining(", ")) + "]");
    }
    return String.join("; ", parts);
  }

  private static List<String> row(CandidateExplanation c) {
    String factors = c.factors().stream().map((FactorScore f) -> String.format(Locale.ROOT, "%s %.2f → %.2f × %.2f",
        f.factor(), f.raw(), f.normalised(), f.weight())).collect(Collectors.joining("; "));
    return List.of((c.chosen() ? "* " : "") + c.warehouse(), c.filtered() ? "-" : String.valueOf(c.rank()),
        c.filtered() ? "filtered" : String.format(Locale.ROOT, "%.3f", c.total()), factors, c.verdict());
  }

  private static String indent(String text) {
    return text.lines().map(l -> "    " + l).collect(Collectors.joining("\n", "", "\n"));
  }

  private static byte[] resource(String name) {
    try (InputStream in = AllocationSection.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled sample " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
