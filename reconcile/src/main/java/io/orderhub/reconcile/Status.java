package io.orderhub.reconcile;

/** The outcome for one order (or group of merged orders). */
public enum Status {
  /** Every side is present and the amounts and times agree. */
  MATCHED,
  /** At least one {@link Finding} explains what differs. */
  DISCREPANCY
}
