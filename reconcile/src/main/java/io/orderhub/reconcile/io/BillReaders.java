package io.orderhub.reconcile.io;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import io.orderhub.core.internal.Checks;
import io.orderhub.reconcile.Partitions;
import io.orderhub.reconcile.Payment;
import io.orderhub.reconcile.Settlement;
import io.orderhub.reconcile.Shipment;
import io.orderhub.reconcile.io.internal.AlipayTable;
import io.orderhub.reconcile.io.internal.AmazonTable;
import io.orderhub.reconcile.io.internal.CanonicalTables;
import io.orderhub.reconcile.io.internal.TableReader;
import io.orderhub.reconcile.io.internal.WechatTable;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Currency;

/**
 * The bill readers. Canonical CSVs (UTF-8, comma-separated, header row, columns in any order):
 *
 * <ul>
 *   <li>payments: {@code order_no,payment_id,amount,fee,paid_at} (+ optional {@code channel},
 *       {@code group_id}); a negative amount is a refund;
 *   <li>settlements: {@code order_no,settlement_id,gross,commission,freight_adjustment,net,settled_at}
 *       (+ optional {@code group_id});
 *   <li>shipments: {@code order_no,shipment_id,amount,shipped_at} (+ optional {@code group_id}).
 * </ul>
 *
 * <p>Times are ISO-8601 ({@code 2026-11-11T08:00:00Z}, {@code ...+08:00}) or {@code yyyy-MM-dd
 * HH:mm:ss} in the zone given (China time by default). {@code group_id} names the group a row is
 * matched in: the parent order number of merged orders.
 *
 * <p>Platform formats: {@link #wechatPayments} (WeChat Pay trade bill, optionally gzipped), {@link
 * #alipayPayments} (Alipay 业务明细, GBK, optionally zipped) and {@link #amazonSettlements} (Amazon
 * V2 flat file, tab-separated). The CSV is read with Jackson's CSV parser as RFC 4180 (quoted
 * fields with embedded delimiters, quotes and line breaks; BOM; CRLF, LF or CR line ends).
 */
public final class BillReaders {
  private BillReaders() {}

  /** Canonical {@code payments.csv} in CNY, China time. */
  public static BillReader<Payment> canonicalPayments() {
    return canonicalPayments(Money.CNY, Partitions.CHINA);
  }

  /** Canonical {@code payments.csv}; local times are in {@code zone}. */
  public static BillReader<Payment> canonicalPayments(Currency currency, ZoneId zone) {
    check(currency, zone);
    return new TableReader<>("canonical", StandardCharsets.UTF_8, ',', () -> CanonicalTables.payments(currency, zone));
  }

  /** Canonical {@code settlements.csv}; local times are in {@code zone}. */
  public static BillReader<Settlement> canonicalSettlements(Currency currency, ZoneId zone) {
    check(currency, zone);
    return new TableReader<>("canonical", StandardCharsets.UTF_8, ',',
        () -> CanonicalTables.settlements(currency, zone));
  }

  /** Canonical {@code shipments.csv}; local times are in {@code zone}. */
  public static BillReader<Shipment> canonicalShipments(Currency currency, ZoneId zone) {
    check(currency, zone);
    return new TableReader<>("canonical", StandardCharsets.UTF_8, ',', () -> CanonicalTables.shipments(currency, zone));
  }

  /** The WeChat Pay trade bill (UTF-8, backtick-prefixed fields, summary rows at the end). */
  public static BillReader<Payment> wechatPayments(Currency currency) {
    Checks.requireNonNull(currency, "currency");
    return new TableReader<>("wechat", StandardCharsets.UTF_8, ',', () -> new WechatTable(currency));
  }

  /** The Alipay trade bill 业务明细 (GBK, {@code #} comment lines, or the zip holding it). */
  public static BillReader<Payment> alipayPayments(Currency currency) {
    Checks.requireNonNull(currency, "currency");
    return new TableReader<>("alipay", AlipayTable.GBK, ',', () -> new AlipayTable(currency));
  }

  /** The Amazon V2 flat-file settlement report (UTF-8, tab-separated, many rows per order). */
  public static BillReader<Settlement> amazonSettlements(Currency currency) {
    Checks.requireNonNull(currency, "currency");
    return new TableReader<>("amazon", StandardCharsets.UTF_8, '\t', () -> new AmazonTable(currency));
  }

  /** The payment reader for a format name: {@code canonical}, {@code wechat} or {@code alipay}. */
  public static BillReader<Payment> payments(String format, Currency currency, ZoneId zone) {
    Checks.requireNonNull(format, "format");
    switch (format) {
      case "canonical": return canonicalPayments(currency, zone);
      case "wechat": return wechatPayments(currency);
      case "alipay": return alipayPayments(currency);
      default:
        throw new InvalidValueException("paymentsFormat", format, "is not one of canonical, wechat, alipay");
    }
  }

  /** The settlement reader for a format name: {@code canonical} or {@code amazon}. */
  public static BillReader<Settlement> settlements(String format, Currency currency, ZoneId zone) {
    Checks.requireNonNull(format, "format");
    switch (format) {
      case "canonical": return canonicalSettlements(currency, zone);
      case "amazon": return amazonSettlements(currency);
      default:
        throw new InvalidValueException("settlementsFormat", format, "is not one of canonical, amazon");
    }
  }

  private static void check(Currency currency, ZoneId zone) {
    Checks.requireNonNull(currency, "currency");
    Checks.requireNonNull(zone, "zone");
  }
}
