/**
 * What an integrator implements to bring a new sales platform to OrderHub: a {@link
 * io.orderhub.channels.spi.ChannelAdapter} that turns the platform's raw order payload into the
 * typed {@link io.orderhub.core.Order}, and optionally a {@link
 * io.orderhub.channels.spi.WebhookVerifier} for the platform's push signatures.
 */
@NullMarked
package io.orderhub.channels.spi;

import org.jspecify.annotations.NullMarked;
