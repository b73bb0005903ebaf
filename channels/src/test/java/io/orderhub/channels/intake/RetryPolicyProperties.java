package io.orderhub.channels.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Backoff invariants over all settings. */
class RetryPolicyProperties {

  @Property(tries = 300)
  void everyDelayLiesInItsJitterBandAndIsReproducible(
      @ForAll @IntRange(min = 1, max = 30) int attempt,
      @ForAll @LongRange(min = 0, max = 1_000) long initialMillis,
      @ForAll @DoubleRange(min = 1.0, max = 4.0) double multiplier,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) double jitter,
      @ForAll long seed, @ForAll long salt) {
    RetryPolicy p = RetryPolicy.builder().initialDelay(Duration.ofMillis(initialMillis)).multiplier(multiplier)
        .maxDelay(Duration.ofSeconds(2)).jitter(jitter).seed(seed).build();
    double uncapped = initialMillis * 1e6 * Math.pow(multiplier, attempt - 1);
    long ceiling = (long) Math.min(uncapped, Duration.ofSeconds(2).toNanos());

    Duration d = p.delayAfter(attempt, salt);

    assertThat(d.toNanos()).isBetween((long) Math.floor(ceiling * (1 - jitter)) - 1, ceiling);
    assertThat(p.delayAfter(attempt, salt)).isEqualTo(d);
  }
}
