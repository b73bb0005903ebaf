package io.orderhub.channels.intake.spi;

import io.orderhub.channels.intake.IntakeAlert;
import io.orderhub.channels.intake.internal.LoggingAlertSink;

/**
 * Receives the intake's alerts (a channel frozen by its circuit breaker, an hourly volume spike or a
 * silent channel). Hosts deliver them to DingTalk, WeCom or e-mail. Called on the thread that
 * processes deliveries: implementations should hand off, not block. Must be thread-safe.
 */
@FunctionalInterface
public interface IntakeAlertSink {

  /** Receives one alert. An exception thrown here is logged and does not stop the intake. */
  void alert(IntakeAlert alert);

  /** Writes alerts to the SLF4J logger {@code io.orderhub.channels.intake.alerts} at WARN. */
  static IntakeAlertSink logging() {
    return new LoggingAlertSink();
  }
}
