/**
 * Where orders live: the {@link io.orderhub.core.store.OrderStore} SPI that hosts implement on their
 * own database, and a thread-safe in-memory implementation for embedding and tests. Every write is
 * checked against the order's optimistic {@code version}: a write that lost a race fails with
 * {@link io.orderhub.core.store.StaleVersionException}, it never overwrites.
 */
@NullMarked
package io.orderhub.core.store;

import org.jspecify.annotations.NullMarked;
