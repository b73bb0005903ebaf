package io.orderhub.channels.intake;

import io.orderhub.channels.intake.spi.CursorStore;
import io.orderhub.channels.intake.spi.PageSource;
import io.orderhub.core.ChannelId;
import io.orderhub.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Pulls a channel's changed orders page by page into an {@link Intake}, for platforms (or hosts)
 * that poll instead of receiving pushes. The host's scheduler calls {@link #poll()}; the poller
 * starts no threads and opens no sockets (its {@link PageSource} goes through the host's transport).
 *
 * <p>Each poll reads one time window: from where the last complete window ended, moved back by
 * {@code overlap} so that orders changed at the boundary (or indexed late by the platform) are not
 * missed — the intake's deduplication absorbs the repeats — up to now (at most {@code maxWindow}).
 * The cursor is saved after every page whose payloads all have an outcome, never before; a failure
 * leaves it where it was, and the next poll resumes at the page that failed.
 */
public final class Poller {
  private final String name;
  private final Intake intake;
  private final ChannelId channel;
  private final PageSource source;
  private final CursorStore cursors;
  private final Duration overlap;
  private final Duration initialLookback;
  private final Duration maxWindow;
  private final int maxPages;

  private Poller(Builder b) {
    this.name = b.name;
    this.intake = Checks.requireNonNull(b.intake, "intake");
    this.channel = Checks.requireNonNull(b.channel, "channel");
    this.source = Checks.requireNonNull(b.source, "source");
    this.cursors = b.cursors;
    this.overlap = b.overlap;
    this.initialLookback = b.initialLookback;
    this.maxWindow = b.maxWindow;
    this.maxPages = b.maxPages;
  }

  /** A builder; intake, channel and source are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Fetches and stores the pages of the next window (at most {@code maxPages}), saving the cursor
   * after each page. Skipped while the channel's circuit is open.
   *
   * @throws PollException when the page source fails (the cursor keeps the last stored page)
   */
  public PollResult poll() {
    Optional<PollCursor> saved = cursors.load(name, channel);
    if (intake.circuit(channel) == CircuitState.OPEN) {
      return new PollResult(channel, true, 0, Map.of(), saved.orElse(null));
    }
    Instant now = intake.clock().instant();
    PageRequest request = nextRequest(saved.orElse(null), now);
    Map<Outcome.Kind, Integer> outcomes = new EnumMap<>(Outcome.Kind.class);
    PollCursor cursor = saved.orElse(null);
    int pages = 0;
    while (pages < maxPages) {
      Page page;
      try {
        page = source.fetch(request);
      } catch (RuntimeException e) {
        throw new PollException(request, e);
      }
      for (byte[] payload : page.payloads()) {
        Outcome o = intake.process(Delivery.pull(channel, payload, intake.clock().instant()));
        outcomes.merge(o.kind(), 1, Integer::sum);
      }
      String next = page.nextPageToken().orElse(null);
      cursor = new PollCursor(request.from(), request.to(), next);
      cursors.save(name, channel, cursor);
      pages++;
      if (next == null || intake.circuit(channel) == CircuitState.OPEN) {
        break;
      }
      request = new PageRequest(channel, request.from(), request.to(), next);
    }
    return new PollResult(channel, false, pages, outcomes, cursor);
  }

  /** The request the next {@link #poll()} starts with, given the saved cursor and the time. */
  PageRequest nextRequest(@Nullable PollCursor saved, Instant now) {
    if (saved != null && !saved.isComplete()) {
      return new PageRequest(channel, saved.windowFrom(), saved.windowTo(), saved.nextPageToken().orElseThrow());
    }
    Instant syncedUntil = saved == null ? now.minus(initialLookback) : saved.windowTo();
    Instant from = syncedUntil.minus(overlap);
    Instant to = syncedUntil.plus(maxWindow).isBefore(now) ? syncedUntil.plus(maxWindow) : now;
    if (to.isBefore(from)) {
      to = from; // the clock went back: an empty window, nothing skipped
    }
    return new PageRequest(channel, from, to, null);
  }

  public ChannelId channel() {
    return channel;
  }

  /** The poller's name, under which its cursors are saved. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return "Poller[" + name + " " + channel + ", overlap=" + overlap + ", maxWindow=" + maxWindow + "]";
  }

  /** Builds a {@link Poller}; every setter checks its value at once. */
  public static final class Builder {
    private String name = "poller";
    private @Nullable Intake intake;
    private @Nullable ChannelId channel;
    private @Nullable PageSource source;
    private CursorStore cursors = CursorStore.inMemory();
    private Duration overlap = Duration.ofMinutes(5);
    private Duration initialLookback = Duration.ofHours(1);
    private Duration maxWindow = Duration.ofDays(1);
    private int maxPages = 100;

    private Builder() {}

    /** Names the poller's cursors (default {@code poller}); one name per kind of pull, e.g. orders, refunds. */
    public Builder name(String name) {
      this.name = Checks.requireId(name, "name");
      return this;
    }

    /** The intake the payloads go through (required). */
    public Builder intake(Intake intake) {
      this.intake = Checks.requireNonNull(intake, "intake");
      return this;
    }

    /** The channel pulled (required). */
    public Builder channel(ChannelId channel) {
      this.channel = Checks.requireNonNull(channel, "channel");
      return this;
    }

    /** How a page is fetched (required), e.g. {@code request -> adapter.fetch(...)} through the host's transport. */
    public Builder source(PageSource source) {
      this.source = Checks.requireNonNull(source, "source");
      return this;
    }

    /** Where cursors are saved (default: in memory). */
    public Builder cursorStore(CursorStore cursors) {
      this.cursors = Checks.requireNonNull(cursors, "cursorStore");
      return this;
    }

    /** How far each window reaches back before the last one's end (default 5 minutes), 0 to 1 day. */
    public Builder overlap(Duration overlap) {
      requireIn(overlap, "overlap", Duration.ZERO, Duration.ofDays(1));
      this.overlap = overlap;
      return this;
    }

    /** How far back the very first window starts (default 1 hour), 0 to 90 days. */
    public Builder initialLookback(Duration lookback) {
      requireIn(lookback, "initialLookback", Duration.ZERO, Duration.ofDays(90));
      this.initialLookback = lookback;
      return this;
    }

    /** The longest window a platform accepts (default 1 day), 1 second to 90 days. */
    public Builder maxWindow(Duration maxWindow) {
      requireIn(maxWindow, "maxWindow", Duration.ofSeconds(1), Duration.ofDays(90));
      this.maxWindow = maxWindow;
      return this;
    }

    /** How many pages one poll fetches at most (default 100), 1 to 100,000. */
    public Builder maxPages(int maxPages) {
      Checks.requireArgument(maxPages >= 1 && maxPages <= 100_000, "maxPages", maxPages, "is not in 1..100000");
      this.maxPages = maxPages;
      return this;
    }

    /** @throws io.orderhub.core.InvalidValueException when a required part is missing or overlap ≥ maxWindow */
    public Poller build() {
      Checks.requireNonNull(intake, "intake");
      Checks.requireNonNull(channel, "channel");
      Checks.requireNonNull(source, "source");
      Checks.requireArgument(overlap.compareTo(maxWindow) < 0, "overlap", overlap,
          "is not shorter than maxWindow " + maxWindow);
      return new Poller(this);
    }

    private static void requireIn(Duration d, String field, Duration min, Duration max) {
      Checks.requireNonNull(d, field);
      Checks.requireArgument(d.compareTo(min) >= 0 && d.compareTo(max) <= 0, field, d,
          "is not in " + min + ".." + max);
    }
  }
}
