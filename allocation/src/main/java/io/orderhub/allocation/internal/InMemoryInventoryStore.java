package io.orderhub.allocation.internal;

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
import io.orderhub.allocation.StockLevel;
import io.orderhub.allocation.UnknownReservationException;
import io.orderhub.allocation.spi.InventoryStore;
import io.orderhub.allocation.spi.StockCount;
import io.orderhub.core.internal.Checks;
import java.time.Instant;
import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory {@link InventoryStore}: one lock per stock position (no global lock), taken in
 * {@link StockKey} order when a reservation spans several positions, so two reservations can never
 * deadlock. Reads are lock-free: each position publishes an immutable {@link StockCount} through a
 * volatile field. A reservation's state moves out of {@code ACTIVE} by compare-and-set, so exactly
 * one caller returns or ships its units.
 */
public final class InMemoryInventoryStore implements InventoryStore {
  private final ConcurrentHashMap<StockKey, Cell> cells = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Sku, Row> bySku = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<ReservationId, Entry> reservations = new ConcurrentHashMap<>();

  /** A reservation's current value, and when it left ACTIVE. */
  private static final class Entry extends AtomicReference<Reservation> {
    private static final long serialVersionUID = 1L;
    volatile @Nullable Instant finishedAt;

    Entry(Reservation r) {
      super(r);
    }
  }

  /**
   * A SKU's cells by warehouse, and the cells of the last warehouse list asked for: an allocator asks
   * with the same (immutable) list every time, so the row is resolved once and then read by index
   * until a cell is added to it (cells are never removed).
   */
  private static final class Row {
    final ConcurrentHashMap<WarehouseId, Cell> cells = new ConcurrentHashMap<>();
    volatile @Nullable Resolved resolved;
  }

  private record Resolved(List<WarehouseId> warehouses, @Nullable Cell[] cells, int size) {}

  /** One position: its lock and its current counts. */
  private static final class Cell {
    final ReentrantLock lock = new ReentrantLock();
    volatile StockCount count = StockCount.ZERO;
  }

  @Override
  public StockCount count(StockKey key) {
    Cell cell = cells.get(key);
    return cell == null ? StockCount.ZERO : cell.count;
  }

  @Override
  public List<StockCount> counts(Sku sku, List<WarehouseId> warehouses) {
    StockCount[] out = new StockCount[warehouses.size()];
    Row row = bySku.get(sku);
    if (row == null) {
      Arrays.fill(out, StockCount.ZERO);
      return Arrays.asList(out);
    }
    Resolved r = row.resolved;
    int size = row.cells.size();
    if (r == null || r.warehouses() != warehouses || r.size() != size) {
      Cell[] resolved = new Cell[out.length];
      for (int i = 0; i < out.length; i++) {
        resolved[i] = row.cells.get(warehouses.get(i));
      }
      r = new Resolved(warehouses, resolved, size);
      row.resolved = r;
    }
    Cell[] found = r.cells();
    for (int i = 0; i < out.length; i++) {
      Cell cell = found[i];
      out[i] = cell == null ? StockCount.ZERO : cell.count;
    }
    return Arrays.asList(out);
  }

  /** The cell of {@code key}, created (and indexed by SKU) on first use. */
  private Cell cell(StockKey key) {
    Cell cell = cells.get(key);
    if (cell != null) {
      return cell;
    }
    return cells.computeIfAbsent(key, k -> {
      Cell c = new Cell();
      bySku.computeIfAbsent(k.sku(), s -> new Row()).cells.put(k.warehouse(), c);
      return c;
    });
  }

  @Override
  public List<StockKey> keys() {
    List<StockKey> keys = new ArrayList<>(cells.keySet());
    keys.sort(Comparator.naturalOrder());
    return List.copyOf(keys);
  }

  @Override
  public StockCount setOnHand(StockKey key, long onHand, StockBuffer buffer) {
    Checks.requireArgument(onHand >= 0 && onHand <= StockLevel.MAX_QUANTITY, "onHand[" + key + "]", onHand,
        "is not in 0.." + StockLevel.MAX_QUANTITY);
    Cell cell = cell(key);
    cell.lock.lock();
    try {
      long reserved = cell.count.reserved();
      long capacity = buffer.capacity(onHand);
      if (capacity < reserved) {
        throw new StockAdjustmentException(key, onHand, capacity, reserved);
      }
      cell.count = new StockCount(onHand, reserved);
      return cell.count;
    } finally {
      cell.lock.unlock();
    }
  }

  @Override
  public StockCount restock(StockKey key, long quantity) {
    Checks.requireArgument(quantity > 0 && quantity <= StockLevel.MAX_QUANTITY, "quantity[" + key + "]", quantity,
        "is not in 1.." + StockLevel.MAX_QUANTITY);
    Cell cell = cell(key);
    cell.lock.lock();
    try {
      StockCount c = cell.count;
      long onHand = c.onHand() + quantity;
      Checks.requireArgument(onHand <= StockLevel.MAX_QUANTITY, "onHand[" + key + "]", onHand,
          "would exceed " + StockLevel.MAX_QUANTITY);
      cell.count = new StockCount(onHand, c.reserved());
      return cell.count;
    } finally {
      cell.lock.unlock();
    }
  }

  @Override
  public void reserve(Reservation reservation, BufferPolicy buffers) {
    Checks.requireArgument(reservation.state() == ReservationState.ACTIVE, "reservation.state",
        reservation.state(), "is not ACTIVE");
    if (reservations.containsKey(reservation.id())) {
      throw new DuplicateReservationException(reservation.id());
    }
    Map<StockKey, Long> wanted = reservation.quantities(); // sorted by StockKey: the lock order
    List<Cell> locked = new ArrayList<>(wanted.size());
    try {
      Map<StockKey, InsufficientStockException.Shortfall> shortfalls = null;
      for (Map.Entry<StockKey, Long> e : wanted.entrySet()) {
        Cell cell = cells.get(e.getKey());
        long sellable = 0;
        if (cell != null) {
          cell.lock.lock();
          locked.add(cell);
          StockCount c = cell.count;
          sellable = buffers.bufferFor(e.getKey()).capacity(c.onHand()) - c.reserved();
        }
        if (sellable < e.getValue()) {
          if (shortfalls == null) {
            shortfalls = new TreeMap<>();
          }
          shortfalls.put(e.getKey(), new InsufficientStockException.Shortfall(e.getValue(), Math.max(0, sellable)));
        }
      }
      if (shortfalls != null) {
        throw new InsufficientStockException(reservation.owner(), shortfalls);
      }
      if (reservations.putIfAbsent(reservation.id(), new Entry(reservation)) != null) {
        throw new DuplicateReservationException(reservation.id());
      }
      int i = 0;
      for (Long q : wanted.values()) {
        Cell cell = locked.get(i++);
        StockCount c = cell.count;
        cell.count = new StockCount(c.onHand(), c.reserved() + q);
      }
    } finally {
      for (int i = locked.size() - 1; i >= 0; i--) {
        locked.get(i).lock.unlock();
      }
    }
  }

  @Override
  public Reservation finish(ReservationId id, ReservationState target, Instant now) {
    Checks.requireArgument(target != ReservationState.ACTIVE, "target", target, "is not a final state");
    Entry ref = reservations.get(id);
    if (ref == null) {
      throw new UnknownReservationException(id);
    }
    while (true) {
      Reservation current = ref.get();
      if (current.state() != ReservationState.ACTIVE) {
        throw new ReservationStateException(id, current.state(), target);
      }
      boolean due = target != ReservationState.EXPIRED && current.isDue(now);
      Reservation next = current.withState(due ? ReservationState.EXPIRED : target);
      if (ref.compareAndSet(current, next)) {
        ref.finishedAt = now;
        apply(next);
        if (due) {
          throw new ReservationStateException(id, ReservationState.EXPIRED, target);
        }
        return next;
      }
    }
  }

  /** Returns or ships the units of a reservation that has just left ACTIVE; locks in key order. */
  private void apply(Reservation finished) {
    boolean ship = finished.state() == ReservationState.COMMITTED;
    for (Map.Entry<StockKey, Long> e : finished.quantities().entrySet()) {
      Cell cell = cells.get(e.getKey()); // exists: reserve() only succeeds on stocked positions
      cell.lock.lock();
      try {
        StockCount c = cell.count;
        long q = e.getValue();
        cell.count = new StockCount(ship ? c.onHand() - q : c.onHand(), c.reserved() - q);
      } finally {
        cell.lock.unlock();
      }
    }
  }

  @Override
  public List<Reservation> expireDue(Instant now) {
    List<Reservation> expired = new ArrayList<>();
    for (Entry ref : reservations.values()) {
      Reservation current = ref.get();
      while (current.state() == ReservationState.ACTIVE && current.isDue(now)) {
        Reservation next = current.withState(ReservationState.EXPIRED);
        if (ref.compareAndSet(current, next)) {
          ref.finishedAt = now;
          apply(next);
          expired.add(next);
          break;
        }
        current = ref.get();
      }
    }
    expired.sort(Comparator.comparing(Reservation::id));
    return List.copyOf(expired);
  }

  @Override
  public Optional<Reservation> reservation(ReservationId id) {
    Entry ref = reservations.get(id);
    return ref == null ? Optional.empty() : Optional.of(ref.get());
  }

  @Override
  public List<Reservation> active() {
    List<Reservation> out = new ArrayList<>();
    for (Entry ref : reservations.values()) {
      Reservation r = ref.get();
      if (r.state() == ReservationState.ACTIVE) {
        out.add(r);
      }
    }
    out.sort(Comparator.comparing(Reservation::id));
    return List.copyOf(out);
  }

  @Override
  public int purgeFinished(Instant cutoff) {
    int[] n = {0};
    reservations.values().removeIf(ref -> {
      Instant finished = ref.finishedAt;
      boolean gone = finished != null && !finished.isAfter(cutoff);
      if (gone) {
        n[0]++;
      }
      return gone;
    });
    return n[0];
  }
}
