package io.orderhub.channels.intake;

/** Why a delivery became a dead letter. */
public enum DeadLetterReason {
  /** The channel has a secret and the delivery's signature does not match any of its secrets. */
  SIGNATURE_INVALID,
  /** The channel's adapter could not read the payload; the dead letter names the JSON path. */
  PAYLOAD_INVALID,
  /** The order was read but its amounts do not add up (paid ≠ goods + shipping − discount, ...). */
  AMOUNTS_INCONSISTENT,
  /** No adapter is registered for the delivery's channel. */
  UNKNOWN_CHANNEL,
  /** A transient store failure outlived every retry. */
  RETRIES_EXHAUSTED,
  /** The store failed in a way that retrying cannot fix. */
  STORE_FAILED,
  /** A host-supplied filter, tag rule or merge detector threw. */
  PIPELINE_FAILED;

  /** Whether this reason is an anomaly of the channel's data, counted by its circuit breaker. */
  public boolean isChannelAnomaly() {
    return this == SIGNATURE_INVALID || this == PAYLOAD_INVALID || this == AMOUNTS_INCONSISTENT;
  }
}
