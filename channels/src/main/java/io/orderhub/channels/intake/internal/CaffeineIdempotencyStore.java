package io.orderhub.channels.intake.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.orderhub.channels.intake.spi.IdempotencyStore;
import io.orderhub.core.internal.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** {@link IdempotencyStore#inMemory}: a Caffeine cache expiring keys after the horizon, on the intake's clock. */
public final class CaffeineIdempotencyStore implements IdempotencyStore {
  private final Cache<String, Boolean> keys;

  public CaffeineIdempotencyStore(Duration horizon, long maximumKeys, Clock clock) {
    Checks.requireNonNull(horizon, "horizon");
    Checks.requireArgument(!horizon.isNegative() && !horizon.isZero(), "horizon", horizon, "is not positive");
    Checks.requireArgument(maximumKeys > 0, "maximumKeys", maximumKeys, "is not positive");
    Checks.requireNonNull(clock, "clock");
    this.keys = Caffeine.newBuilder()
        .expireAfterWrite(horizon)
        .maximumSize(maximumKeys)
        .ticker(() -> nanos(clock.instant()))
        .executor(Runnable::run) // maintenance on the caller's thread: the library starts no threads
        .build();
  }

  @Override
  public boolean contains(String key) {
    return keys.getIfPresent(key) != null;
  }

  @Override
  public void mark(String key) {
    keys.put(key, Boolean.TRUE);
  }

  private static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }
}
