package io.orderhub.allocation;

import io.orderhub.allocation.internal.Positions;
import io.orderhub.core.OrderId;
import io.orderhub.core.internal.Checks;
import java.time.Instant;
import java.util.Map;

/**
 * Units held for one order across one or more stock positions (库存预占). Immutable: a state change
 * yields a new value through {@link #withState}.
 *
 * @param id the reservation's id
 * @param owner the order the units are held for
 * @param quantities units per position, all above zero, sorted by position, unmodifiable
 * @param createdAt when the units were reserved
 * @param expiresAt from this instant on, the reservation counts as expired
 * @param state the reservation's state
 */
public record Reservation(
    ReservationId id, OrderId owner, Map<StockKey, Long> quantities, Instant createdAt, Instant expiresAt,
    ReservationState state) {

  public Reservation {
    Checks.requireNonNull(id, "reservation.id");
    Checks.requireNonNull(owner, "reservation.owner");
    Checks.requireNonNull(quantities, "reservation.quantities");
    Checks.requireArgument(!quantities.isEmpty(), "reservation.quantities", quantities, "is empty");
    // a validated, immutable, sorted copy; the same instance when it is one already (a request's
    // quantities, or this reservation's in withState), so a state change copies nothing
    quantities = Positions.of(quantities, "reservation.quantities");
    Checks.requireNonNull(createdAt, "reservation.createdAt");
    Checks.requireNonNull(expiresAt, "reservation.expiresAt");
    Checks.requireArgument(expiresAt.isAfter(createdAt), "reservation.expiresAt", expiresAt, "is not after createdAt");
    Checks.requireNonNull(state, "reservation.state");
  }

  /** This reservation in another state. */
  public Reservation withState(ReservationState newState) {
    return new Reservation(id, owner, quantities, createdAt, expiresAt, newState);
  }

  /** Units held at {@code key}; 0 when the reservation does not touch it. */
  public long quantity(StockKey key) {
    Long q = quantities.get(key);
    return q == null ? 0 : q;
  }

  /** Whether the reservation counts as expired at {@code now} (its expiry is not after {@code now}). */
  public boolean isDue(Instant now) {
    return !expiresAt.isAfter(now);
  }
}
