package io.orderhub.benchmarks.allocation;

import io.orderhub.allocation.BufferPolicy;
import io.orderhub.allocation.Reservation;
import io.orderhub.allocation.ReservationId;
import io.orderhub.allocation.ReservationState;
import io.orderhub.allocation.StockBuffer;
import io.orderhub.allocation.StockKey;
import io.orderhub.allocation.spi.InventoryStore;
import io.orderhub.allocation.spi.StockCount;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The naive correct design the reference warns against scaling with: the same in-memory store, but
 * every call behind one global lock, so every reservation in the JVM queues behind every other
 * whatever SKU it touches. Baseline for {@link ReservationBenchmark} only.
 */
final class GlobalLockStore implements InventoryStore {
  private final InventoryStore delegate = InventoryStore.inMemory();

  @Override
  public synchronized StockCount count(StockKey key) {
    return delegate.count(key);
  }

  @Override
  public synchronized List<StockKey> keys() {
    return delegate.keys();
  }

  @Override
  public synchronized StockCount setOnHand(StockKey key, long onHand, StockBuffer buffer) {
    return delegate.setOnHand(key, onHand, buffer);
  }

  @Override
  public synchronized StockCount restock(StockKey key, long quantity) {
    return delegate.restock(key, quantity);
  }

  @Override
  public synchronized void reserve(Reservation reservation, BufferPolicy buffers) {
    delegate.reserve(reservation, buffers);
  }

  @Override
  public synchronized Reservation finish(ReservationId id, ReservationState target, Instant now) {
    return delegate.finish(id, target, now);
  }

  @Override
  public synchronized List<Reservation> expireDue(Instant now) {
    return delegate.expireDue(now);
  }

  @Override
  public synchronized Optional<Reservation> reservation(ReservationId id) {
    return delegate.reservation(id);
  }

  @Override
  public synchronized List<Reservation> active() {
    return delegate.active();
  }

  @Override
  public synchronized int purgeFinished(Instant cutoff) {
    return delegate.purgeFinished(cutoff);
  }
}
