package io.orderhub.channels.intake.spi;

import io.orderhub.channels.intake.PollCursor;
import io.orderhub.channels.intake.internal.InMemoryCursorStore;
import io.orderhub.core.ChannelId;
import java.util.Optional;

/**
 * Where a {@link io.orderhub.channels.intake.Poller} keeps how far it has pulled each channel. The
 * poller saves a cursor only after every order of a page has an outcome, so a crash between two
 * saves re-reads at most one page (and the intake's deduplication absorbs it). Implementations must
 * be thread-safe; several nodes share one row per channel in the host's database.
 */
public interface CursorStore {

  /** The last cursor saved for {@code channel}. */
  Optional<PollCursor> load(String pollerName, ChannelId channel);

  /** Replaces the cursor of {@code channel}. */
  void save(String pollerName, ChannelId channel, PollCursor cursor);

  /** The default: a thread-safe map in memory. */
  static CursorStore inMemory() {
    return new InMemoryCursorStore();
  }
}
