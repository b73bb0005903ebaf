/**
 * The intake pipeline: everything a channel delivers becomes an order, an update of a known order,
 * a recognised duplicate, a filtered test order kept for audit, a dead letter with its raw bytes,
 * or a delivery parked behind a frozen channel — never nothing.
 *
 * <p>Start at {@link io.orderhub.channels.intake.Intake#builder()}. Pushes go through the bounded
 * queue ({@link io.orderhub.channels.intake.Intake#offer}, drained by the host) or the synchronous
 * {@link io.orderhub.channels.intake.Intake#process}; pull APIs through a {@link
 * io.orderhub.channels.intake.Poller}. The library starts no threads: the host drives the queue, the
 * poller, the volume check and the circuit breakers' cool-downs (read from the injected clock).
 *
 * <pre>{@code
 * Intake intake = Intake.builder()
 *     .adapters(Channels.builtInAdapters())
 *     .secrets(ChannelId.SHOPIFY, oldSecret, newSecret)   // both accepted while rotating
 *     .store(orderStore)                                  // the host's OrderStore
 *     .clock(clock)
 *     .listener(event -> outbox.publish(event))           // OrderReceived, OrderUpdated, ...
 *     .build();
 *
 * // the webhook endpoint: never blocks, never drops
 * Delivery d = Delivery.push(ChannelId.SHOPIFY, rawBody, headers, clock.instant());
 * if (!intake.offer(d).isAccepted()) {
 *   return tooManyRequests();                             // HTTP 429, the platform re-sends
 * }
 *
 * // the host's scheduler
 * intake.drain();
 * intake.checkVolumes();                                  // hourly
 * }</pre>
 */
@NullMarked
package io.orderhub.channels.intake;

import org.jspecify.annotations.NullMarked;
