package io.orderhub.examples.demo;

import io.orderhub.core.Order;
import io.orderhub.core.json.OrderJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the sample orders, validates them with Hibernate Validator and shows one as canonical JSON. */
public final class OrderModelSection implements DemoSection {
  @Override
  public String title() {
    return "Order model";
  }

  @Override
  public void run(DemoContext context) {
    PrintWriter out = context.out();
    List<Order> orders = SampleOrders.all(context.clock().instant());
    List<List<String>> rows = new ArrayList<>();
    System.setProperty("org.jboss.logging.provider", "slf4j");
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      out.printf("%-36s %-10s %-8s %5s %14s  %-28s %s%n", "order", "channel", "status", "lines", "paid", "ship to", "valid");
      for (Order o : orders) {
        Set<ConstraintViolation<Order>> violations = validator.validate(o);
        String valid = violations.isEmpty() ? "yes"
            : violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).collect(Collectors.joining("; "));
        String shipTo = o.shippingAddress().map(a -> a.country() + " " + nz(a.city()) + " "
            + (a.detail() == null ? "" : a.detail().masked())).orElse("-");
        String id = o.id() + o.parentOrderId().map(p -> " (child of " + p + ")").orElse("");
        out.printf("%-36s %-10s %-8s %5d %14s  %-28s %s%n", o.id(), o.channel(), o.status(), o.lines().size(),
            o.amounts().paid(), shipTo, valid);
        rows.add(List.of(id, o.channel().value(), o.status().name(), String.valueOf(o.lines().size()),
            o.amounts().paid().toString(), shipTo, valid));
      }
    }
    String json = OrderJson.standard().write(orders.get(0));
    out.println();
    out.println("canonical JSON of " + orders.get(0).id() + ":");
    out.println(json);
    context.report().paragraph("Sample orders built with the typed model and checked with Jakarta Validation.")
        .table(List.of("order", "channel", "status", "lines", "paid", "ship to (masked)", "valid"), rows)
        .pre(json);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
