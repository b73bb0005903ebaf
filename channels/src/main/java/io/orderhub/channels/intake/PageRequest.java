package io.orderhub.channels.intake;

import io.orderhub.core.ChannelId;
import io.orderhub.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Poller} asks a {@link io.orderhub.channels.intake.spi.PageSource}: the orders of a
 * channel changed in {@code [from, to)}, starting at {@code pageToken} (absent for the first page).
 */
public final class PageRequest {
  private final ChannelId channel;
  private final Instant from;
  private final Instant to;
  private final @Nullable String pageToken;

  /** @throws io.orderhub.core.InvalidValueException when {@code to} is before {@code from} */
  public PageRequest(ChannelId channel, Instant from, Instant to, @Nullable String pageToken) {
    this.channel = Checks.requireNonNull(channel, "channel");
    this.from = Checks.requireNonNull(from, "from");
    this.to = Checks.requireNonNull(to, "to");
    Checks.requireArgument(!to.isBefore(from), "to", to, "is before from " + from);
    this.pageToken = pageToken;
  }

  public ChannelId channel() {
    return channel;
  }

  /** Start of the window (inclusive), already moved back by the poller's overlap. */
  public Instant from() {
    return from;
  }

  /** End of the window (exclusive). */
  public Instant to() {
    return to;
  }

  /** The page to fetch; absent for the first page of the window. */
  public Optional<String> pageToken() {
    return Optional.ofNullable(pageToken);
  }

  @Override
  public String toString() {
    return "PageRequest[" + channel + " " + from + ".." + to + (pageToken == null ? "" : " page " + pageToken) + "]";
  }
}
