package io.orderhub.channels.spi;

import io.orderhub.core.ChannelId;
import io.orderhub.core.OrderHubException;

/** An optional adapter operation ({@code fetch}, {@code pushShipment}, ...) that this adapter does not offer. */
public class UnsupportedChannelOperationException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final transient ChannelId channel;
  private final String operation;

  public UnsupportedChannelOperationException(ChannelId channel, String operation) {
    super(channel + ": the adapter does not support " + operation);
    this.channel = channel;
    this.operation = operation;
  }

  /** The channel whose adapter was asked. */
  public ChannelId channel() {
    return channel;
  }

  /** The operation asked for. */
  public String operation() {
    return operation;
  }
}
