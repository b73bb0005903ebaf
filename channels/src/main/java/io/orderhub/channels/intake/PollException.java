package io.orderhub.channels.intake;

import io.orderhub.core.OrderHubException;

/** Fetching a page from a pull API failed; the poller's cursor stayed where it was. */
public final class PollException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final transient PageRequest request;

  /** The fetch of {@code request} failed with {@code cause}. */
  public PollException(PageRequest request, Throwable cause) {
    super("fetching " + request + " failed: " + cause, cause);
    this.request = request;
  }

  /** The request that failed. */
  public PageRequest request() {
    return request;
  }
}
