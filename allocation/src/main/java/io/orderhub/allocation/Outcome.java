package io.orderhub.allocation;

/** How an order was allocated. */
public enum Outcome {
  /** One warehouse ships the whole order. */
  SINGLE,
  /** Several warehouses ship parts of the order. */
  SPLIT,
  /** One warehouse ships the whole order after stock is transferred to it. */
  TRANSFER,
  /** Not enough stock: the order waits in the backorder queue. */
  BACKORDER
}
