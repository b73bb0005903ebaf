/**
 * The CSV records (read with Jackson's CSV parser), field parsers with fast paths for amounts and
 * times, and the per-format row mappers behind {@link io.orderhub.reconcile.io.BillReaders}. Not API.
 */
@NullMarked
package io.orderhub.reconcile.io.internal;

import org.jspecify.annotations.NullMarked;
