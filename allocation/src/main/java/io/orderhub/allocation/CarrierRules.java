package io.orderhub.allocation;

import io.orderhub.core.Order;
import io.orderhub.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which carrier ships to which destination region (e.g. Jiangsu/Zhejiang/Shanghai → ZTO, Guangdong
 * → Yunda), with a per-order override: an order attribute (by default {@code carrier}) naming a
 * carrier wins over the rules. Immutable.
 *
 * <p>For each shipment the allocator uses, in order: the order's override; the rule's carrier if
 * the shipping warehouse has days for it to the destination; else the warehouse's fastest carrier
 * to the destination.
 */
public final class CarrierRules {
  private static final CarrierRules NONE = builder().build();

  private final Map<String, String> byRegion;
  private final List<Map.Entry<List<String>, String>> rules;
  private final String overrideAttribute;

  private CarrierRules(Builder b) {
    this.byRegion = Collections.unmodifiableMap(new LinkedHashMap<>(b.byRegion));
    this.rules = List.copyOf(b.rules);
    this.overrideAttribute = b.overrideAttribute;
  }

  /** No region rules: every shipment goes with its warehouse's fastest carrier unless overridden. */
  public static CarrierRules none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The rule carrier for a destination region (normalised); {@link Regions#ANY} rule as the fallback. */
  public Optional<String> carrierFor(String region) {
    return Optional.ofNullable(carrierOrNull(region));
  }

  /** {@link #carrierFor} without the {@code Optional} (the planner asks for every order). */
  @Nullable String carrierOrNull(String region) {
    String c = byRegion.get(region);
    return c != null ? c : byRegion.get(Regions.ANY);
  }

  /** The carrier the order itself asks for, from its override attribute. */
  public Optional<String> override(Order order) {
    Object v = order.attributes().get(overrideAttribute);
    if (v == null) {
      return Optional.empty();
    }
    String s = v instanceof com.fasterxml.jackson.databind.JsonNode
        ? ((com.fasterxml.jackson.databind.JsonNode) v).asText() : String.valueOf(v);
    return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  /** The order attribute that overrides the rules. */
  public String overrideAttribute() {
    return overrideAttribute;
  }

  /** The rules in the order they were added: regions (normalised) and carrier. */
  public List<Map.Entry<List<String>, String>> rules() {
    return rules;
  }

  @Override
  public String toString() {
    return "CarrierRules" + byRegion;
  }

  /** Builds {@link CarrierRules}; a region may appear in one rule only. */
  public static final class Builder {
    private final Map<String, String> byRegion = new LinkedHashMap<>();
    private final List<Map.Entry<List<String>, String>> rules = new ArrayList<>();
    private String overrideAttribute = "carrier";

    private Builder() {}

    /** Ships to every region in {@code regions} ({@link Regions#ANY} for the rest) with {@code carrier}. */
    public Builder rule(List<String> regions, String carrier) {
      Checks.requireNonNull(regions, "carrierRules.regions");
      Checks.requireArgument(!regions.isEmpty(), "carrierRules.regions", regions, "is empty");
      String c = Checks.requireText(carrier, "carrierRules.carrier").strip();
      List<String> normalised = new ArrayList<>();
      for (String region : regions) {
        String r = Regions.normalise(Checks.requireText(region, "carrierRules.regions[]"));
        Checks.requireArgument(!byRegion.containsKey(r), "carrierRules.regions[]", region, "has a rule already");
        byRegion.put(r, c);
        normalised.add(r);
      }
      rules.add(Map.entry(List.copyOf(normalised), c));
      return this;
    }

    /** The carrier for regions no rule names (same as a rule for {@link Regions#ANY}). */
    public Builder defaultCarrier(String carrier) {
      return rule(List.of(Regions.ANY), carrier);
    }

    /** The order attribute whose text overrides the rules (default {@code carrier}). */
    public Builder overrideAttribute(@Nullable String attribute) {
      this.overrideAttribute = Checks.requireText(attribute, "carrierRules.overrideAttribute");
      return this;
    }

    public CarrierRules build() {
      return new CarrierRules(this);
    }
  }
}
