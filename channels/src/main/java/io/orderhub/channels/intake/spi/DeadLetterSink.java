package io.orderhub.channels.intake.spi;

import io.orderhub.channels.intake.DeadLetter;
import io.orderhub.channels.intake.internal.InMemoryDeadLetterSink;
import java.util.List;

/**
 * Keeps the deliveries the intake could not turn into an order, with their raw bytes, so they can be
 * inspected and replayed once the cause is fixed. Implementations must be thread-safe and must not
 * drop a dead letter (a full disk is an exception, never silence).
 */
public interface DeadLetterSink {

  /** Keeps {@code deadLetter}. */
  void put(DeadLetter deadLetter);

  /** Every dead letter held, oldest first, unmodifiable. */
  List<DeadLetter> list();

  /**
   * Removes the dead letter with this id (before a replay).
   *
   * @return whether it was held
   */
  boolean remove(String id);

  /** The default: an unbounded, thread-safe list in memory. */
  static DeadLetterSink inMemory() {
    return new InMemoryDeadLetterSink();
  }
}
