package io.orderhub.channels.spi;

import io.orderhub.core.ChannelId;
import io.orderhub.core.Order;
import io.orderhub.core.OrderStatus;
import java.util.Map;
import java.util.Optional;

/**
 * Normalises one platform's order payloads into the typed model. Implementations are stateless and
 * thread-safe; one instance serves every order of its channel.
 *
 * <p>Only {@link #channel()} and {@link #normalize(byte[])} are required. Pulling orders ({@link
 * #fetch}) and writing back ({@link #acknowledge}, {@link #pushShipment}) are optional and go
 * through a host-provided {@link ChannelTransport}, so the library opens no sockets by itself.
 */
public interface ChannelAdapter {

  /** The channel this adapter reads. */
  ChannelId channel();

  /**
   * Turns one raw order payload (the platform's API response with its envelope, or the bare order
   * object) into an order.
   *
   * @throws io.orderhub.core.json.InvalidPayloadException naming the JSON path and the problem when
   *     the payload cannot be read; never returns a partial order
   */
  Order normalize(byte[] payload);

  /** How this platform signs its pushes, when it does. */
  default Optional<WebhookVerifier> webhookVerifier() {
    return Optional.empty();
  }

  /**
   * The order status that the platform's status fields mean, e.g. {@code {"orderState":
   * "LOCKED"}} on JD is {@link OrderStatus#ON_HOLD}. Keys are the platform's field names as they
   * appear in its payload; platforms whose status spans several fields (Pinduoduo, Shopify) read
   * all of them.
   *
   * @throws UnsupportedChannelOperationException when the adapter does not expose its mapping
   * @throws io.orderhub.core.json.InvalidPayloadException when a value cannot be read
   */
  default OrderStatus statusOf(Map<String, String> statusFields) {
    throw new UnsupportedChannelOperationException(channel(), "statusOf");
  }

  /** Whether {@link #fetch} is implemented. */
  default boolean supportsFetch() {
    return false;
  }

  /**
   * Pulls one page of orders changed in the cursor's window, through the host's transport.
   *
   * @return the raw order payloads of the page (each one accepted by {@link #normalize(byte[])})
   *     and the token of the next page, if any
   * @throws UnsupportedChannelOperationException unless {@link #supportsFetch()}
   */
  default FetchPage fetch(ChannelTransport transport, FetchCursor cursor) {
    throw new UnsupportedChannelOperationException(channel(), "fetch");
  }

  /**
   * Tells the platform that the order was received (where the platform asks for it).
   *
   * @throws UnsupportedChannelOperationException when the platform has no such call or the adapter
   *     does not implement it
   */
  default void acknowledge(ChannelTransport transport, Order order) {
    throw new UnsupportedChannelOperationException(channel(), "acknowledge");
  }

  /**
   * Reports a shipment (carrier and tracking number) back to the platform.
   *
   * @throws UnsupportedChannelOperationException when the adapter does not implement it
   */
  default void pushShipment(ChannelTransport transport, Order order, Tracking tracking) {
    throw new UnsupportedChannelOperationException(channel(), "pushShipment");
  }
}
