package io.orderhub.allocation;

import io.orderhub.core.WarehouseId;
import io.orderhub.core.internal.Checks;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the {@link Allocator} decides with: the warehouses (their order is the stable
 * tie-break), the score factors and their weights (the four {@link Factors} at 1 each by default;
 * weights are normalised to sum to 1), carrier rules, the split policy and limits. Immutable;
 * validated when built.
 */
public final class AllocationConfig {
  /** Default {@link Builder#splitSearchBudget}: subsets examined before the search turns greedy. */
  public static final int DEFAULT_SPLIT_SEARCH_BUDGET = 20_000;
  /** Default {@link Builder#maxShipments}. */
  public static final int DEFAULT_MAX_SHIPMENTS = 4;

  private final List<Warehouse> warehouses;
  private final List<WarehouseId> warehouseIds;
  private final Warehouse[] warehouseArray;
  /** Each warehouse's on-time rate, daily cap and hazardous permission, in warehouse order (the planner reads them as arrays). */
  private final double[] onTimeRates;
  private final int[] dailyCaps;
  private final boolean[] hazardousAllowed;
  /** Where the planner keeps each factor's raw values, with the built-ins' fast path and without. */
  private final int[] rawRowsFast;
  private final int[] rawRowsReference;
  private final List<ScoreFactor> factors;
  private final double[] weights;
  private final CarrierRules carrierRules;
  private final SplitPolicy splitPolicy;
  private final int maxShipments;
  private final int splitSearchBudget;
  private final ZoneId zone;
  /** Daily sales per warehouse, by SKU code (a String key: cheaper to hash and compare than the record). */
  private final Map<String, double[]> salesIndex = new java.util.HashMap<>();

  private AllocationConfig(Builder b) {
    Checks.requireArgument(!b.warehouses.isEmpty(), "warehouses", "[]", "is empty");
    this.warehouses = List.copyOf(b.warehouses);
    List<WarehouseId> ids = new ArrayList<>();
    warehouses.forEach(w -> ids.add(w.id()));
    this.warehouseIds = List.copyOf(ids);
    this.warehouseArray = warehouses.toArray(new Warehouse[0]);
    this.onTimeRates = new double[warehouseArray.length];
    this.dailyCaps = new int[warehouseArray.length];
    this.hazardousAllowed = new boolean[warehouseArray.length];
    for (int w = 0; w < warehouseArray.length; w++) {
      onTimeRates[w] = warehouseArray[w].onTimeRate();
      dailyCaps[w] = warehouseArray[w].dailyOrderCap();
      hazardousAllowed[w] = warehouseArray[w].hazardousAllowed();
    }
    this.factors = List.copyOf(b.factors.keySet());
    double sum = 0;
    for (double w : b.factors.values()) {
      sum += w;
    }
    Checks.requireArgument(sum > 0, "weights", b.weightsByName(), "are all zero");
    this.weights = new double[factors.size()];
    int i = 0;
    for (double w : b.factors.values()) {
      weights[i++] = w / sum;
    }
    this.rawRowsFast = Plan.rawRows(factors, true);
    this.rawRowsReference = Plan.rawRows(factors, false);
    this.carrierRules = b.carrierRules;
    this.splitPolicy = b.splitPolicy;
    this.maxShipments = b.maxShipments;
    this.splitSearchBudget = b.splitSearchBudget;
    this.zone = b.zone;
    for (int w = 0; w < warehouses.size(); w++) {
      int at = w;
      for (Map.Entry<io.orderhub.core.Sku, Double> e : warehouses.get(w).dailySales().entrySet()) {
        double[] perWarehouse = salesIndex.computeIfAbsent(e.getKey().value(), k -> {
          double[] ones = new double[warehouses.size()];
          java.util.Arrays.fill(ones, 1.0);
          return ones;
        });
        perWarehouse[at] = e.getValue();
      }
    }
  }

  /** Daily sales of {@code sku} per warehouse (in warehouse order), or null when no warehouse sets it. */
  double @org.jspecify.annotations.Nullable [] dailySales(io.orderhub.core.Sku sku) {
    return salesIndex.get(sku.value());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Defaults for everything but the warehouses. */
  public static AllocationConfig ofDefaults(List<Warehouse> warehouses) {
    Builder b = builder();
    warehouses.forEach(b::warehouse);
    return b.build();
  }

  /** The warehouses, in their stable order. */
  public List<Warehouse> warehouses() {
    return warehouses;
  }

  /** The warehouses as an array the caller must not change (for the planner). */
  Warehouse[] warehouseArray() {
    return warehouseArray;
  }

  /** Each warehouse's {@link Warehouse#onTimeRate()}, in warehouse order; the caller must not change it. */
  double[] onTimeRates() {
    return onTimeRates;
  }

  /** Each warehouse's {@link Warehouse#dailyOrderCap()}, in warehouse order; the caller must not change it. */
  int[] dailyCaps() {
    return dailyCaps;
  }

  /** Each warehouse's {@link Warehouse#hazardousAllowed()}, in warehouse order; the caller must not change it. */
  boolean[] hazardousAllowed() {
    return hazardousAllowed;
  }

  /** The planner's layout of raw factor values (see {@code Plan.rawRow}); the caller must not change it. */
  int[] rawRows(boolean fastFactors) {
    return fastFactors ? rawRowsFast : rawRowsReference;
  }

  /** The warehouses' ids, in the stable order. */
  public List<WarehouseId> warehouseIds() {
    return warehouseIds;
  }

  /** The score factors, in explanation order. */
  public List<ScoreFactor> factors() {
    return factors;
  }

  /** The normalised weight of each factor (summing to 1), by name, in factor order. */
  public Map<String, Double> weights() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < factors.size(); i++) {
      out.put(factors.get(i).name(), weights[i]);
    }
    return Collections.unmodifiableMap(out);
  }

  /** The normalised weight of factor {@code index}. */
  public double weight(int index) {
    return weights[index];
  }

  public CarrierRules carrierRules() {
    return carrierRules;
  }

  public SplitPolicy splitPolicy() {
    return splitPolicy;
  }

  /** The most shipments (or source warehouses of a transfer) one order may need. */
  public int maxShipments() {
    return maxShipments;
  }

  /** Subsets the split search may examine before it falls back to a greedy cover. */
  public int splitSearchBudget() {
    return splitSearchBudget;
  }

  /** The zone whose calendar day the daily order caps count in. */
  public ZoneId zone() {
    return zone;
  }

  /** A builder holding this configuration's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.warehouses.addAll(warehouses);
    warehouses.forEach(w -> b.ids.add(w.id()));
    b.factors.clear();
    for (int i = 0; i < factors.size(); i++) {
      b.factors.put(factors.get(i), weights[i]);
    }
    b.carrierRules = carrierRules;
    b.splitPolicy = splitPolicy;
    b.maxShipments = maxShipments;
    b.splitSearchBudget = splitSearchBudget;
    b.zone = zone;
    return b;
  }

  @Override
  public String toString() {
    return "AllocationConfig[warehouses=" + warehouses.size() + ", weights=" + weights() + ", split=" + splitPolicy
        + ", maxShipments=" + maxShipments + ", budget=" + splitSearchBudget + ", zone=" + zone + "]";
  }

  /** Builds an {@link AllocationConfig}; every setter checks its value at once. */
  public static final class Builder {
    private final List<Warehouse> warehouses = new ArrayList<>();
    private final Set<WarehouseId> ids = new HashSet<>();
    private final LinkedHashMap<ScoreFactor, Double> factors = new LinkedHashMap<>();
    private CarrierRules carrierRules = CarrierRules.none();
    private SplitPolicy splitPolicy = SplitPolicy.SPLIT;
    private int maxShipments = DEFAULT_MAX_SHIPMENTS;
    private int splitSearchBudget = DEFAULT_SPLIT_SEARCH_BUDGET;
    private ZoneId zone = ZoneId.of("Asia/Shanghai");

    private Builder() {
      for (ScoreFactor f : Factors.builtIns()) {
        factors.put(f, 1.0);
      }
    }

    /** Adds a warehouse; ids must be unique. */
    public Builder warehouse(Warehouse warehouse) {
      Checks.requireNonNull(warehouse, "warehouses[]");
      Checks.requireArgument(ids.add(warehouse.id()), "warehouses[].id", warehouse.id(), "is set twice");
      warehouses.add(warehouse);
      return this;
    }

    /** Changes the weight (zero or more) of a factor already present, e.g. {@code weight("timeliness", 2)}. */
    public Builder weight(String factorName, double weight) {
      checkWeight(factorName, weight);
      for (ScoreFactor f : factors.keySet()) {
        if (f.name().equals(factorName)) {
          factors.put(f, weight);
          return this;
        }
      }
      throw new io.orderhub.core.InvalidValueException("weights", factorName,
          "is not a factor (known: " + String.join(", ", names()) + ")");
    }

    /** Adds a host factor with its weight (zero or more); names must be unique. */
    public Builder factor(ScoreFactor factor, double weight) {
      Checks.requireNonNull(factor, "factor");
      Checks.requireId(factor.name(), "factor.name");
      Checks.requireArgument(!names().contains(factor.name()), "factor.name", factor.name(), "is set twice");
      checkWeight(factor.name(), weight);
      factors.put(factor, weight);
      return this;
    }

    private static void checkWeight(String name, double weight) {
      Checks.requireArgument(weight >= 0 && Double.isFinite(weight), "weights." + name, weight,
          "is not a finite number >= 0");
    }

    private List<String> names() {
      List<String> names = new ArrayList<>();
      factors.keySet().forEach(f -> names.add(f.name()));
      return names;
    }

    private Map<String, Double> weightsByName() {
      Map<String, Double> out = new LinkedHashMap<>();
      factors.forEach((f, w) -> out.put(f.name(), w));
      return out;
    }

    public Builder carrierRules(CarrierRules rules) {
      this.carrierRules = Checks.requireNonNull(rules, "carrierRules");
      return this;
    }

    public Builder splitPolicy(SplitPolicy policy) {
      this.splitPolicy = Checks.requireNonNull(policy, "splitPolicy");
      return this;
    }

    /** The most warehouses one order may be split across, 2 to 16 (default 4). */
    public Builder maxShipments(int max) {
      Checks.requireArgument(max >= 2 && max <= 16, "maxShipments", max, "is not in 2..16");
      this.maxShipments = max;
      return this;
    }

    /**
     * Subsets the exact split search may examine (1,000 to 10,000,000; default 20,000): the search
     * tries every subset of 2, then 3, ... candidates while the count of subsets fits the budget,
     * and falls back to a greedy cover (largest remaining coverage first) when it does not.
     */
    public Builder splitSearchBudget(int budget) {
      Checks.requireArgument(budget >= 1_000 && budget <= 10_000_000, "splitSearchBudget", budget,
          "is not in 1000..10000000");
      this.splitSearchBudget = budget;
      return this;
    }

    /** The zone of the daily order caps' calendar day (default Asia/Shanghai). */
    public Builder zone(ZoneId zone) {
      this.zone = Checks.requireNonNull(zone, "zone");
      return this;
    }

    /** @throws io.orderhub.core.InvalidValueException when there is no warehouse or all weights are zero */
    public AllocationConfig build() {
      return new AllocationConfig(this);
    }
  }
}
