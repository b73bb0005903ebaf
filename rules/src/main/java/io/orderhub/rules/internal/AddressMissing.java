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
import org.jspecify.annotations.Nullable;

/**
 * The shipping address misses one of {@code parts} (an order without an address misses them all).
 * A value object (equal when the part sets are); its description is made once.
 */
public final class AddressMissing implements Condition {
  private final Set<AddressPart> parts;
  private final boolean province;
  private final boolean city;
  private final boolean district;
  private final String description;

  /** @param parts the required parts, at least one */
  public AddressMissing(Set<AddressPart> parts) {
    Checks.requireNonNull(parts, "parts");
    Checks.requireArgument(!parts.isEmpty(), "parts", parts, "is empty");
    this.parts = Collections.unmodifiableSet(EnumSet.copyOf(parts));
    this.province = parts.contains(AddressPart.PROVINCE);
    this.city = parts.contains(AddressPart.CITY);
    this.district = parts.contains(AddressPart.DISTRICT);
    List<String> names = new ArrayList<>(this.parts.size());
    for (AddressPart p : this.parts) {
      names.add(p.jsonName());
    }
    this.description = "address misses any of " + String.join(", ", names);
  }

  /** The required parts (unmodifiable). */
  public Set<AddressPart> parts() {
    return parts;
  }

  @Override
  public boolean test(EvaluationContext context) {
    Address a = context.order().shippingAddress().orElse(null);
    if (a == null) {
      return true;
    }
    return province && a.province() == null || city && a.city() == null || district && a.district() == null;
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
    return missing.isEmpty() ? Explanation.leaf(description, false, value)
        : Explanation.leaf("address misses " + String.join(", ", missing), true, value);
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AddressMissing && ((AddressMissing) o).parts.equals(parts);
  }

  @Override
  public int hashCode() {
    return parts.hashCode();
  }

  @Override
  public String toString() {
    return "AddressMissing[parts=" + parts + "]";
  }
}
