package io.orderhub.channels.intake;

import io.orderhub.core.ChannelId;
import io.orderhub.core.internal.Checks;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What one {@link Poller#poll()} did. Immutable. */
public final class PollResult {
  private final ChannelId channel;
  private final boolean skipped;
  private final int pages;
  private final Map<Outcome.Kind, Integer> outcomes;
  private final @Nullable PollCursor cursor;

  PollResult(ChannelId channel, boolean skipped, int pages, Map<Outcome.Kind, Integer> outcomes,
      @Nullable PollCursor cursor) {
    this.channel = Checks.requireNonNull(channel, "channel");
    this.skipped = skipped;
    this.pages = pages;
    EnumMap<Outcome.Kind, Integer> copy = new EnumMap<>(Outcome.Kind.class);
    copy.putAll(outcomes);
    this.outcomes = Collections.unmodifiableMap(copy);
    this.cursor = cursor;
  }

  public ChannelId channel() {
    return channel;
  }

  /** Whether the poll did not run because the channel's circuit is open. */
  public boolean skipped() {
    return skipped;
  }

  /** Pages fetched and stored. */
  public int pages() {
    return pages;
  }

  /** How many payloads ended in each outcome. */
  public Map<Outcome.Kind, Integer> outcomes() {
    return outcomes;
  }

  /** How many payloads ended in {@code kind}. */
  public int count(Outcome.Kind kind) {
    return outcomes.getOrDefault(kind, 0);
  }

  /** The cursor saved last (absent when nothing was ever saved). */
  public Optional<PollCursor> cursor() {
    return Optional.ofNullable(cursor);
  }

  @Override
  public String toString() {
    return "PollResult[" + channel + (skipped ? " skipped (circuit open)" : " pages=" + pages + " " + outcomes)
        + ", cursor=" + cursor + "]";
  }
}
