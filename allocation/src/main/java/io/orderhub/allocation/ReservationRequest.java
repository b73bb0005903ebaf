package io.orderhub.allocation;

import io.orderhub.allocation.internal.Positions;
import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.OrderLine;
import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import io.orderhub.core.internal.Checks;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What to reserve for one order: units per stock position, with demand for the same position summed
 * across lines before anything is checked (two lines of one SKU can never each pass a check the sum
 * would fail).
 */
public final class ReservationRequest {
  private final OrderId owner;
  private final Map<StockKey, Long> quantities;
  private final @Nullable Duration ttl;

  private ReservationRequest(Builder b) {
    this.owner = b.owner;
    Checks.requireArgument(!b.quantities.isEmpty(), "quantities", "{}", "is empty");
    this.quantities = Positions.of(b.quantities, "quantities"); // sorted, immutable, shared by the reservation
    this.ttl = b.ttl;
  }

  private ReservationRequest(OrderId owner, Positions quantities) {
    this.owner = owner;
    this.quantities = quantities;
    this.ttl = null;
  }

  /** A request for {@code owner} of positions already validated and sorted (the planner's, built without a map). */
  static ReservationRequest of(OrderId owner, Positions quantities) {
    Checks.requireArgument(quantities.count() > 0, "quantities", "{}", "is empty");
    return new ReservationRequest(owner, quantities);
  }

  /** A request for {@code owner}. */
  public static Builder builder(OrderId owner) {
    return new Builder(Checks.requireNonNull(owner, "owner"));
  }

  /** Every line of {@code order} from one warehouse, summed per SKU. */
  public static ReservationRequest wholeOrder(Order order, WarehouseId warehouse) {
    Builder b = builder(order.id());
    for (OrderLine line : order.lines()) {
      b.add(warehouse, line.sku(), line.quantity());
    }
    return b.build();
  }

  /** The order the units are for. */
  public OrderId owner() {
    return owner;
  }

  /** Units per position, summed, sorted, unmodifiable. */
  public Map<StockKey, Long> quantities() {
    return quantities;
  }

  /** The time to live, when it differs from the pool's default. */
  public Optional<Duration> ttl() {
    return Optional.ofNullable(ttl);
  }

  @Override
  public String toString() {
    return "ReservationRequest[" + owner + " " + quantities + "]";
  }

  /** Builds a {@link ReservationRequest}; {@link #add} sums quantities for the same position. */
  public static final class Builder {
    private final OrderId owner;
    private final TreeMap<StockKey, Long> quantities = new TreeMap<>();
    private @Nullable Duration ttl;

    private Builder(OrderId owner) {
      this.owner = owner;
    }

    /** Adds {@code quantity} (at least 1) units of {@code sku} from {@code warehouse}. */
    public Builder add(WarehouseId warehouse, Sku sku, long quantity) {
      return add(StockKey.of(warehouse, sku), quantity);
    }

    /** Adds {@code quantity} (at least 1) units at {@code key}. */
    public Builder add(StockKey key, long quantity) {
      Checks.requireNonNull(key, "key");
      // the field name is built only on failure (this runs for every position of every order)
      if (quantity <= 0 || quantity > StockLevel.MAX_QUANTITY) {
        Checks.requireArgument(false, "quantity[" + key + "]", quantity, "is not in 1.." + StockLevel.MAX_QUANTITY);
      }
      Long before = quantities.get(key);
      long sum = before == null ? quantity : before + quantity;
      if (sum > StockLevel.MAX_QUANTITY) {
        Checks.requireArgument(false, "quantity[" + key + "]", sum, "exceeds " + StockLevel.MAX_QUANTITY);
      }
      quantities.put(key, sum);
      return this;
    }

    /** How long the units are held before they expire (positive); defaults to the pool's TTL. */
    public Builder ttl(Duration ttl) {
      Checks.requireNonNull(ttl, "ttl");
      Checks.requireArgument(!ttl.isNegative() && !ttl.isZero(), "ttl", ttl, "is not positive");
      this.ttl = ttl;
      return this;
    }

    /** @throws io.orderhub.core.InvalidValueException when nothing was added */
    public ReservationRequest build() {
      return new ReservationRequest(this);
    }
  }
}
