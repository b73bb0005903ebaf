package io.orderhub.allocation;

import io.orderhub.allocation.internal.InMemoryInventoryStore;
import io.orderhub.allocation.spi.InventoryStore;
import io.orderhub.allocation.spi.StockCount;
import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import io.orderhub.core.internal.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One shared inventory pool for every channel: stock per (warehouse, SKU), a safety buffer, and
 * all-or-nothing reservations that expire. It never oversells: sellable ({@code floor(onHand ×
 * buffer) − reserved}, or {@code onHand − safety − reserved}) never goes below zero and reserved
 * never above on hand, whatever the interleaving of threads, without a global lock (see {@link
 * InventoryStore} for the contract and how the default store does it).
 *
 * <pre>{@code
 * InventoryPool pool = InventoryPool.builder().clock(clock).reservationTtl(Duration.ofMinutes(30)).build();
 * pool.setOnHand(StockKey.of("WH-HZ", "TEA-250G"), 120);
 * Reservation r = pool.reserve(ReservationRequest.wholeOrder(order, WarehouseId.of("WH-HZ")));
 * pool.commit(r.id());   // shipped: on hand and reserved both go down
 * }</pre>
 *
 * <p>Thread-safe. Time comes from the injected {@link Clock}; reservation ids from an injectable
 * supplier (by default {@code R<number>}, unique per pool; see {@link Builder#reservationIds}).
 */
public final class InventoryPool {
  private final InventoryStore store;
  private final BufferPolicy buffers;
  private final Clock clock;
  private final Duration ttl;
  private final Supplier<ReservationId> ids;

  private InventoryPool(Builder b) {
    this.store = b.store != null ? b.store : InventoryStore.inMemory();
    this.buffers = b.buffers;
    this.clock = Checks.requireNonNull(b.clock, "clock");
    this.ttl = b.ttl;
    this.ids = b.ids != null ? b.ids : new SequentialIds();
  }

  /**
   * The default ids {@code R1, R2, ...}: each thread takes a block of {@value #BLOCK} numbers from
   * one shared counter and numbers its reservations from it, so threads do not fight over a counter
   * on every reservation (nor write neighbouring slots of the reservation table). One thread sees
   * R1, R2, R3, ...; concurrent threads get unique ids that interleave by block.
   */
  private static final class SequentialIds implements Supplier<ReservationId> {
    private static final int BLOCK = 1024;
    private final AtomicLong blocks = new AtomicLong();
    /** Per thread: {next number, end of the block (exclusive)}. */
    private final ThreadLocal<long[]> range = ThreadLocal.withInitial(() -> new long[2]);

    @Override
    public ReservationId get() {
      long[] r = range.get();
      if (r[0] == r[1]) {
        long start = blocks.getAndAdd(BLOCK);
        r[0] = start + 1;
        r[1] = start + 1 + BLOCK;
      }
      return ReservationId.of("R" + r[0]++);
    }
  }

  /** A pool over a new in-memory store with the default buffer (95 %) and a 30-minute TTL. */
  public static InventoryPool inMemory(Clock clock) {
    return builder().clock(clock).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The buffers in force. */
  public BufferPolicy buffers() {
    return buffers;
  }

  /** The pool's clock. */
  public Clock clock() {
    return clock;
  }

  /** How long a reservation lives unless its request says otherwise. */
  public Duration reservationTtl() {
    return ttl;
  }

  /**
   * Sets the units on hand at {@code key} (an import or a stock count).
   *
   * @throws StockAdjustmentException when the live reservations would no longer be covered
   */
  public StockLevel setOnHand(StockKey key, long onHand) {
    Checks.requireNonNull(key, "key");
    return level(key, store.setOnHand(key, onHand, buffers.bufferFor(key)));
  }

  /**
   * Adds {@code quantity} units on hand. Backordered orders are re-activated by {@link
   * Allocator#restock}, which calls this.
   */
  public StockLevel restock(StockKey key, long quantity) {
    Checks.requireNonNull(key, "key");
    return level(key, store.restock(key, quantity));
  }

  /** A consistent snapshot of one position (zeros for a position never stocked). */
  public StockLevel level(StockKey key) {
    return level(key, store.count(key));
  }

  /** Snapshots of every stocked position, sorted. */
  public List<StockLevel> levels() {
    List<StockLevel> out = new ArrayList<>();
    for (StockKey key : store.keys()) {
      out.add(level(key));
    }
    return List.copyOf(out);
  }

  /** Units of {@code sku} that {@code warehouse} can still promise. */
  public long sellable(WarehouseId warehouse, Sku sku) {
    StockKey key = new StockKey(warehouse, sku);
    StockCount c = store.count(key);
    return Math.max(0, buffers.bufferFor(key).capacity(c.onHand()) - c.reserved());
  }

  /** Units of {@code sku} each of {@code warehouses} can still promise, in the same order. */
  public long[] sellable(Sku sku, List<WarehouseId> warehouses) {
    long[] out = new long[warehouses.size()];
    sellable(sku, warehouses, out, 0);
    return out;
  }

  /** {@link #sellable(Sku, List)} into {@code out}, from index {@code offset} on. */
  void sellable(Sku sku, List<WarehouseId> warehouses, long[] out, int offset) {
    if (store instanceof InMemoryInventoryStore) { // the default store reads its row straight into out
      ((InMemoryInventoryStore) store).sellable(sku, warehouses, buffers, out, offset);
      return;
    }
    List<StockCount> counts = store.counts(sku, warehouses);
    for (int i = 0; i < counts.size(); i++) {
      out[offset + i] = InMemoryInventoryStore.sellable(counts.get(i), buffers, warehouses.get(i), sku);
    }
  }

  private StockLevel level(StockKey key, StockCount c) {
    return new StockLevel(key, c.onHand(), c.reserved(),
        Math.max(0, buffers.bufferFor(key).capacity(c.onHand()) - c.reserved()));
  }

  /**
   * Reserves every position of the request, or nothing.
   *
   * @return the active reservation
   * @throws InsufficientStockException naming each position that lacked units
   */
  public Reservation reserve(ReservationRequest request) {
    Checks.requireNonNull(request, "request");
    Instant now = clock.instant();
    Reservation r = new Reservation(ids.get(), request.owner(), request.quantities(), now,
        now.plus(request.ttl().orElse(ttl)), ReservationState.ACTIVE);
    store.reserve(r, buffers);
    return r;
  }

  /**
   * Gives the units back.
   *
   * @throws ReservationStateException when it was already released, committed or expired (a due
   *     reservation is expired by this call)
   * @throws UnknownReservationException when there is no such reservation
   */
  public Reservation release(ReservationId id) {
    return store.finish(Checks.requireNonNull(id, "id"), ReservationState.RELEASED, clock.instant());
  }

  /**
   * Ships the units: on hand and reserved both go down.
   *
   * @throws ReservationStateException when it was released, committed or expired (a due reservation
   *     is expired by this call and its units returned)
   * @throws UnknownReservationException when there is no such reservation
   */
  public Reservation commit(ReservationId id) {
    return store.finish(Checks.requireNonNull(id, "id"), ReservationState.COMMITTED, clock.instant());
  }

  /** Expires every active reservation that is due now; call it from the host's scheduler. */
  public List<Reservation> sweepExpired() {
    return store.expireDue(clock.instant());
  }

  /** The reservation with this id, in its current state. */
  public Optional<Reservation> reservation(ReservationId id) {
    return store.reservation(id);
  }

  /** The active reservations, sorted by id. */
  public List<Reservation> liveReservations() {
    return store.active();
  }

  /**
   * Forgets reservations that finished (released, committed, expired) {@code retention} or longer
   * ago; until then a second release of one is still reported as a {@link ReservationStateException}.
   * Call it from the host's scheduler.
   */
  public int purgeFinished(Duration retention) {
    Checks.requireNonNull(retention, "retention");
    Checks.requireArgument(!retention.isNegative(), "retention", retention, "is negative");
    return store.purgeFinished(clock.instant().minus(retention));
  }

  /** Builds an {@link InventoryPool}; only the clock is required. */
  public static final class Builder {
    private @Nullable InventoryStore store;
    private BufferPolicy buffers = BufferPolicy.ofDefaults();
    private @Nullable Clock clock;
    private Duration ttl = Duration.ofMinutes(30);
    private @Nullable Supplier<ReservationId> ids;

    private Builder() {}

    /** Where counts and reservations live (default: a new in-memory store). */
    public Builder store(InventoryStore store) {
      this.store = Checks.requireNonNull(store, "store");
      return this;
    }

    public Builder buffers(BufferPolicy buffers) {
      this.buffers = Checks.requireNonNull(buffers, "buffers");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Checks.requireNonNull(clock, "clock");
      return this;
    }

    /** Default time to live of a reservation (positive; default 30 minutes). */
    public Builder reservationTtl(Duration ttl) {
      Checks.requireNonNull(ttl, "reservationTtl");
      Checks.requireArgument(!ttl.isNegative() && !ttl.isZero(), "reservationTtl", ttl, "is not positive");
      this.ttl = ttl;
      return this;
    }

    /**
     * Where reservation ids come from (must never repeat; default {@code R1, R2, ...} on one thread;
     * concurrent threads draw numbers in blocks of 1,024, so their ids interleave by block).
     */
    public Builder reservationIds(Supplier<ReservationId> ids) {
      this.ids = Checks.requireNonNull(ids, "reservationIds");
      return this;
    }

    /** @throws io.orderhub.core.InvalidValueException when the clock is missing */
    public InventoryPool build() {
      return new InventoryPool(this);
    }
  }
}
