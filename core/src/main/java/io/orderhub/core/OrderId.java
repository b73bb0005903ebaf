package io.orderhub.core;

import io.orderhub.core.internal.Checks;

/**
 * The id OrderHub gives an order, unique across channels (by default {@code <channel>-<externalId>}).
 *
 * @param value 1 to 128 characters, no control characters, no leading or trailing space
 */
public record OrderId(String value) implements Comparable<OrderId> {
  public OrderId {
    Checks.requireId(value, "orderId");
  }

  /** Same as the constructor; reads well at call sites. */
  public static OrderId of(String value) {
    return new OrderId(value);
  }

  /** The default id of a platform order: {@code <channel>-<externalId>}. */
  public static OrderId of(ChannelId channel, ExternalOrderId externalId) {
    return new OrderId(channel.value() + "-" + externalId.value());
  }

  @Override
  public int compareTo(OrderId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
