package io.orderhub.channels.intake;

import io.orderhub.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How far a {@link Poller} has pulled a channel: the window {@code [windowFrom, windowTo)} being
 * read and the next page to fetch in it; with no next page, everything up to {@code windowTo} is
 * stored. Immutable.
 */
public final class PollCursor {
  private final Instant windowFrom;
  private final Instant windowTo;
  private final @Nullable String nextPageToken;

  /** @throws io.orderhub.core.InvalidValueException when {@code windowTo} is before {@code windowFrom} */
  public PollCursor(Instant windowFrom, Instant windowTo, @Nullable String nextPageToken) {
    this.windowFrom = Checks.requireNonNull(windowFrom, "windowFrom");
    this.windowTo = Checks.requireNonNull(windowTo, "windowTo");
    Checks.requireArgument(!windowTo.isBefore(windowFrom), "windowTo", windowTo, "is before windowFrom " + windowFrom);
    this.nextPageToken = nextPageToken;
  }

  /** A cursor that says everything changed before {@code syncedUntil} is stored. */
  public static PollCursor syncedUntil(Instant syncedUntil) {
    return new PollCursor(syncedUntil, syncedUntil, null);
  }

  public Instant windowFrom() {
    return windowFrom;
  }

  public Instant windowTo() {
    return windowTo;
  }

  /** The page of the window still to fetch; absent once the window is complete. */
  public Optional<String> nextPageToken() {
    return Optional.ofNullable(nextPageToken);
  }

  /** Whether the window is fully stored. */
  public boolean isComplete() {
    return nextPageToken == null;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PollCursor c && windowFrom.equals(c.windowFrom) && windowTo.equals(c.windowTo)
        && java.util.Objects.equals(nextPageToken, c.nextPageToken);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(windowFrom, windowTo, nextPageToken);
  }

  @Override
  public String toString() {
    return "PollCursor[" + windowFrom + ".." + windowTo + (nextPageToken == null ? " complete" : " next " + nextPageToken)
        + "]";
  }
}
