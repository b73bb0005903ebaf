package io.orderhub.channels.intake.spi;

import io.orderhub.channels.intake.Page;
import io.orderhub.channels.intake.PageRequest;
import io.orderhub.channels.spi.ChannelAdapter;
import io.orderhub.channels.spi.ChannelTransport;
import io.orderhub.channels.spi.FetchCursor;
import io.orderhub.channels.spi.FetchPage;
import io.orderhub.core.internal.Checks;
import java.util.List;

/**
 * Asks a platform's pull API for one page of orders changed in a time window, through the host's
 * own transport (the library opens no sockets). {@link #fromAdapter} plugs in a channel adapter's
 * {@link ChannelAdapter#fetch fetch(cursor)}.
 */
@FunctionalInterface
public interface PageSource {

  /**
   * One page of raw order payloads, as the platform returned them.
   *
   * @throws RuntimeException when the platform or the transport fails; the poller then keeps its
   *     cursor where it was
   */
  Page fetch(PageRequest request);

  /**
   * Pages from {@code adapter}'s {@link ChannelAdapter#fetch}, sent through the host's {@code
   * transport}. An empty window (the clock has not moved) answers an empty last page without a call.
   *
   * @throws io.orderhub.core.InvalidValueException when the adapter does not support fetching
   */
  static PageSource fromAdapter(ChannelAdapter adapter, ChannelTransport transport) {
    Checks.requireNonNull(adapter, "adapter");
    Checks.requireNonNull(transport, "transport");
    Checks.requireArgument(adapter.supportsFetch(), "adapter", adapter.channel(), "does not support fetch");
    return request -> {
      Checks.requireArgument(request.channel().equals(adapter.channel()), "request.channel", request.channel(),
          "is not the adapter's channel " + adapter.channel());
      if (!request.to().isAfter(request.from())) {
        return Page.last(List.of());
      }
      FetchPage page = adapter.fetch(transport,
          new FetchCursor(request.from(), request.to(), request.pageToken().orElse(null)));
      return new Page(page.payloads(), page.nextPageToken());
    };
  }
}
