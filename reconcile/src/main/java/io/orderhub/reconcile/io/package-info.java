/**
 * Reading bills and writing reports: readers for the canonical CSVs, WeChat Pay and Alipay trade
 * bills and the Amazon V2 flat-file settlement ({@link io.orderhub.reconcile.io.BillReaders}), each
 * reporting malformed rows with file, line and column ({@link io.orderhub.reconcile.io.ReadResult});
 * the canonical CSV writer; and the JSON, CSV and HTML report writers.
 */
@NullMarked
package io.orderhub.reconcile.io;

import org.jspecify.annotations.NullMarked;
