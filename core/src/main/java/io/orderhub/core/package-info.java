/**
 * The typed order model every OrderHub module speaks: {@link io.orderhub.core.Money} (never a
 * {@code double}), small id value types, personal data that knows whether it is plain, masked,
 * encrypted or only a platform reference, and the immutable {@link io.orderhub.core.Order}.
 *
 * <p>All types here are immutable and thread-safe; collections handed out are unmodifiable.
 * Problems with a value raise an {@link io.orderhub.core.OrderHubException} subclass that names
 * the field and what is wrong with its value.
 */
@NullMarked
package io.orderhub.core;

import org.jspecify.annotations.NullMarked;
