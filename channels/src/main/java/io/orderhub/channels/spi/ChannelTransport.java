package io.orderhub.channels.spi;

/**
 * The host's way of talking to a platform: its HTTP client, gateway or message bus. Adapters build
 * the request (operation, signed parameters, body) and hand it over; the library itself opens no
 * sockets. Implementations report transport failures with their own unchecked exceptions, which
 * adapters let through.
 */
@FunctionalInterface
public interface ChannelTransport {

  /** Sends {@code request} and returns the platform's raw response body. */
  byte[] call(ChannelRequest request);
}
