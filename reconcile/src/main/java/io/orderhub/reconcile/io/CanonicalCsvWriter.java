package io.orderhub.reconcile.io;

import io.orderhub.core.internal.Checks;
import io.orderhub.reconcile.Payment;
import io.orderhub.reconcile.Settlement;
import io.orderhub.reconcile.Shipment;
import io.orderhub.reconcile.io.internal.CsvOut;
import java.io.Closeable;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes records as the canonical CSVs {@link BillReaders} reads (header first, times as ISO-8601
 * instants, {@code group_id} empty when a row is matched on its own order number). Not thread-safe.
 *
 * @param <T> the record type
 */
public final class CanonicalCsvWriter<T> implements Consumer<T>, Closeable {
  private final CsvOut out;
  private final Function<T, List<String>> fields;

  private CanonicalCsvWriter(Writer out, List<String> header, Function<T, List<String>> fields) {
    this.out = new CsvOut(Checks.requireNonNull(out, "out"));
    this.fields = fields;
    this.out.record(header);
  }

  /** A {@code payments.csv} writer. */
  public static CanonicalCsvWriter<Payment> payments(Writer out) {
    return new CanonicalCsvWriter<>(out, List.of("order_no", "payment_id", "amount", "fee", "paid_at", "channel", "group_id"),
        p -> List.of(p.orderNo(), p.paymentId(), p.amount().toPlainString(), p.fee().toPlainString(),
            p.paidAt().toString(), p.channel(), group(p.orderNo(), p.group())));
  }

  /** A {@code settlements.csv} writer. */
  public static CanonicalCsvWriter<Settlement> settlements(Writer out) {
    return new CanonicalCsvWriter<>(out, List.of("order_no", "settlement_id", "gross", "commission", "freight_adjustment",
        "net", "settled_at", "group_id"),
        s -> List.of(s.orderNo(), s.settlementId(), s.gross().toPlainString(), s.commission().toPlainString(),
            s.freightAdjustment().toPlainString(), s.net().toPlainString(), s.settledAt().toString(),
            group(s.orderNo(), s.group())));
  }

  /** A {@code shipments.csv} writer. */
  public static CanonicalCsvWriter<Shipment> shipments(Writer out) {
    return new CanonicalCsvWriter<>(out, List.of("order_no", "shipment_id", "amount", "shipped_at", "group_id"),
        h -> List.of(h.orderNo(), h.shipmentId(), h.amount().toPlainString(), h.shippedAt().toString(),
            group(h.orderNo(), h.group())));
  }

  /** Writes one record. */
  @Override
  public void accept(T record) {
    out.record(fields.apply(Checks.requireNonNull(record, "record")));
  }

  /** Flushes and closes the writer. */
  @Override
  public void close() {
    out.close();
  }

  private static String group(String orderNo, String group) {
    return group.equals(orderNo) ? "" : group;
  }
}
