package io.orderhub.channels;

import io.orderhub.core.ChannelId;
import io.orderhub.core.json.InvalidPayloadException;

/**
 * A platform payload that could not be normalised: the channel, the JSON path, the offending value
 * and the problem (from {@link InvalidPayloadException}), plus the raw bytes exactly as received so
 * the delivery can go to a dead-letter sink and be replayed.
 */
public class PayloadException extends InvalidPayloadException {
  private static final long serialVersionUID = 1L;

  private final transient ChannelId channel;
  private final byte[] rawPayload;

  /** Wraps {@code cause} (an adapter's failure) with the channel and the raw bytes. */
  public PayloadException(ChannelId channel, byte[] rawPayload, InvalidPayloadException cause) {
    super(cause.path(), cause.value(), cause.problem(), cause);
    this.channel = channel;
    this.rawPayload = rawPayload.clone();
  }

  /** The channel whose adapter rejected the payload. */
  public ChannelId channel() {
    return channel;
  }

  /** A copy of the payload as received. */
  public byte[] rawPayload() {
    return rawPayload.clone();
  }

  /** {@code <channel>: <path>: <value> <problem>}. */
  @Override
  public String getMessage() {
    return channel + ": " + super.getMessage();
  }
}
