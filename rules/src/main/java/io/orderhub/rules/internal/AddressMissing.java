package io.orderhub.rules.internal;

import io.orderhub.core.Address;
import io.orderhub.core.internal.Checks;
import io.orderhub.rules.AddressPart;
import io.orderhub.rules.EvaluationContext;
import io.orderhub.rules.Explanation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The shipping address misses one of {@code parts} (an order without an address misses them all).
 * A value object (equal when the part sets are); its description is made once.
 */
public final class AddressMissing extends ValueCondition {
  private final Set<AddressPart> parts;
  private final boolean province;
  private final boolean city;
  private final boolean district;

  /** @param parts the required parts, at least one */
  public AddressMissing(Set<AddressPart> parts) {
    this(checked(parts));
  }

  private AddressMissing(EnumSet<AddressPart> parts) {
    super("address misses any of " + names(parts), parts);
    this.parts = Collections.unmodifiableSet(parts);
    this.province = parts.contains(AddressPart.PROVINCE);
    this.city = parts.contains(AddressPart.CITY);
    this.district = parts.contains(AddressPart.DISTRICT);
  }

  private static EnumSet<AddressPart> checked(Set<AddressPart> parts) {
    Checks.requireNonNull(parts, "parts");
    Checks.requireArgument(!parts.isEmpty(), "parts", parts, "is empty");
    return EnumSet.copyOf(parts);
  }

  private static String names(Set<AddressPart> parts) {
    List<String> names = new ArrayList<>(parts.size());
    for (AddressPart p : parts) {
      names.add(p.jsonName());
    }
    return String.join(", ", names);
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
    return missing.isEmpty() ? Explanation.leaf(description(), false, value)
        : Explanation.leaf("address misses " + String.join(", ", missing), true, value);
  }
}
