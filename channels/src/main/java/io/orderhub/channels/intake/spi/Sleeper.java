package io.orderhub.channels.intake.spi;

import java.time.Duration;

/**
 * How the intake waits between two attempts of a transient failure (a stale store version, a store
 * that is briefly unavailable). It waits on the thread that processes the delivery: the library
 * starts no threads. Tests inject a sleeper that records the waits and returns at once.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for {@code duration}.
   *
   * @throws InterruptedException when the waiting thread is interrupted; the intake then dead-letters
   *     the delivery rather than lose it
   */
  void sleep(Duration duration) throws InterruptedException;

  /** {@link Thread#sleep(long)} on the calling thread. */
  static Sleeper blocking() {
    return d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
  }
}
