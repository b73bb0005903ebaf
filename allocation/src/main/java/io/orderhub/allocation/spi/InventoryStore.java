package io.orderhub.allocation.spi;

import io.orderhub.allocation.BufferPolicy;
import io.orderhub.allocation.DuplicateReservationException;
import io.orderhub.allocation.InsufficientStockException;
import io.orderhub.allocation.Reservation;
import io.orderhub.allocation.ReservationId;
import io.orderhub.allocation.ReservationState;
import io.orderhub.allocation.ReservationStateException;
import io.orderhub.allocation.StockAdjustmentException;
import io.orderhub.allocation.StockBuffer;
import io.orderhub.allocation.StockKey;
import io.orderhub.allocation.UnknownReservationException;
import io.orderhub.allocation.internal.InMemoryInventoryStore;
import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where an {@link io.orderhub.allocation.InventoryPool} keeps stock counts and reservations. Every
 * method is atomic and thread-safe; the contract every implementation must keep:
 *
 * <ul>
 *   <li>{@code 0 <= reserved <= onHand} and {@code buffer.capacity(onHand) − reserved >= 0} at every
 *       position, under any interleaving of calls;
 *   <li>{@link #reserve} applies all of a reservation's positions or none, and no caller ever
 *       observes a part of it;
 *   <li>a reservation leaves {@link ReservationState#ACTIVE} exactly once; its units are returned
 *       (release, expiry) or shipped (commit) by the call that moved it;
 *   <li>a position's {@code reserved} equals the sum of the active reservations that hold it, once
 *       the calls in flight have returned.
 * </ul>
 *
 * <p>The in-memory default ({@link #inMemory()}) locks one position at a time, always in {@link
 * StockKey} order; a database store does the same with {@code SELECT ... FOR UPDATE} in key order
 * or a single conditional {@code UPDATE} per position within one transaction.
 */
public interface InventoryStore {

  /** A new, empty, thread-safe in-memory store. */
  static InventoryStore inMemory() {
    return new InMemoryInventoryStore();
  }

  /** The counts at {@code key}; {@link StockCount#ZERO} for a position never stocked. */
  StockCount count(StockKey key);

  /**
   * The counts of {@code sku} at each of {@code warehouses}, in the same order ({@link
   * StockCount#ZERO} where never stocked). Each count is a consistent snapshot of its position; the
   * list is not one snapshot across positions. The default asks {@link #count} per position; a store
   * overrides it when it can read a SKU's row at once.
   */
  default List<StockCount> counts(Sku sku, List<WarehouseId> warehouses) {
    StockCount[] out = new StockCount[warehouses.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = count(StockKey.of(warehouses.get(i), sku));
    }
    return java.util.Arrays.asList(out);
  }

  /** Every position ever stocked, sorted. */
  List<StockKey> keys();

  /**
   * Sets the units on hand (a stock count or an import).
   *
   * @param buffer the position's buffer, to check the reserved units stay covered
   * @throws StockAdjustmentException when {@code buffer.capacity(onHand)} would be below the units
   *     reserved
   */
  StockCount setOnHand(StockKey key, long onHand, StockBuffer buffer);

  /** Adds {@code quantity} (at least 1) units on hand. */
  StockCount restock(StockKey key, long quantity);

  /**
   * Stores an {@link ReservationState#ACTIVE} reservation and raises {@code reserved} at each of its
   * positions, if every position has {@code buffers.bufferFor(key).capacity(onHand) − reserved} of
   * at least the units asked for; otherwise changes nothing.
   *
   * @throws InsufficientStockException naming every position that lacked units
   * @throws DuplicateReservationException when the id is taken
   */
  void reserve(Reservation reservation, BufferPolicy buffers);

  /**
   * Moves an active reservation to {@code target} ({@link ReservationState#RELEASED}, {@link
   * ReservationState#COMMITTED} or {@link ReservationState#EXPIRED}) and adjusts the stock: a
   * release or expiry lowers {@code reserved}; a commit lowers both {@code reserved} and {@code
   * onHand}. A reservation that {@link Reservation#isDue is due} at {@code now} is expired instead
   * (its units returned) and the call fails.
   *
   * @return the reservation in its new state
   * @throws UnknownReservationException when there is no such reservation
   * @throws ReservationStateException when it is not active, or was due and has just expired
   */
  Reservation finish(ReservationId id, ReservationState target, Instant now);

  /** Expires every active reservation due at {@code now} and returns them, expired, sorted by id. */
  List<Reservation> expireDue(Instant now);

  /** The reservation with this id, in its current state. */
  Optional<Reservation> reservation(ReservationId id);

  /** The active reservations, sorted by id. */
  List<Reservation> active();

  /**
   * Forgets reservations that were released, committed or expired at or before {@code cutoff} (by
   * the {@code now} of the call that finished them), so a long-running store does not grow without
   * bound; a later operation on one of them fails with {@link UnknownReservationException} instead
   * of {@link ReservationStateException}.
   *
   * @return how many were forgotten
   */
  int purgeFinished(Instant cutoff);
}
