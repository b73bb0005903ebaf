package io.orderhub.channels.intake.internal;

import io.orderhub.channels.intake.PollCursor;
import io.orderhub.channels.intake.spi.CursorStore;
import io.orderhub.core.ChannelId;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link CursorStore#inMemory()}: a concurrent map keyed by poller and channel. */
public final class InMemoryCursorStore implements CursorStore {
  private final ConcurrentMap<String, PollCursor> cursors = new ConcurrentHashMap<>();

  @Override
  public Optional<PollCursor> load(String pollerName, ChannelId channel) {
    return Optional.ofNullable(cursors.get(pollerName + "/" + channel.value()));
  }

  @Override
  public void save(String pollerName, ChannelId channel, PollCursor cursor) {
    cursors.put(pollerName + "/" + channel.value(), cursor);
  }
}
