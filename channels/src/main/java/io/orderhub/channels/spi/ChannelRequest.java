package io.orderhub.channels.spi;

import io.orderhub.core.ChannelId;
import io.orderhub.core.internal.Checks;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One call to a platform API, ready for the host's {@link ChannelTransport}.
 *
 * @param channel the platform
 * @param operation the platform's method name (e.g. {@code taobao.trades.sold.increment.get}) or an
 *     HTTP method and path (e.g. {@code GET /admin/api/2024-01/orders.json})
 * @param parameters query or form parameters, signed where the platform requires it (sorted,
 *     unmodifiable)
 * @param body the request body, empty when there is none (a copy is kept and handed out)
 */
public record ChannelRequest(ChannelId channel, String operation, Map<String, String> parameters, byte[] body) {
  public ChannelRequest {
    Checks.requireNonNull(channel, "request.channel");
    Checks.requireText(operation, "request.operation");
    Checks.requireNonNull(parameters, "request.parameters");
    Checks.requireNonNull(body, "request.body");
    parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    body = body.clone();
  }

  /** A copy of the body. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ChannelRequest r && channel.equals(r.channel) && operation.equals(r.operation)
        && parameters.equals(r.parameters) && Arrays.equals(body, r.body);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * channel.hashCode() + operation.hashCode()) + parameters.hashCode();
  }

  /** Names the operation and the parameter keys only (values may carry secrets or tokens). */
  @Override
  public String toString() {
    return "ChannelRequest[" + channel + " " + operation + " " + parameters.keySet() + ", body=" + body.length + " bytes]";
  }
}
