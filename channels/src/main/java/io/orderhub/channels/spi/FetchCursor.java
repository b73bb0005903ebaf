package io.orderhub.channels.spi;

import io.orderhub.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a pull stands: the window of platform modification times being read and, within it, the
 * page to read next.
 *
 * @param from start of the window, inclusive
 * @param to end of the window, exclusive; after {@code from}
 * @param pageToken the platform's token (or page number as text) of the page to read, {@code null}
 *     for the first page
 */
public record FetchCursor(Instant from, Instant to, @Nullable String pageToken) {
  public FetchCursor {
    Checks.requireNonNull(from, "cursor.from");
    Checks.requireNonNull(to, "cursor.to");
    Checks.requireArgument(to.isAfter(from), "cursor.to", to, "is not after cursor.from " + from);
  }

  /** The first page of a window. */
  public static FetchCursor window(Instant from, Instant to) {
    return new FetchCursor(from, to, null);
  }

  /** The same window at another page. */
  public FetchCursor atPage(String token) {
    return new FetchCursor(from, to, Checks.requireText(token, "cursor.pageToken"));
  }

  /** The page token, empty for the first page. */
  public Optional<String> page() {
    return Optional.ofNullable(pageToken);
  }
}
