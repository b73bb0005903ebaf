package io.orderhub.channels.intake;

import io.orderhub.core.OrderHubException;

/**
 * Thrown by a host's {@link io.orderhub.core.store.OrderStore} when it is briefly unavailable (a
 * failover, a full connection pool); the intake retries it with backoff before dead-lettering.
 */
public class StoreUnavailableException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String message) {
    super(message);
  }

  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
