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
    // the three parts checked directly: no set iterator, no Optional per part
    return parts.contains(AddressPart.PROVINCE) && a.province() == null
        || parts.contains(AddressPart.CITY) && a.city() == null
        || parts.contains(AddressPart.DISTRICT) && a.district() == null;
  }

  @Override
  public Explanation explain(EvaluationContext context) {
    Address a = context.order().shippingAddress().orElse(null);
    if (a == null) {
      return Explanation.leaf("order has no shipping address", true, "none");
    }
    List<String> missing = new ArrayList<>(parts.size());
    List<String> shown = new ArrayList<>(parts.size());
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
    List<String> names = new ArrayList<>(parts.size());
    for (AddressPart p : parts) {
      names.add(p.jsonName());
    }
    return "address misses any of " + String.join(", ", names);
  }
}
