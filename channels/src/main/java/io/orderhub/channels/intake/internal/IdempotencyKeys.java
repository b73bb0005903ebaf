package io.orderhub.channels.intake.internal;

import io.orderhub.core.ChannelId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The keys the intake gives its {@link io.orderhub.channels.intake.spi.IdempotencyStore}: {@code
 * d|channel|deliveryId} for a delivery and {@code v|channel|externalId|updatedAt} for an order
 * version, {@code updatedAt} written exactly as {@link Instant#toString()} writes it (hosts keep
 * these keys in their database, so the format must not drift).
 *
 * <p>A version key is made for every delivery; {@link Instant#toString()} goes through {@code
 * DateTimeFormatter} and costs more than the rest of the key, so {@link #appendInstant} writes the
 * common case (years 0000 to 9999) digit by digit and leaves the rest to {@link Instant#toString()}.
 */
public final class IdempotencyKeys {
  /** 0000-01-01T00:00:00Z. */
  static final long FIRST_FAST_SECOND = -62_167_219_200L;
  /** 9999-12-31T23:59:59Z. */
  static final long LAST_FAST_SECOND = 253_402_300_799L;

  private IdempotencyKeys() {}

  /** The key of a delivery id. */
  public static String delivery(ChannelId channel, String deliveryId) {
    return "d|" + channel.value() + "|" + deliveryId;
  }

  /** The key of an order version: the same (channel, externalId, updatedAt) is the same version. */
  public static String version(ChannelId channel, String externalId, Instant updatedAt) {
    String c = channel.value();
    StringBuilder b = new StringBuilder(c.length() + externalId.length() + 36);
    b.append("v|").append(c).append('|').append(externalId).append('|');
    appendInstant(b, updatedAt);
    return b.toString();
  }

  /** Appends what {@link Instant#toString()} returns for {@code t}. */
  static void appendInstant(StringBuilder b, Instant t) {
    long second = t.getEpochSecond();
    if (second < FIRST_FAST_SECOND || second > LAST_FAST_SECOND) {
      b.append(t); // a year ISO writes with a sign, or five digits and more
      return;
    }
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(second, 86_400L));
    int secondOfDay = (int) Math.floorMod(second, 86_400L);
    digits(b, date.getYear(), 4);
    b.append('-');
    digits(b, date.getMonthValue(), 2);
    b.append('-');
    digits(b, date.getDayOfMonth(), 2);
    b.append('T');
    digits(b, secondOfDay / 3600, 2);
    b.append(':');
    digits(b, secondOfDay / 60 % 60, 2);
    b.append(':');
    digits(b, secondOfDay % 60, 2);
    int nano = t.getNano();
    if (nano > 0) { // like ISO_INSTANT: milli, micro or nano digits, whichever is enough
      b.append('.');
      if (nano % 1_000_000 == 0) {
        digits(b, nano / 1_000_000, 3);
      } else if (nano % 1_000 == 0) {
        digits(b, nano / 1_000, 6);
      } else {
        digits(b, nano, 9);
      }
    }
    b.append('Z');
  }

  /** Appends {@code value} (non-negative, below 10^width) as exactly {@code width} digits. */
  private static void digits(StringBuilder b, int value, int width) {
    int divisor = 1;
    for (int i = 1; i < width; i++) {
      divisor *= 10;
    }
    for (; divisor > 0; divisor /= 10) {
      b.append((char) ('0' + value / divisor % 10));
    }
  }
}
