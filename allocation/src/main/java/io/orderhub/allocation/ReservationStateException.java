package io.orderhub.allocation;

import io.orderhub.core.OrderHubException;

/**
 * An operation on a reservation that is no longer active: releasing twice, committing a released
 * or expired reservation, and so on. Stock was not touched.
 */
public class ReservationStateException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final ReservationId id;
  private final ReservationState state;
  private final ReservationState attempted;

  /**
   * @param id the reservation
   * @param state the state it is in
   * @param attempted the state the refused operation would have moved it to
   */
  public ReservationStateException(ReservationId id, ReservationState state, ReservationState attempted) {
    super("cannot " + attempted.verb() + " reservation " + id + ": it is already " + state.name().toLowerCase(
        java.util.Locale.ROOT));
    this.id = id;
    this.state = state;
    this.attempted = attempted;
  }

  public ReservationId id() {
    return id;
  }

  /** The state the reservation is in. */
  public ReservationState state() {
    return state;
  }

  /** The state the refused operation would have moved it to. */
  public ReservationState attempted() {
    return attempted;
  }
}
