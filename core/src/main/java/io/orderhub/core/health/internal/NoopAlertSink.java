package io.orderhub.core.health.internal;

import io.orderhub.core.health.AlertSink;
import io.orderhub.core.health.OrderHealth;

/** Drops every escalation. */
public enum NoopAlertSink implements AlertSink {
  INSTANCE;

  @Override
  public void escalate(OrderHealth overdue) {
    // nothing to do
  }
}
