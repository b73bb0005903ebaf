package io.orderhub.channels.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.ChannelId;
import java.time.Instant;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The digit-by-digit instant of the version keys agrees with {@link Instant#toString()}. */
class IdempotencyKeysProperties {

  @Property(tries = 2_000)
  void theFastPathWritesWhatInstantToStringWrites(
      @ForAll @LongRange(min = IdempotencyKeys.FIRST_FAST_SECOND - 86_400L * 800,
          max = IdempotencyKeys.LAST_FAST_SECOND + 86_400L * 800) long second,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nano, @ForAll @IntRange(min = 0, max = 3) int precision) {
    int n = precision == 0 ? 0 : precision == 1 ? nano / 1_000_000 * 1_000_000 : precision == 2 ? nano / 1_000 * 1_000
        : nano;
    Instant t = Instant.ofEpochSecond(second, n);

    assertThat(written(t)).isEqualTo(t.toString());
  }

  @Property(tries = 300)
  void anyInstantIsWrittenAsInstantToString(
      @ForAll @LongRange(min = -31_557_014_167_219_200L, max = 31_556_889_864_403_199L) long second,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nano) {
    Instant t = Instant.ofEpochSecond(second, nano);

    assertThat(written(t)).isEqualTo(t.toString());
  }

  @Example
  void versionKeysKeepTheirFormat() {
    Instant t = Instant.parse("2024-06-19T09:02:44Z");
    assertThat(IdempotencyKeys.version(ChannelId.TAOBAO, "1001", t)).isEqualTo("v|taobao|1001|" + t);
    assertThat(IdempotencyKeys.version(ChannelId.TAOBAO, "1001", t.plusMillis(5)))
        .isEqualTo("v|taobao|1001|2024-06-19T09:02:44.005Z");
    assertThat(IdempotencyKeys.version(ChannelId.TAOBAO, "1001", Instant.EPOCH.minusSeconds(1)))
        .isEqualTo("v|taobao|1001|1969-12-31T23:59:59Z");
    assertThat(IdempotencyKeys.delivery(ChannelId.TAOBAO, "d-1")).isEqualTo("d|taobao|d-1");
  }

  private static String written(Instant t) {
    StringBuilder b = new StringBuilder();
    IdempotencyKeys.appendInstant(b, t);
    return b.toString();
  }
}
