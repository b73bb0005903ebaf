package io.orderhub.channels.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The formatter-free reading of common time shapes agrees with the {@code java.time} formatters. */
class TimesProperties {

  @Property(tries = 3000)
  void fastPathsAgreeWithTheFormatters(@ForAll("times") String text) {
    agreesWithTheFormatters(text, ZoneOffset.ofHours(8));
  }

  /** The same with a region zone, which takes the {@code ZonedDateTime} branch of the local fast path. */
  @Property(tries = 1000)
  void fastPathsAgreeWithTheFormattersInARegionZone(@ForAll("times") String text) {
    agreesWithTheFormatters(text, java.time.ZoneId.of("Asia/Shanghai"));
  }

  private static void agreesWithTheFormatters(String text, java.time.ZoneId zone) {
    Instant[] expected = new Instant[1];
    Throwable formatterFailure = catchThrowable(() -> expected[0] = Times.withFormatter(text, zone));
    Instant[] got = new Instant[1];
    Throwable failure = catchThrowable(() -> got[0] = Times.parse(text, zone));
    if (formatterFailure != null) {
      assertThat(failure).as(text).isNotNull();
    } else {
      assertThat(failure).as(text).isNull();
      assertThat(got[0]).as(text).isEqualTo(expected[0]);
    }
  }

  @Provide
  Arbitrary<String> times() {
    Arbitrary<String> date = Combinators.combine(
        Arbitraries.integers().between(1970, 2100), Arbitraries.integers().between(0, 13),
        Arbitraries.integers().between(0, 32)).as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    Arbitrary<String> time = Combinators.combine(
        Arbitraries.integers().between(0, 25), Arbitraries.integers().between(0, 60),
        Arbitraries.integers().between(0, 60)).as((h, m, s) -> String.format("%02d:%02d:%02d", h, m, s));
    Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just("."),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10).map(f -> "." + f));
    Arbitrary<String> offset = Arbitraries.oneOf(Arbitraries.of("Z", "z", "+08:00", "-05:30", "+00:00", "-00:00",
        "+18:00", "+19:00", "+08:60", "+0800", "+08", "+08:00:00", ""),
        Combinators.combine(Arbitraries.of('+', '-'), Arbitraries.integers().between(0, 20),
            Arbitraries.integers().between(0, 59)).as((sg, h, m) -> String.format("%c%02d:%02d", sg, h, m)));
    return Combinators.combine(date, Arbitraries.of("T", " "), time, fraction, offset)
        .as((d, sep, t, f, o) -> d + sep + t + f + o);
  }
}
