package io.orderhub.reconcile.sample;

import io.orderhub.core.internal.Checks;
import io.orderhub.reconcile.Payment;
import io.orderhub.reconcile.Settlement;
import io.orderhub.reconcile.Shipment;
import java.util.List;
import java.util.Map;

/**
 * A generated day held in memory.
 *
 * @param payments the payment rows
 * @param settlements the settlement rows
 * @param shipments the shipment rows
 * @param planted the scenario of each order, by matching key (the group id for merged orders)
 */
public record GeneratedDay(
    List<Payment> payments, List<Settlement> settlements, List<Shipment> shipments, Map<String, Scenario> planted) {
  /** Copies everything. */
  public GeneratedDay {
    payments = List.copyOf(payments);
    settlements = List.copyOf(settlements);
    shipments = List.copyOf(shipments);
    Checks.requireNonNull(planted, "planted");
    planted = Map.copyOf(planted);
  }
}
