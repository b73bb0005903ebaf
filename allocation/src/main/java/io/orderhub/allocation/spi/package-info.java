/**
 * What an integrator implements to keep inventory elsewhere: the {@link
 * io.orderhub.allocation.spi.InventoryStore} behind an {@link io.orderhub.allocation.InventoryPool}
 * (in memory by default; the jdbc module adds a database one that passes the same contract tests).
 */
@NullMarked
package io.orderhub.allocation.spi;

import org.jspecify.annotations.NullMarked;
