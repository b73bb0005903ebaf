package io.orderhub.allocation;

import io.orderhub.core.Sku;
import io.orderhub.core.internal.Checks;

/**
 * Units of one order line in one shipment.
 *
 * @param lineId the order line
 * @param sku its SKU
 * @param quantity units shipped in this shipment, at least 1
 */
public record ShipmentLine(String lineId, Sku sku, long quantity) {
  public ShipmentLine {
    Checks.requireNonNull(lineId, "lineId");
    Checks.requireNonNull(sku, "sku");
    Checks.requireArgument(quantity > 0, "quantity", quantity, "is not positive");
  }
}
