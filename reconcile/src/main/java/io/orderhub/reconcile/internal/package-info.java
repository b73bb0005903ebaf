/** The hash matcher, its compact per-order state (flat arrays, see GroupStore) and the classifier. Not API: hosts must not import it. */
@NullMarked
package io.orderhub.reconcile.internal;

import org.jspecify.annotations.NullMarked;
