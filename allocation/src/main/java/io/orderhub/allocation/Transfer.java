package io.orderhub.allocation;

import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import io.orderhub.core.internal.Checks;

/**
 * A proposed stock transfer for a {@link Outcome#TRANSFER} allocation; the units are reserved at
 * the source.
 *
 * @param from the source warehouse
 * @param to the warehouse that will ship the order
 * @param sku the SKU
 * @param quantity units to move, at least 1
 */
public record Transfer(WarehouseId from, WarehouseId to, Sku sku, long quantity) {
  public Transfer {
    Checks.requireNonNull(from, "from");
    Checks.requireNonNull(to, "to");
    Checks.requireNonNull(sku, "sku");
    Checks.requireArgument(quantity > 0, "quantity", quantity, "is not positive");
  }
}
