package io.orderhub.core;

/**
 * The one unchecked root of every exception OrderHub throws. Subclasses carry the data a host
 * needs to react (the field and value, the illegal transition, the stale version); the API has
 * no checked exceptions.
 */
public class OrderHubException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OrderHubException(String message) {
    super(message);
  }

  public OrderHubException(String message, Throwable cause) {
    super(message, cause);
  }
}
