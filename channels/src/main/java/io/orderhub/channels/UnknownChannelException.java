package io.orderhub.channels;

import io.orderhub.core.ChannelId;
import io.orderhub.core.OrderHubException;
import java.util.Set;

/** No adapter is registered for a channel. */
public class UnknownChannelException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final transient ChannelId channel;

  public UnknownChannelException(ChannelId channel, Set<ChannelId> known) {
    super("channel: \"" + channel + "\" has no adapter (registered: " + known + ")");
    this.channel = channel;
  }

  /** The channel asked for. */
  public ChannelId channel() {
    return channel;
  }
}
