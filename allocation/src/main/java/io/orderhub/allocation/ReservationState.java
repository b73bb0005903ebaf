package io.orderhub.allocation;

/** Where a reservation is in its life. Only {@link #ACTIVE} holds stock; the others are final. */
public enum ReservationState {
  /** Holding stock until released, committed or expired. */
  ACTIVE,
  /** Given back by its owner; the units are sellable again. */
  RELEASED,
  /** Shipped: on hand and reserved both went down by the reserved units. */
  COMMITTED,
  /** Not committed or released before its expiry; the units are sellable again. */
  EXPIRED;

  /** The verb for an operation that moves a reservation into this state, for messages. */
  String verb() {
    switch (this) {
      case RELEASED: return "release";
      case COMMITTED: return "commit";
      case EXPIRED: return "expire";
      default: return "reserve";
    }
  }
}
