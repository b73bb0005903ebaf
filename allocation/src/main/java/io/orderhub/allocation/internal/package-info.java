/**
 * Implementation detail of the allocation module (the in-memory store, the planner, the
 * explanation builder); hosts never import it and it may change in any release.
 */
@NullMarked
package io.orderhub.allocation.internal;

import org.jspecify.annotations.NullMarked;
