package io.orderhub.allocation;

import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import io.orderhub.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the scorer knows about one warehouse besides its stock (which lives in the {@link
 * InventoryPool}): where it is, what it may ship, how many orders and waybills it has left, its
 * carriers' days to each destination region, its historical on-time rate, daily sales per SKU and
 * expected restocks. Immutable; build with {@link #builder(WarehouseId)}.
 */
public final class Warehouse {
  private final WarehouseId id;
  private final String region;
  private final boolean hazardousAllowed;
  private final int dailyOrderCap;
  private final int ordersToday;
  private final long waybills;
  private final double onTimeRate;
  private final Map<String, Map<String, Integer>> carrierDays;
  private final Map<String, Map<String, Integer>> carrierLookup;
  private final String[] carriers;
  private final Map<Sku, Double> dailySales;
  private final Map<Sku, Double> salesLookup;
  private final List<ExpectedRestock> restocks;

  private Warehouse(Builder b) {
    this.id = b.id;
    this.region = Checks.requireNonNull(b.region, "warehouse[" + b.id + "].region");
    this.hazardousAllowed = b.hazardousAllowed;
    this.dailyOrderCap = b.dailyOrderCap;
    this.ordersToday = b.ordersToday;
    this.waybills = b.waybills;
    this.onTimeRate = b.onTimeRate;
    Map<String, Map<String, Integer>> days = new TreeMap<>();
    b.carrierDays.forEach((carrier, table) -> days.put(carrier, Collections.unmodifiableMap(new TreeMap<>(table))));
    this.carrierDays = Collections.unmodifiableMap(days);
    Map<String, Map<String, Integer>> lookup = new HashMap<>();
    b.carrierDays.forEach((carrier, table) -> lookup.put(carrier, new HashMap<>(table)));
    this.carrierLookup = lookup;
    this.carriers = days.keySet().toArray(new String[0]);
    this.dailySales = Collections.unmodifiableMap(new TreeMap<>(b.dailySales));
    this.salesLookup = new HashMap<>(b.dailySales);
    this.restocks = List.copyOf(b.restocks);
  }

  /** A builder for the warehouse {@code id}. */
  public static Builder builder(WarehouseId id) {
    return new Builder(Checks.requireNonNull(id, "warehouse.id"));
  }

  /** A builder for the warehouse {@code id}. */
  public static Builder builder(String id) {
    return builder(WarehouseId.of(id));
  }

  public WarehouseId id() {
    return id;
  }

  /** The warehouse's own region, normalised ({@link Regions#normalise}). */
  public String region() {
    return region;
  }

  /** Whether it may ship lines tagged {@link io.orderhub.core.OrderLine#TAG_HAZARDOUS}. */
  public boolean hazardousAllowed() {
    return hazardousAllowed;
  }

  /** Orders it may take per day. */
  public int dailyOrderCap() {
    return dailyOrderCap;
  }

  /** Orders already taken today when this configuration was loaded. */
  public int ordersToday() {
    return ordersToday;
  }

  /** Waybills (electronic shipping labels, 电子面单) left when this configuration was loaded. */
  public long waybills() {
    return waybills;
  }

  /** Share of its shipments that left on time historically, 0 to 1. */
  public double onTimeRate() {
    return onTimeRate;
  }

  /** Days to deliver per carrier and destination region (normalised; {@link Regions#ANY} = anywhere else). */
  public Map<String, Map<String, Integer>> carrierDays() {
    return carrierDays;
  }

  /** Days {@code carrier} takes from here to {@code region} (normalised), if it goes there. */
  public Optional<Integer> days(String carrier, String region) {
    int d = dayCount(carrier, region);
    return d < 0 ? Optional.empty() : Optional.of(d);
  }

  /** The fastest carrier from here to {@code region} (ties: carrier name order), if any goes there. */
  public Optional<String> fastestCarrier(String region) {
    return Optional.ofNullable(fastest(region));
  }

  /** {@link #days} without the boxing: -1 when the carrier does not go there. */
  int dayCount(String carrier, String region) {
    Map<String, Integer> table = carrierLookup.get(carrier);
    if (table == null) {
      return -1;
    }
    Integer d = table.get(region);
    if (d == null) {
      d = table.get(Regions.ANY);
    }
    return d == null ? -1 : d;
  }

  /** {@link #fastestCarrier} without the boxing. */
  @org.jspecify.annotations.Nullable String fastest(String region) {
    String best = null;
    int bestDays = Integer.MAX_VALUE;
    for (String carrier : carriers) {
      int d = dayCount(carrier, region);
      if (d >= 0 && d < bestDays) {
        best = carrier;
        bestDays = d;
      }
    }
    return best;
  }

  /** Units of {@code sku} sold per day here (1 when unknown), for the stock-depth factor. */
  public double dailySales(Sku sku) {
    Double d = salesLookup.get(sku);
    return d == null ? 1.0 : d;
  }

  /** Daily sales per SKU as configured, sorted. */
  public Map<Sku, Double> dailySales() {
    return dailySales;
  }

  /** Expected restocks, in configuration order. */
  public List<ExpectedRestock> restocks() {
    return restocks;
  }

  @Override
  public String toString() {
    return "Warehouse[" + id + " " + region + ", cap=" + dailyOrderCap + ", waybills=" + waybills
        + ", onTime=" + onTimeRate + (hazardousAllowed ? ", hazardous" : "") + "]";
  }

  /** Builds a {@link Warehouse}; only the region is required. Every setter checks its value at once. */
  public static final class Builder {
    private final WarehouseId id;
    private @org.jspecify.annotations.Nullable String region;
    private boolean hazardousAllowed;
    private int dailyOrderCap = Integer.MAX_VALUE;
    private int ordersToday;
    private long waybills = Long.MAX_VALUE;
    private double onTimeRate = 1.0;
    private final Map<String, Map<String, Integer>> carrierDays = new LinkedHashMap<>();
    private final Map<Sku, Double> dailySales = new LinkedHashMap<>();
    private final List<ExpectedRestock> restocks = new ArrayList<>();

    private Builder(WarehouseId id) {
      this.id = id;
    }

    private String field(String name) {
      return "warehouse[" + id + "]." + name;
    }

    /** The warehouse's own region, e.g. {@code 浙江省} (stored normalised). */
    public Builder region(String region) {
      this.region = Regions.normalise(Checks.requireText(region, field("region")));
      return this;
    }

    public Builder hazardousAllowed(boolean allowed) {
      this.hazardousAllowed = allowed;
      return this;
    }

    /** Orders per day, at least 1 (default: no cap). */
    public Builder dailyOrderCap(int cap) {
      Checks.requireArgument(cap > 0, field("dailyCap"), cap, "is not positive");
      this.dailyOrderCap = cap;
      return this;
    }

    /** Orders already taken today (default 0). */
    public Builder ordersToday(int orders) {
      Checks.requireArgument(orders >= 0, field("ordersToday"), orders, "is negative");
      this.ordersToday = orders;
      return this;
    }

    /** Waybills left, zero or more (default: unlimited). */
    public Builder waybills(long waybills) {
      Checks.requireArgument(waybills >= 0, field("waybills"), waybills, "is negative");
      this.waybills = waybills;
      return this;
    }

    /** Historical on-time rate, 0 to 1 (default 1). */
    public Builder onTimeRate(double rate) {
      Checks.requireArgument(rate >= 0 && rate <= 1, field("onTimeRate"), rate, "is not in 0..1");
      this.onTimeRate = rate;
      return this;
    }

    /**
     * Days {@code carrier} takes from here to {@code region} ({@link Regions#ANY} for everywhere
     * else), zero or more; setting the same carrier and region twice is an error.
     */
    public Builder carrierDays(String carrier, String region, int days) {
      Checks.requireText(carrier, field("carriers"));
      String r = Regions.normalise(Checks.requireText(region, field("carriers." + carrier)));
      Checks.requireArgument(days >= 0 && days <= 365, field("carriers." + carrier + "." + region), days,
          "is not in 0..365");
      Map<String, Integer> table = carrierDays.computeIfAbsent(carrier.strip(), c -> new LinkedHashMap<>());
      Checks.requireArgument(!table.containsKey(r), field("carriers." + carrier + "." + region), days, "is set twice");
      table.put(r, days);
      return this;
    }

    /** Units of {@code sku} sold per day here (positive). */
    public Builder dailySales(Sku sku, double unitsPerDay) {
      Checks.requireNonNull(sku, field("dailySales"));
      Checks.requireArgument(unitsPerDay > 0 && Double.isFinite(unitsPerDay), field("dailySales[" + sku + "]"),
          unitsPerDay, "is not a positive number");
      this.dailySales.put(sku, unitsPerDay);
      return this;
    }

    /** An expected restock of {@code quantity} units of {@code sku} on {@code date}. */
    public Builder restock(ExpectedRestock restock) {
      this.restocks.add(Checks.requireNonNull(restock, field("restocks[]")));
      return this;
    }

    /** @throws io.orderhub.core.InvalidValueException when the region is missing */
    public Warehouse build() {
      return new Warehouse(this);
    }
  }
}
