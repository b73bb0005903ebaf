package io.orderhub.allocation;

import io.orderhub.core.OrderHubException;
import io.orderhub.core.OrderId;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A reservation was refused because at least one position has fewer sellable units than asked
 * for. Nothing was reserved (all or nothing).
 */
public class InsufficientStockException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  /**
   * What one position lacked.
   *
   * @param requested units asked for
   * @param sellable units that were sellable at the time
   */
  public record Shortfall(long requested, long sellable) {
    /** {@code requested − sellable}. */
    public long missing() {
      return requested - sellable;
    }
  }

  private final OrderId owner;
  private final transient Map<StockKey, Shortfall> shortfalls;

  public InsufficientStockException(OrderId owner, Map<StockKey, Shortfall> shortfalls) {
    super("cannot reserve for " + owner + ": " + shortfalls.entrySet().stream()
        .map(e -> e.getKey() + " requested " + e.getValue().requested() + ", sellable " + e.getValue().sellable())
        .collect(Collectors.joining("; ")));
    this.owner = owner;
    this.shortfalls = Collections.unmodifiableMap(new TreeMap<>(shortfalls));
  }

  /** The order the reservation was for. */
  public OrderId owner() {
    return owner;
  }

  /** Every position that lacked units, sorted. */
  public Map<StockKey, Shortfall> shortfalls() {
    return shortfalls;
  }
}
