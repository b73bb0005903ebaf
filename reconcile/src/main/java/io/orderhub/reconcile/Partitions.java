package io.orderhub.reconcile;

import io.orderhub.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How a big day is split across workers: by business date, then by a stable hash of the order
 * (group) key. Every row of one order lands in the same partition, so each worker reconciles its
 * partition alone (see {@link ReconcilerConfig.Builder#partition(int, int)}).
 */
public final class Partitions {
  /** China Standard Time, the business-day zone of the domestic platforms' bills. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private Partitions() {}

  /**
   * The partition of {@code key} among {@code count}: {@code floorMod(key.hashCode(), count)}, stable
   * across JVMs because {@link String#hashCode()} is specified.
   */
  public static int ofKey(String key, int count) {
    Checks.requireNonNull(key, "key");
    Checks.requireArgument(count >= 1, "count", count, "is not >= 1");
    return Math.floorMod(key.hashCode(), count);
  }

  /** The business date of {@code time} in {@code zone}. */
  public static LocalDate businessDate(Instant time, ZoneId zone) {
    Checks.requireNonNull(time, "time");
    Checks.requireNonNull(zone, "zone");
    return LocalDate.ofInstant(time, zone);
  }
}
