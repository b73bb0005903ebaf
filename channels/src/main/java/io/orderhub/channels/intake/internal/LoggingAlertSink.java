package io.orderhub.channels.intake.internal;

import io.orderhub.channels.intake.IntakeAlert;
import io.orderhub.channels.intake.spi.IntakeAlertSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link IntakeAlertSink#logging()}: one WARN line per alert (alerts carry no personal data). */
public final class LoggingAlertSink implements IntakeAlertSink {
  private static final Logger LOG = LoggerFactory.getLogger("io.orderhub.channels.intake.alerts");

  @Override
  public void alert(IntakeAlert alert) {
    LOG.warn("{}", alert);
  }
}
