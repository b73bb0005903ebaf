package io.orderhub.channels.intake;

import io.orderhub.core.internal.Checks;
import io.orderhub.core.store.DuplicateOrderException;
import io.orderhub.core.store.StaleVersionException;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * How the intake retries a store write that failed for a transient reason: exponential backoff
 * ({@code initialDelay · multiplier^(attempt-1)}, capped at {@code maxDelay}) with jitter (each delay
 * drawn uniformly in {@code [delay·(1-jitter), delay]}, from a generator seeded by {@code seed} and
 * the delivery, so runs replay exactly). After {@code maxAttempts} the delivery is dead-lettered with
 * {@link DeadLetterReason#RETRIES_EXHAUSTED}. Immutable; build with {@link #builder()}.
 *
 * <p>Transient by default: {@link StaleVersionException} and {@link DuplicateOrderException} (both
 * mean another writer won a race: the intake re-reads and decides again) and {@link
 * StoreUnavailableException}. The first {@link DuplicateOrderException} of a delivery's insert is
 * re-read at once, without a wait (the other writer's order is already there to read); it still
 * counts as an attempt.
 */
public final class RetryPolicy {
  private static final Predicate<Throwable> DEFAULT_TRANSIENT = e -> e instanceof StaleVersionException
      || e instanceof DuplicateOrderException || e instanceof StoreUnavailableException;

  private final int maxAttempts;
  private final Duration initialDelay;
  private final double multiplier;
  private final Duration maxDelay;
  private final double jitter;
  private final long seed;
  private final Predicate<Throwable> transientFailure;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialDelay = b.initialDelay;
    this.multiplier = b.multiplier;
    this.maxDelay = b.maxDelay;
    this.jitter = b.jitter;
    this.seed = b.seed;
    this.transientFailure = b.transientFailure;
  }

  /** 5 attempts, 20 ms doubling up to 2 s, jitter 0.5, seed 0. */
  public static RetryPolicy ofDefaults() {
    return builder().build();
  }

  /** A builder starting from the defaults of {@link #ofDefaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxAttempts = maxAttempts;
    b.initialDelay = initialDelay;
    b.multiplier = multiplier;
    b.maxDelay = maxDelay;
    b.jitter = jitter;
    b.seed = seed;
    b.transientFailure = transientFailure;
    return b;
  }

  /** Attempts in all, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration initialDelay() {
    return initialDelay;
  }

  public double multiplier() {
    return multiplier;
  }

  public Duration maxDelay() {
    return maxDelay;
  }

  public double jitter() {
    return jitter;
  }

  public long seed() {
    return seed;
  }

  /** Whether {@code failure} is worth another attempt. */
  public boolean isTransient(Throwable failure) {
    return transientFailure.test(failure);
  }

  /**
   * The wait after the failed attempt number {@code attempt} (1-based) of the delivery identified by
   * {@code salt}; the same arguments always give the same delay.
   */
  public Duration delayAfter(int attempt, long salt) {
    Checks.requireArgument(attempt >= 1, "attempt", attempt, "is not >= 1");
    double base = initialDelay.toNanos() * Math.pow(multiplier, attempt - 1);
    double capped = Math.min(base, (double) maxDelay.toNanos());
    double r = new SplittableRandom(seed ^ (salt * 0x9E3779B97F4A7C15L) ^ attempt).nextDouble();
    double jittered = capped * (1.0 - jitter * r);
    return Duration.ofNanos(Math.max(0L, (long) jittered));
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialDelay=" + initialDelay + ", multiplier=" + multiplier
        + ", maxDelay=" + maxDelay + ", jitter=" + jitter + ", seed=" + seed + "]";
  }

  /** Builds a {@link RetryPolicy}; every setter checks its value at once. */
  public static final class Builder {
    private int maxAttempts = 5;
    private Duration initialDelay = Duration.ofMillis(20);
    private double multiplier = 2.0;
    private Duration maxDelay = Duration.ofSeconds(2);
    private double jitter = 0.5;
    private long seed;
    private Predicate<Throwable> transientFailure = DEFAULT_TRANSIENT;

    private Builder() {}

    /** Attempts in all, 1 (no retry) to 100. */
    public Builder maxAttempts(int maxAttempts) {
      Checks.requireArgument(maxAttempts >= 1 && maxAttempts <= 100, "maxAttempts", maxAttempts, "is not in 1..100");
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The first wait, zero or more. */
    public Builder initialDelay(Duration initialDelay) {
      Checks.requireNonNull(initialDelay, "initialDelay");
      Checks.requireArgument(!initialDelay.isNegative(), "initialDelay", initialDelay, "is negative");
      this.initialDelay = initialDelay;
      return this;
    }

    /** The growth factor of successive waits, 1.0 to 10.0. */
    public Builder multiplier(double multiplier) {
      Checks.requireArgument(multiplier >= 1.0 && multiplier <= 10.0, "multiplier", multiplier, "is not in 1.0..10.0");
      this.multiplier = multiplier;
      return this;
    }

    /** The longest wait, zero or more. */
    public Builder maxDelay(Duration maxDelay) {
      Checks.requireNonNull(maxDelay, "maxDelay");
      Checks.requireArgument(!maxDelay.isNegative(), "maxDelay", maxDelay, "is negative");
      this.maxDelay = maxDelay;
      return this;
    }

    /** The fraction of each wait that is random, 0.0 (none) to 1.0 (full jitter). */
    public Builder jitter(double jitter) {
      Checks.requireArgument(jitter >= 0.0 && jitter <= 1.0, "jitter", jitter, "is not in 0.0..1.0");
      this.jitter = jitter;
      return this;
    }

    /** The seed of the jitter. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Which failures are transient (replaces the default). */
    public Builder retryOn(Predicate<Throwable> transientFailure) {
      this.transientFailure = Checks.requireNonNull(transientFailure, "retryOn");
      return this;
    }

    /** @throws io.orderhub.core.InvalidValueException when maxDelay is shorter than initialDelay */
    public RetryPolicy build() {
      Checks.requireArgument(maxDelay.compareTo(initialDelay) >= 0, "maxDelay", maxDelay,
          "is shorter than initialDelay " + initialDelay);
      return new RetryPolicy(this);
    }
  }
}
