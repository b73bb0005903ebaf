package io.orderhub.channels.intake;

import io.orderhub.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One page of a pull API's answer: raw order payloads and the token of the next page, if any. */
public final class Page {
  private final List<byte[]> payloads;
  private final @Nullable String nextPageToken;

  /**
   * @param payloads each order's raw payload, as the platform returned it (copied)
   * @param nextPageToken the next page of the same window, or {@code null} on the last page
   */
  public Page(List<byte[]> payloads, @Nullable String nextPageToken) {
    Checks.requireNonNull(payloads, "payloads");
    List<byte[]> copy = new ArrayList<>(payloads.size());
    for (byte[] p : payloads) {
      copy.add(Checks.requireNonNull(p, "payloads[]").clone());
    }
    this.payloads = Collections.unmodifiableList(copy);
    if (nextPageToken != null) {
      Checks.requireText(nextPageToken, "nextPageToken");
    }
    this.nextPageToken = nextPageToken;
  }

  /** The last page of a window. */
  public static Page last(List<byte[]> payloads) {
    return new Page(payloads, null);
  }

  /** The payloads; the arrays must not be changed. */
  public List<byte[]> payloads() {
    return payloads;
  }

  public Optional<String> nextPageToken() {
    return Optional.ofNullable(nextPageToken);
  }
}
