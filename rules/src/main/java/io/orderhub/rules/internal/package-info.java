/**
 * Implementation of the rules module: the built-in conditions, the bucketed in-memory velocity
 * store and the JSON rule-file reader. Hosts never import this package; it may change at any time.
 */
@NullMarked
package io.orderhub.rules.internal;

import org.jspecify.annotations.NullMarked;
