/**
 * Test support for hosts and for OrderHub's own modules: jqwik arbitraries of valid orders ({@link
 * io.orderhub.testkit.OrderGen}), with scenario runners and invariant checks to come. Add it with
 * {@code test} scope.
 */
@NullMarked
package io.orderhub.testkit;

import org.jspecify.annotations.NullMarked;
