package io.orderhub.core.health.internal;

import io.orderhub.core.health.AlertSink;
import io.orderhub.core.health.OrderHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs each escalation at WARN; order id, status, queue and lateness only. */
public final class LoggingAlertSink implements AlertSink {
  private static final Logger LOG = LoggerFactory.getLogger("io.orderhub.core.health.alerts");

  @Override
  public void escalate(OrderHealth overdue) {
    LOG.warn("order {} overdue in {}{} by {} ({})", overdue.orderId(), overdue.status(),
        overdue.queue().map(q -> " (queue " + q + ")").orElse(""), overdue.overdueBy(), overdue.rule());
  }
}
