package io.orderhub.allocation;

import io.orderhub.core.OrderHubException;

/** A reservation with this id already exists; nothing was reserved. */
public class DuplicateReservationException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final ReservationId id;

  public DuplicateReservationException(ReservationId id) {
    super("reservation " + id + " already exists");
    this.id = id;
  }

  public ReservationId id() {
    return id;
  }
}
