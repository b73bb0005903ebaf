package io.orderhub.allocation;

import io.orderhub.core.Sku;
import io.orderhub.core.internal.Checks;
import java.time.LocalDate;

/**
 * Units of a SKU a warehouse expects to receive on a date (a purchase order or an inbound
 * transfer); used to promise a date to backordered orders.
 *
 * @param sku the SKU
 * @param date the expected arrival date
 * @param quantity units expected, at least 1
 */
public record ExpectedRestock(Sku sku, LocalDate date, long quantity) {
  public ExpectedRestock {
    Checks.requireNonNull(sku, "restock.sku");
    Checks.requireNonNull(date, "restock.date");
    Checks.requireArgument(quantity > 0 && quantity <= StockLevel.MAX_QUANTITY, "restock.quantity", quantity,
        "is not in 1.." + StockLevel.MAX_QUANTITY);
  }
}
