package io.orderhub.channels.spi;

import io.orderhub.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a pull: the raw payload of each order (normalised later, so a broken one can become a
 * dead letter with its bytes) and the token of the next page.
 *
 * @param payloads one raw order payload per order, each accepted by {@link ChannelAdapter#normalize}
 * @param nextPageToken the next page's token, {@code null} on the window's last page
 */
public record FetchPage(List<byte[]> payloads, @Nullable String nextPageToken) {
  public FetchPage {
    Checks.requireNonNull(payloads, "page.payloads");
    List<byte[]> copy = new ArrayList<>(payloads.size());
    for (byte[] p : payloads) {
      copy.add(Checks.requireNonNull(p, "page.payloads[]").clone());
    }
    payloads = Collections.unmodifiableList(copy);
  }

  /** The next page's token, empty on the last page. */
  public Optional<String> next() {
    return Optional.ofNullable(nextPageToken);
  }
}
