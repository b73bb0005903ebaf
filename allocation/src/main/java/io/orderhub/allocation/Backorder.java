package io.orderhub.allocation;

import io.orderhub.core.Order;
import io.orderhub.core.Sku;
import io.orderhub.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An order waiting for stock, in the allocator's backorder queue.
 *
 * @param sequence arrival number; restocks re-try backorders in this order
 * @param order the order
 * @param missing units per SKU that were missing when it was queued, sorted, unmodifiable
 * @param promisedShipDate when expected restocks cover what is missing, or {@code null}
 * @param queuedAt when it was first queued
 */
public record Backorder(long sequence, Order order, Map<Sku, Long> missing, @Nullable LocalDate promisedShipDate,
    Instant queuedAt) {
  public Backorder {
    Checks.requireNonNull(order, "order");
    missing = Collections.unmodifiableMap(new TreeMap<>(missing));
    Checks.requireNonNull(queuedAt, "queuedAt");
  }

  /** The promised ship date, when known. */
  public Optional<LocalDate> promised() {
    return Optional.ofNullable(promisedShipDate);
  }
}
