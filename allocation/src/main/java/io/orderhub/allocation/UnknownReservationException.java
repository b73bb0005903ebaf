package io.orderhub.allocation;

import io.orderhub.core.OrderHubException;

/** No reservation has the given id (never made, or purged). */
public class UnknownReservationException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final ReservationId id;

  public UnknownReservationException(ReservationId id) {
    super("no reservation " + id);
    this.id = id;
  }

  public ReservationId id() {
    return id;
  }
}
