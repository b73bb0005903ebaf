package io.orderhub.allocation;

import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import io.orderhub.core.internal.Checks;
import java.util.List;

/**
 * One parcel: a warehouse, the carrier, and the order lines (with units) it holds.
 *
 * @param warehouse where it ships from
 * @param carrier who carries it
 * @param carrierDays that carrier's days to the destination
 * @param lines the lines in it, in order-line order, unmodifiable
 */
public record Shipment(WarehouseId warehouse, String carrier, int carrierDays, List<ShipmentLine> lines) {
  public Shipment {
    Checks.requireNonNull(warehouse, "warehouse");
    Checks.requireNonNull(carrier, "carrier");
    lines = List.copyOf(lines);
  }

  /** Units of {@code sku} in this shipment. */
  public long quantity(Sku sku) {
    long n = 0;
    for (ShipmentLine l : lines) {
      if (l.sku().equals(sku)) {
        n += l.quantity();
      }
    }
    return n;
  }
}
