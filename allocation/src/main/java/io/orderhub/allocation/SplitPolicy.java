package io.orderhub.allocation;

/** What to do when no single warehouse can ship the whole order but several together can. */
public enum SplitPolicy {
  /** Ship from each warehouse of the fewest-warehouse cover (outcome {@link Outcome#SPLIT}). */
  SPLIT,
  /**
   * Ship the whole order from the best-scoring warehouse of that cover, after transfers from the
   * others (outcome {@link Outcome#TRANSFER}): one parcel for the buyer, later.
   */
  TRANSFER
}
