package io.orderhub.allocation;

import io.orderhub.core.Order;
import io.orderhub.core.Sku;
import java.util.Map;

/**
 * What a {@link ScoreFactor} sees of one candidate warehouse for one order. Valid only during the
 * call; do not keep it.
 */
public interface CandidateView {
  /** The order being allocated. */
  Order order();

  /** Units per SKU the order asks for, summed across lines, sorted. */
  Map<Sku, Long> demand();

  /** How many distinct SKUs the order has; {@link #sku}, {@link #demand(int)} and {@link #sellableAt} index them. */
  int skuCount();

  /** The {@code j}-th SKU of the order, in SKU order. */
  Sku sku(int j);

  /** Units of the {@code j}-th SKU the order asks for. */
  long demand(int j);

  /** Units of the {@code j}-th SKU the warehouse can sell now. */
  long sellableAt(int j);

  /** Units of the {@code j}-th SKU the warehouse sells per day (1 when not configured). */
  double dailySalesAt(int j);

  /** The destination region, normalised ({@link Regions#UNKNOWN} without an address). */
  String destination();

  /** The candidate warehouse. */
  Warehouse warehouse();

  /** Units of {@code sku} the warehouse can sell now. */
  long sellable(Sku sku);

  /** The carrier this warehouse would ship the order with. */
  String carrier();

  /** That carrier's days from this warehouse to the destination. */
  int carrierDays();

  /** Waybills the warehouse has left now. */
  long waybillsLeft();

  /** Orders the warehouse has taken today. */
  int ordersToday();
}
