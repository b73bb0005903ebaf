package io.orderhub.channels.spi;

import io.orderhub.core.ChannelId;
import io.orderhub.core.Order;
import java.util.Optional;

/**
 * Normalises one platform's order payloads into the typed model. Implementations are stateless and
 * thread-safe; one instance serves every order of its channel.
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
}
