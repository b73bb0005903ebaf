package io.orderhub.core.health;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of a {@link HealthMonitor} check: every order's health, most urgent first, and the
 * ones that need action. Immutable.
 */
public final class HealthReport {
  private final Instant at;
  private final List<OrderHealth> orders;

  HealthReport(Instant at, List<OrderHealth> orders) {
    this.at = at;
    List<OrderHealth> sorted = new ArrayList<>(orders);
    sorted.sort(OrderHealth.MOST_URGENT_FIRST);
    this.orders = List.copyOf(sorted);
  }

  /** When the check ran. */
  public Instant at() {
    return at;
  }

  /** Every order checked, most urgent first (red, then yellow, then green; earliest deadline first). */
  public List<OrderHealth> orders() {
    return orders;
  }

  /** The red and yellow orders, most urgent first. */
  public List<OrderHealth> needingAction() {
    List<OrderHealth> out = new ArrayList<>();
    for (OrderHealth h : orders) {
      if (h.light() != HealthLight.GREEN) {
        out.add(h);
      }
    }
    return List.copyOf(out);
  }

  /** How many orders show {@code light}. */
  public long count(HealthLight light) {
    return orders.stream().filter(h -> h.light() == light).count();
  }

  @Override
  public String toString() {
    return "HealthReport[" + at + ": " + count(HealthLight.RED) + " red, " + count(HealthLight.YELLOW) + " yellow, "
        + count(HealthLight.GREEN) + " green]";
  }
}
