package io.orderhub.reconcile.io;

import io.orderhub.core.OrderHubException;

/** Writing a report or a CSV failed (disk full, stream closed); the cause is the I/O error. */
public final class ReportWriteException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  public ReportWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
