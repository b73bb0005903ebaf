package io.orderhub.channels.intake;

/**
 * Receives the intake's events on the thread that processed the delivery (typically to fire the
 * lifecycle, publish to an outbox or update metrics). An exception thrown by a listener is logged
 * and does not undo or fail the delivery: the order is already stored.
 */
@FunctionalInterface
public interface IntakeListener {
  void on(IntakeEvent event);
}
