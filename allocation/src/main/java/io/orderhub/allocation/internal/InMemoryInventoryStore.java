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
import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import io.orderhub.core.internal.Checks;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Instant;
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
 * deadlock. A reservation's state moves out of {@code ACTIVE} by compare-and-set, so exactly one
 * caller returns or ships its units.
 *
 * <p>Layout: each SKU's counts sit in one {@code long[]} row indexed by warehouse <em>slot</em> (a
 * store-wide number given to each warehouse when it is first stocked), one word per position
 * packing on hand (high 32 bits) and reserved (low 32 bits). The allocator reads a SKU's row for
 * every warehouse at once, so a row of 50 warehouses is 400 contiguous bytes rather than 50 objects
 * across the heap. Reads are lock-free: a word is written whole (under the position's lock), so one
 * read is one consistent snapshot of the position. A position holding more than {@link
 * Integer#MAX_VALUE} units does not fit a word; its word is {@link #UNPACKED} and readers take the
 * position's lock to read its counts. The locks and the authoritative counts stay per position
 * ({@code Cell}), so the lock order and the contention are the same as with one object per position.
 *
 * <p>Memory: 8 bytes per SKU and warehouse slot up to the highest slot the SKU is stocked in, plus
 * one small object per stocked position.
 */
public final class InMemoryInventoryStore implements InventoryStore {
  /** The word of a position whose counts do not fit 32 bits each: read them under its lock. */
  private static final long UNPACKED = -1L;
  private static final long LOW = 0xFFFF_FFFFL;
  private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);

  private final ConcurrentHashMap<StockKey, Cell> cells = new ConcurrentHashMap<>();
  /** Rows by SKU code (a String key: cheaper to hash and compare than the record). */
  private final ConcurrentHashMap<String, Row> bySku = new ConcurrentHashMap<>();
  /** Each warehouse's slot, numbered in the order warehouses are first stocked; added under its own monitor. */
  private final ConcurrentHashMap<WarehouseId, Integer> slots = new ConcurrentHashMap<>();
  /** How many slots exist; written after the slot is in {@link #slots}, so a reader that read it sees them all. */
  private volatile int slotCount;
  /** The slots of the last warehouse list asked for (an allocator asks with the same list every time). */
  private volatile @Nullable SlotsOf lastList;
  private final ConcurrentHashMap<ReservationId, Entry> reservations = new ConcurrentHashMap<>();

  /** A reservation's current value, and when it left ACTIVE. */
  private static final class Entry extends AtomicReference<Reservation> {
    private static final long serialVersionUID = 1L;
    volatile @Nullable Instant finishedAt;

    Entry(Reservation r) {
      super(r);
    }
  }

  /** The slot of each warehouse of {@code warehouses} (-1: never stocked), while {@code known} slots exist. */
  private record SlotsOf(List<WarehouseId> warehouses, int[] slots, int known) {}

  /**
   * One SKU's positions: their packed counts by slot ({@link #words}) and their cells by slot. Both
   * arrays are replaced by longer ones when a warehouse with a higher slot is first stocked, and
   * only while every cell of the row is locked (see {@link #grow}), so a writer holding a cell's lock
   * always writes the current array. Cells are added under the row's monitor.
   */
  private static final class Row {
    volatile long[] words = new long[0];
    volatile Cell[] cells = new Cell[0];
  }

  /**
   * One position: its lock (the cell itself) and its authoritative counts, read and written only
   * while holding the lock; every write also publishes the packed word in the row.
   */
  private static final class Cell extends ReentrantLock {
    private static final long serialVersionUID = 1L;

    final StockKey key;
    final Row row;
    final int slot;
    private long onHand;
    private long reserved;

    Cell(StockKey key, Row row, int slot) {
      this.key = key;
      this.row = row;
      this.slot = slot;
    }

    /** Units on hand; only while holding the lock. */
    long onHandLocked() {
      return onHand;
    }

    /** Units reserved; only while holding the lock. */
    long reservedLocked() {
      return reserved;
    }

    /** Sets and publishes new counts; only while holding the lock. Fails like {@link StockCount} on bad counts. */
    void set(long newOnHand, long newReserved) {
      if (newOnHand < 0 || newReserved < 0 || newReserved > newOnHand) {
        new StockCount(newOnHand, newReserved); // throws, naming the broken count
      }
      onHand = newOnHand;
      reserved = newReserved;
      WORDS.setRelease(row.words, slot, pack(newOnHand, newReserved));
    }

    /** The counts, from one consistent snapshot. */
    StockCount snapshot() {
      long word = (long) WORDS.getAcquire(row.words, slot);
      if (word != UNPACKED) {
        return count(word >>> 32, word & LOW);
      }
      lock();
      try {
        return count(onHand, reserved);
      } finally {
        unlock();
      }
    }

    /** Sellable units under {@code buffer}, from one consistent snapshot (a word that did not fit: under the lock). */
    long sellableUnpacked(StockBuffer buffer) {
      lock();
      try {
        return sellable(onHand, reserved, buffer);
      } finally {
        unlock();
      }
    }

    private static StockCount count(long onHand, long reserved) {
      return onHand == 0 && reserved == 0 ? StockCount.ZERO : new StockCount(onHand, reserved);
    }
  }

  /** A position's word: on hand in the high 32 bits, reserved in the low 32; {@link #UNPACKED} when on hand does not fit. */
  private static long pack(long onHand, long reserved) {
    return onHand <= Integer.MAX_VALUE ? onHand << 32 | reserved : UNPACKED; // reserved <= onHand: fits too
  }

  /** The one formula of every sellable read: {@code capacity(onHand) − reserved}, at least 0. */
  private static long sellable(long onHand, long reserved, StockBuffer buffer) {
    return onHand > 0 ? Math.max(0, buffer.capacity(onHand) - reserved) : 0;
  }

  @Override
  public StockCount count(StockKey key) {
    Cell cell = cells.get(key);
    return cell == null ? StockCount.ZERO : cell.snapshot();
  }

  @Override
  public List<StockCount> counts(Sku sku, List<WarehouseId> warehouses) {
    StockCount[] out = new StockCount[warehouses.size()];
    Row row = bySku.get(sku.value());
    int[] slotOf = slotsOf(warehouses);
    Cell[] found = row == null ? new Cell[0] : row.cells;
    for (int i = 0; i < out.length; i++) {
      int s = slotOf[i];
      Cell cell = s >= 0 && s < found.length ? found[s] : null;
      out[i] = cell == null ? StockCount.ZERO : cell.snapshot();
    }
    return Arrays.asList(out);
  }

  /**
   * What {@code sku} can still promise at each of {@code warehouses}, written to {@code out} from
   * {@code offset} on: the allocator's read of a SKU's row, one pass over one array.
   */
  public void sellable(Sku sku, List<WarehouseId> warehouses, BufferPolicy buffers, long[] out, int offset) {
    Row row = bySku.get(sku.value());
    int n = warehouses.size();
    if (row == null) {
      Arrays.fill(out, offset, offset + n, 0);
      return;
    }
    int[] slotOf = slotsOf(warehouses);
    long[] words = row.words;
    if (buffers.isUniform()) {
      StockBuffer buffer = buffers.defaultBuffer();
      for (int i = 0; i < n; i++) {
        int s = slotOf[i];
        long word = s >= 0 && s < words.length ? (long) WORDS.getAcquire(words, s) : 0;
        // no branch on whether the position is stocked (the allocator's rows are a mix it cannot
        // predict): an empty word (0, 0) gives capacity(0) − 0 = 0 like any other
        out[offset + i] = word != UNPACKED ? Math.max(0, buffer.capacity(word >>> 32) - (word & LOW))
            : row.cells[s].sellableUnpacked(buffer);
      }
      return;
    }
    for (int i = 0; i < n; i++) {
      int s = slotOf[i];
      long word = s >= 0 && s < words.length ? (long) WORDS.getAcquire(words, s) : 0;
      if (word == 0) { // skips the buffer lookup
        out[offset + i] = 0;
        continue;
      }
      StockBuffer buffer = buffers.bufferFor(warehouses.get(i), sku);
      out[offset + i] = word != UNPACKED ? sellable(word >>> 32, word & LOW, buffer)
          : row.cells[s].sellableUnpacked(buffer);
    }
  }

  /** What a position with counts {@code c} can still promise: {@code capacity(onHand) − reserved}, at least 0. */
  public static long sellable(StockCount c, BufferPolicy buffers, WarehouseId warehouse, Sku sku) {
    return sellable(c.onHand(), c.reserved(), buffers.bufferFor(warehouse, sku));
  }

  /** The slot of each of {@code warehouses} (-1 where never stocked), worked out again only when a slot was added. */
  private int[] slotsOf(List<WarehouseId> warehouses) {
    SlotsOf last = lastList;
    int known = slotCount;
    if (last != null && last.warehouses() == warehouses && last.known() == known) {
      return last.slots();
    }
    int[] out = new int[warehouses.size()];
    for (int i = 0; i < out.length; i++) {
      Integer s = slots.get(warehouses.get(i));
      out[i] = s == null ? -1 : s;
    }
    // a slot added meanwhile is simply missing here (never stocked, as far as this read is concerned)
    lastList = new SlotsOf(warehouses, out, known);
    return out;
  }

  /** The cell of {@code key}, created (with a slot in its SKU's row) on first use. */
  private Cell cell(StockKey key) {
    Cell cell = cells.get(key);
    if (cell != null) {
      return cell;
    }
    int slot = slot(key.warehouse());
    Row row = bySku.computeIfAbsent(key.sku().value(), s -> new Row());
    synchronized (row) { // one creator per row at a time; every cell of a key belongs to the same row
      cell = cells.get(key);
      if (cell == null) {
        if (slot >= row.words.length) { // at least doubled, so a row grows a few times, not once per warehouse
          grow(row, Math.max(Math.max(slot + 1, slotCount), 2 * row.words.length));
        }
        cell = new Cell(key, row, slot);
        Cell[] byCell = row.cells;
        byCell[slot] = cell; // the array is only written under the row's monitor
        row.cells = byCell; // publish
        cells.put(key, cell);
      }
      return cell;
    }
  }

  /** The slot of {@code warehouse}, numbered on first use. */
  private int slot(WarehouseId warehouse) {
    Integer slot = slots.get(warehouse);
    if (slot != null) {
      return slot;
    }
    synchronized (slots) {
      slot = slots.get(warehouse);
      if (slot == null) {
        slot = slots.size();
        slots.put(warehouse, slot);
        slotCount = slot + 1;
      }
      return slot;
    }
  }

  /**
   * Replaces the row's arrays by ones of {@code length} slots. Every cell of the row is locked, in
   * key order (the fixed lock order; this thread holds no other cell), so no writer can write the
   * old array after it was copied.
   */
  private static void grow(Row row, int length) {
    List<Cell> members = new ArrayList<>();
    for (Cell c : row.cells) {
      if (c != null) {
        members.add(c);
      }
    }
    members.sort(Comparator.comparing(c -> c.key));
    for (Cell c : members) {
      c.lock();
    }
    try {
      row.cells = Arrays.copyOf(row.cells, length);
      row.words = Arrays.copyOf(row.words, length);
    } finally {
      for (int i = members.size() - 1; i >= 0; i--) {
        members.get(i).unlock();
      }
    }
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
