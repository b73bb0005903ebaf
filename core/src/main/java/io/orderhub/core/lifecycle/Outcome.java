package io.orderhub.core.lifecycle;

/** What the lifecycle did with a delivered event, as recorded in the order's history. */
public enum Outcome {
  /** The event moved the order (or, for a self-transition such as MODIFY, was accepted in place). */
  APPLIED,
  /**
   * A fulfilment step the order skipped because a later event implied it; the entry carries the
   * id of the event that implied it. Not a delivered event of its own.
   */
  IMPLIED,
  /** The order had already processed this event id from this source; nothing changed. */
  DUPLICATE,
  /** A late fulfilment event for a step the order had already reached; nothing changed. */
  STALE,
  /** The event is not legal in the order's state (or a guard said no); nothing changed. */
  REJECTED
}
