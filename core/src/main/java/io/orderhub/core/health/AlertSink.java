package io.orderhub.core.health;

import io.orderhub.core.health.internal.LoggingAlertSink;
import io.orderhub.core.health.internal.NoopAlertSink;

/**
 * Receives escalations of overdue orders from {@link HealthMonitor#scan}. Hosts plug their own
 * channel (DingTalk, WeCom, e-mail); {@link #noop()} and {@link #logging()} are built in. Called
 * on the host's scanning thread; an implementation should hand slow deliveries off.
 */
@FunctionalInterface
public interface AlertSink {

  /** An order is overdue ({@link HealthLight#RED}). */
  void escalate(OrderHealth overdue);

  /** A sink that drops every escalation. */
  static AlertSink noop() {
    return NoopAlertSink.INSTANCE;
  }

  /**
   * A sink that logs each escalation at WARN through SLF4J (logger {@code
   * io.orderhub.core.health.alerts}), naming the order, status, queue and how late it is; no
   * personal data and no free-text hold reason.
   */
  static AlertSink logging() {
    return new LoggingAlertSink();
  }
}
