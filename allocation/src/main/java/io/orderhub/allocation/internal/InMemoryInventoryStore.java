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
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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
 * deadlock. Reads are lock-free: each position publishes its two counts under a sequence number
 * (see {@code Cell}). A reservation's state moves out of {@code ACTIVE} by compare-and-set, so exactly
 * one caller returns or ships its units.
 */
public final class InMemoryInventoryStore implements InventoryStore {
  private final ConcurrentHashMap<StockKey, Cell> cells = new ConcurrentHashMap<>();
  /** Rows by SKU code (a String key: cheaper to hash and compare than the record). */
  private final ConcurrentHashMap<String, Row> bySku = new ConcurrentHashMap<>();
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

  /**
   * One position: its lock (the cell itself) and its counts. Writers hold the lock; readers take no
   * lock but read the two counts inline under a sequence number (a seqlock, like {@link
   * java.util.concurrent.locks.StampedLock}'s optimistic read): even while stable, odd during a write;
   * a read that saw it change retries. So a read is one consistent snapshot, costs no allocation, and
   * touches one object per position (the allocator reads 50 positions per SKU per order).
   */
  private static final class Cell extends ReentrantLock {
    private static final long serialVersionUID = 1L;
    private static final VarHandle VERSION;
    /** Lock-free read attempts before a reader takes the lock. */
    private static final int OPTIMISTIC_READS = 64;

    static {
      try {
        VERSION = MethodHandles.lookup().findVarHandle(Cell.class, "version", long.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private volatile long version;
    private long onHand;
    private long reserved;

    /** Units on hand; only while holding the lock. */
    long onHandLocked() {
      return onHand;
    }

    /** Units reserved; only while holding the lock. */
    long reservedLocked() {
      return reserved;
    }

    /** Publishes new counts; only while holding the lock. Fails like {@link StockCount} on bad counts. */
    void set(long newOnHand, long newReserved) {
      if (newOnHand < 0 || newReserved < 0 || newReserved > newOnHand) {
        new StockCount(newOnHand, newReserved); // throws, naming the broken count
      }
      long v = version;
      VERSION.setOpaque(this, v + 1); // odd: a write is in progress
      VarHandle.storeStoreFence(); // ... visible before the new counts
      onHand = newOnHand;
      reserved = newReserved;
      VERSION.setRelease(this, v + 2); // even again, after the counts
    }

    /** Sellable units under {@code buffer}, from one consistent snapshot. */
    long sellable(StockBuffer buffer) {
      for (int attempt = 0; attempt < OPTIMISTIC_READS; attempt++) {
        long v = (long) VERSION.getAcquire(this);
        long h = onHand;
        long r = reserved;
        VarHandle.loadLoadFence(); // the counts are read before the version is checked again
        if ((v & 1) == 0 && v == version) {
          return sellable(h, r, buffer);
        }
        Thread.onSpinWait();
      }
      lock(); // a writer kept changing it (or was descheduled mid-write): read under the lock
      try {
        return sellable(onHand, reserved, buffer);
      } finally {
        unlock();
      }
    }

    /** The counts, from one consistent snapshot. */
    StockCount snapshot() {
      for (int attempt = 0; attempt < OPTIMISTIC_READS; attempt++) {
        long v = (long) VERSION.getAcquire(this);
        long h = onHand;
        long r = reserved;
        VarHandle.loadLoadFence();
        if ((v & 1) == 0 && v == version) {
          return count(h, r);
        }
        Thread.onSpinWait();
      }
      lock();
      try {
        return count(onHand, reserved);
      } finally {
        unlock();
      }
    }

    /** The one formula of every sellable read: {@code capacity(onHand) − reserved}, at least 0. */
    private static long sellable(long onHand, long reserved, StockBuffer buffer) {
      return onHand > 0 ? Math.max(0, buffer.capacity(onHand) - reserved) : 0;
    }

    private static StockCount count(long onHand, long reserved) {
      return onHand == 0 && reserved == 0 ? StockCount.ZERO : new StockCount(onHand, reserved);
    }
  }

  @Override
  public StockCount count(StockKey key) {
    Cell cell = cells.get(key);
    return cell == null ? StockCount.ZERO : cell.snapshot();
  }

  @Override
  public List<StockCount> counts(Sku sku, List<WarehouseId> warehouses) {
    StockCount[] out = new StockCount[warehouses.size()];
    @Nullable Cell[] found = row(sku, warehouses);
    for (int i = 0; i < out.length; i++) {
      Cell cell = found == null ? null : found[i];
      out[i] = cell == null ? StockCount.ZERO : cell.snapshot();
    }
    return Arrays.asList(out);
  }

  /**
   * What {@code sku} can still promise at each of {@code warehouses}, written to {@code out} from
   * {@code offset} on: the allocator's read of a SKU's row without a list or a count array per call.
   */
  public void sellable(Sku sku, List<WarehouseId> warehouses, BufferPolicy buffers, long[] out, int offset) {
    @Nullable Cell[] found = row(sku, warehouses);
    int n = warehouses.size();
    if (found == null) {
      Arrays.fill(out, offset, offset + n, 0);
      return;
    }
    @Nullable StockBuffer uniform = buffers.isUniform() ? buffers.defaultBuffer() : null; // else looked up per position
    for (int i = 0; i < n; i++) {
      Cell cell = found[i];
      out[offset + i] = cell == null ? 0
          : cell.sellable(uniform != null ? uniform : buffers.bufferFor(warehouses.get(i), sku));
    }
  }

  /** What a position with counts {@code c} can still promise: {@code capacity(onHand) − reserved}, at least 0. */
  public static long sellable(StockCount c, BufferPolicy buffers, WarehouseId warehouse, Sku sku) {
    return c.onHand() > 0 ? Cell.sellable(c.onHand(), c.reserved(), buffers.bufferFor(warehouse, sku)) : 0;
  }

  /** The cells of {@code sku} at {@code warehouses} (null entries where never stocked); null when none. */
  private @Nullable Cell @Nullable [] row(Sku sku, List<WarehouseId> warehouses) {
    Row row = bySku.get(sku.value());
    if (row == null) {
      return null;
    }
    Resolved r = row.resolved;
    int size = row.cells.size();
    if (r == null || r.warehouses() != warehouses || r.size() != size) {
      Cell[] resolved = new Cell[warehouses.size()];
      for (int i = 0; i < resolved.length; i++) {
        resolved[i] = row.cells.get(warehouses.get(i));
      }
      r = new Resolved(warehouses, resolved, size);
      row.resolved = r;
    }
    return r.cells();
  }

  /** The cell of {@code key}, created (and indexed by SKU) on first use. */
  private Cell cell(StockKey key) {
    Cell cell = cells.get(key);
    if (cell != null) {
      return cell;
    }
    return cells.computeIfAbsent(key, k -> {
      Cell c = new Cell();
      bySku.computeIfAbsent(k.sku().value(), s -> new Row()).cells.put(k.warehouse(), c);
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
    cell.lock();
    try {
      long reserved = cell.reservedLocked();
      long capacity = buffer.capacity(onHand);
      if (capacity < reserved) {
        throw new StockAdjustmentException(key, onHand, capacity, reserved);
      }
      cell.set(onHand, reserved);
      return new StockCount(onHand, reserved);
    } finally {
      cell.unlock();
    }
  }

  @Override
  public StockCount restock(StockKey key, long quantity) {
    Checks.requireArgument(quantity > 0 && quantity <= StockLevel.MAX_QUANTITY, "quantity[" + key + "]", quantity,
        "is not in 1.." + StockLevel.MAX_QUANTITY);
    Cell cell = cell(key);
    cell.lock();
    try {
      long onHand = cell.onHandLocked() + quantity;
      Checks.requireArgument(onHand <= StockLevel.MAX_QUANTITY, "onHand[" + key + "]", onHand,
          "would exceed " + StockLevel.MAX_QUANTITY);
      cell.set(onHand, cell.reservedLocked());
      return new StockCount(onHand, cell.reservedLocked());
    } finally {
      cell.unlock();
    }
  }

  @Override
  public void reserve(Reservation reservation, BufferPolicy buffers) {
    Checks.requireArgument(reservation.state() == ReservationState.ACTIVE, "reservation.state",
        reservation.state(), "is not ACTIVE");
    if (reservations.containsKey(reservation.id())) {
      throw new DuplicateReservationException(reservation.id());
    }
    Positions wanted = Positions.of(reservation.quantities(), "reservation.quantities"); // sorted: the lock order
    int n = wanted.count();
    Cell[] locked = new Cell[n];
    int held = 0;
    try {
      Map<StockKey, InsufficientStockException.Shortfall> shortfalls = null;
      for (int p = 0; p < n; p++) {
        StockKey key = wanted.key(p);
        Cell cell = cells.get(key);
        long sellable = 0;
        if (cell != null) {
          cell.lock();
          locked[held++] = cell;
          sellable = buffers.bufferFor(key).capacity(cell.onHandLocked()) - cell.reservedLocked();
        }
        if (sellable < wanted.units(p)) {
          if (shortfalls == null) {
            shortfalls = new TreeMap<>();
          }
          shortfalls.put(key, new InsufficientStockException.Shortfall(wanted.units(p), Math.max(0, sellable)));
        }
      }
      if (shortfalls != null) {
        throw new InsufficientStockException(reservation.owner(), shortfalls);
      }
      if (reservations.putIfAbsent(reservation.id(), new Entry(reservation)) != null) {
        throw new DuplicateReservationException(reservation.id());
      }
      for (int p = 0; p < n; p++) { // every position is stocked and locked here
        Cell cell = locked[p];
        cell.set(cell.onHandLocked(), cell.reservedLocked() + wanted.units(p));
      }
    } finally {
      for (int i = held - 1; i >= 0; i--) {
        locked[i].unlock();
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
    Positions units = Positions.of(finished.quantities(), "reservation.quantities");
    for (int p = 0; p < units.count(); p++) {
      Cell cell = cells.get(units.key(p)); // exists: reserve() only succeeds on stocked positions
      cell.lock();
      try {
        long q = units.units(p);
        cell.set(ship ? cell.onHandLocked() - q : cell.onHandLocked(), cell.reservedLocked() - q);
      } finally {
        cell.unlock();
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
