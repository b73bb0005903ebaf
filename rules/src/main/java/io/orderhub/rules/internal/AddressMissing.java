package io.orderhub.rules.internal;

import io.orderhub.core.Address;
import io.orderhub.core.internal.Checks;
import io.orderhub.rules.AddressPart;
import io.orderhub.rules.Condition;
import io.orderhub.rules.EvaluationContext;
import io.orderhub.rules.Explanation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shipping address misses one of {@code parts} (an order without an address misses them all).
 *
 * @param parts the required parts, at least one
 */
public record AddressMissing(Set<AddressPart> parts) implements Condition {
  public AddressMissing {
    Checks.requireNonNull(parts, "parts");
    Checks.requireArgument(!parts.isEmpty(), "parts", parts, "is empty");
    parts = Collections.unmodifiableSet(EnumSet.copyOf(parts));
  }

  @Override
  public boolean test(EvaluationContext context) {
    Address a = context.order().shippingAddress().orElse(null);
    if (a == null) {
      return true;
    }
    for (AddressPart p : parts) {
      if (p.of(a).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Explanation explain(EvaluationContext context) {
    Address a = context.order().shippingAddress().orElse(null);
    if (a == null) {
      return Explanation.leaf("order has no shipping address", true, "none");
    }
    List<String> missing = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (AddressPart p : parts) {
      String v = p.of(a).orElse(null);
      if (v == null) {
        missing.add(p.jsonName());
      }
      shown.add(p.jsonName() + "=" + (v == null ? "(none)" : v));
    }
    String value = "\"" + String.join(", ", shown) + "\"";
    return missing.isEmpty() ? Explanation.leaf(description(), false, value)
        : Explanation.leaf("address misses " + String.join(", ", missing), true, value);
  }

  @Override
  public String description() {
    return "address misses any of " + parts.stream().map(AddressPart::jsonName).collect(Collectors.joining(", "));
  }
}
