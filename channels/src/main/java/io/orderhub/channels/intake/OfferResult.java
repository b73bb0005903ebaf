package io.orderhub.channels.intake;

/**
 * The answer to {@link Intake#offer(Delivery)}. A host maps {@link #REJECTED_RETRY_LATER} to HTTP
 * 429 or 503 with a {@code Retry-After}, so the platform re-sends instead of the delivery being
 * dropped or the caller blocked.
 */
public enum OfferResult {
  /** Queued; it will be processed by the next {@link Intake#drain()}. */
  ACCEPTED,
  /** The queue is full: nothing was taken, the sender must retry later. */
  REJECTED_RETRY_LATER;

  public boolean isAccepted() {
    return this == ACCEPTED;
  }
}
