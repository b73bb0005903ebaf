package io.orderhub.channels.intake;

import io.orderhub.core.Order;
import io.orderhub.core.OrderStatus;

/** What the intake tells its {@link IntakeListener}s, after the store write it reports. */
public sealed interface IntakeEvent {

  /** A new order was stored (version 1). */
  record OrderReceived(Order order) implements IntakeEvent {}

  /**
   * A newer version of a known order was stored. The stored order keeps its status: the platform's
   * new status is {@link #platformStatus()}, for the lifecycle to apply as an event.
   *
   * @param previous the order as stored before
   * @param current the order as stored now
   * @param platformStatus the status the platform's new version reports
   */
  record OrderUpdated(Order previous, Order current, OrderStatus platformStatus) implements IntakeEvent {}

  /** An order was filtered (test order, click-farming) and kept for audit. */
  record OrderFiltered(FilteredOrder filtered) implements IntakeEvent {}

  /** A delivery became a dead letter. */
  record DeliveryDeadLettered(DeadLetter deadLetter) implements IntakeEvent {}
}
