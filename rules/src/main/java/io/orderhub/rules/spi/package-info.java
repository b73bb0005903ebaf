/**
 * What a host implements to plug its own infrastructure into the rules module: a shared {@link
 * io.orderhub.rules.spi.VelocityStore} for sliding-window counts across several nodes, and a
 * {@link io.orderhub.rules.spi.Geocoder} that says how sure it is of a delivery address.
 */
@NullMarked
package io.orderhub.rules.spi;

import org.jspecify.annotations.NullMarked;
