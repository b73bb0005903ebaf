package io.orderhub.allocation;

import io.orderhub.core.ExternalOrderId;
import io.orderhub.core.OrderId;
import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of allocating one order: the outcome, the shipments (warehouse, carrier, lines and
 * units), proposed transfers, what is missing for a backorder with its promised date, the
 * reservation that holds the stock, and the {@link #explanation()}. Immutable and thread-safe; the
 * explanation is rendered on first access from the numbers the decision was made with.
 */
public final class Allocation {
  private final Plan plan;
  private final List<Shipment> shipments;
  private final List<Transfer> transfers;
  private final Map<Sku, Long> missing;
  private final @Nullable ReservationId reservation;
  private volatile @Nullable Explanation explanation;

  Allocation(Plan plan, @Nullable ReservationId reservation) {
    this.plan = plan;
    this.shipments = plan.shipments();
    this.transfers = plan.transfers();
    this.missing = plan.missingMap();
    this.reservation = reservation;
  }

  /** The allocated order's id. */
  public OrderId orderId() {
    return plan.order.id();
  }

  /** The allocated order's platform id. */
  public ExternalOrderId externalId() {
    return plan.order.externalId();
  }

  /** Single warehouse, split, transfer or backorder. */
  public Outcome outcome() {
    return plan.outcome;
  }

  /** The parcels, best-scoring warehouse first; empty for a backorder. */
  public List<Shipment> shipments() {
    return shipments;
  }

  /** Proposed transfers to the shipping warehouse ({@link Outcome#TRANSFER} only). */
  public List<Transfer> transfers() {
    return transfers;
  }

  /** Units per SKU that are missing ({@link Outcome#BACKORDER} only), sorted. */
  public Map<Sku, Long> missing() {
    return missing;
  }

  /** When expected restocks cover what is missing ({@link Outcome#BACKORDER} only). */
  public Optional<LocalDate> promisedShipDate() {
    return Optional.ofNullable(plan.promised);
  }

  /** The reservation holding the stock; empty for a plan or a backorder. */
  public Optional<ReservationId> reservation() {
    return Optional.ofNullable(reservation);
  }

  /** Every warehouse's filter or per-factor score, and why the chosen ones won. */
  public Explanation explanation() {
    Explanation e = explanation;
    if (e == null) {
      synchronized (plan) {
        e = explanation;
        if (e == null) {
          e = plan.explain();
          explanation = e;
        }
      }
    }
    return e;
  }

  /** Units of {@code sku} this allocation takes from each warehouse (source warehouses for a transfer). */
  public Map<WarehouseId, Long> sources(Sku sku) {
    Map<WarehouseId, Long> out = new LinkedHashMap<>();
    int j = Arrays.binarySearch(plan.skus, sku);
    if (j >= 0) {
      for (int c = 0; c < plan.chosen.length && c < plan.take.length; c++) {
        if (plan.take[c][j] > 0) {
          out.put(plan.ws[plan.chosen[c]].id(), plan.take[c][j]);
        }
      }
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public String toString() {
    return "Allocation[" + orderId() + " " + outcome() + " " + shipments
        + (transfers.isEmpty() ? "" : " transfers=" + transfers)
        + (missing.isEmpty() ? "" : " missing=" + missing) + "]";
  }
}
