package io.orderhub.allocation;

import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.OrderLine;
import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import io.orderhub.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Chooses warehouses for orders and reserves the stock: hard filters, a weighted score explained
 * per factor, then (1) the best-scoring warehouse that can ship the whole order, else (2) the fewest
 * warehouses that together cover it (or a transfer to the best of them, per {@link SplitPolicy}),
 * else (3) a backorder with what is missing and a promised date. Restocks through {@link #restock}
 * re-try backorders in arrival order.
 *
 * <pre>{@code
 * InventoryPool pool = InventoryPool.inMemory(clock);
 * Allocator allocator = Allocator.of(AllocationConfig.ofDefaults(warehouses), pool);
 * Allocation a = allocator.allocate(order);
 * a.outcome();                    // SINGLE, SPLIT, TRANSFER or BACKORDER
 * a.shipments();                  // warehouse, carrier, lines and units
 * a.explanation().render();       // every warehouse's filter or per-factor score, and why
 * }</pre>
 *
 * <p>Thread-safe. Planning reads the pool without locking; the reservation then re-checks every
 * position atomically, and a plan that lost a race is re-made (up to {@link #MAX_ATTEMPTS} times).
 * Waybills and daily caps are lock-free counters seeded from the {@link Warehouse} configuration.
 * Each thread that plans keeps one set of working arrays (a few dozen bytes per warehouse) that its
 * next plan reuses; an allocation's explanation is worked out again from what its plan read.
 */
public final class Allocator {
  /** How many times {@link #allocate} re-plans after losing a race for stock. */
  public static final int MAX_ATTEMPTS = 8;

  private final AllocationConfig config;
  private final InventoryPool pool;
  private final WarehouseCounters counters;
  private final Routes routes;
  /** Each thread's working arrays for planning (see {@link Plan.Scratch}). */
  private final ThreadLocal<Plan.Scratch> scratch;
  private final Map<WarehouseId, Integer> index = new HashMap<>();
  private final ReentrantLock queueLock = new ReentrantLock();
  private final LinkedHashMap<OrderId, Backorder> queue = new LinkedHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private volatile @Nullable Day day;

  private Allocator(AllocationConfig config, InventoryPool pool) {
    this.config = Checks.requireNonNull(config, "config");
    this.pool = Checks.requireNonNull(pool, "pool");
    this.counters = new WarehouseCounters(config.warehouses(), today());
    this.routes = new Routes(config);
    this.scratch = ThreadLocal.withInitial(() -> new Plan.Scratch(config));
    for (int i = 0; i < config.warehouses().size(); i++) {
      index.put(config.warehouses().get(i).id(), i);
    }
  }

  /** An allocator over {@code pool}. */
  public static Allocator of(AllocationConfig config, InventoryPool pool) {
    return new Allocator(config, pool);
  }

  public AllocationConfig config() {
    return config;
  }

  public InventoryPool pool() {
    return pool;
  }

  private LocalDate today() {
    Instant now = pool.clock().instant();
    Day d = day;
    if (d == null || now.isBefore(d.from()) || !now.isBefore(d.until())) { // a new day (or the clock went back)
      LocalDate date = LocalDate.ofInstant(now, config.zone());
      d = new Day(date, date.atStartOfDay(config.zone()).toInstant(),
          date.plusDays(1).atStartOfDay(config.zone()).toInstant());
      day = d;
    }
    return d.date();
  }

  /** The local date in force from {@code from} until (excluding) {@code until}, cached per day. */
  private record Day(LocalDate date, Instant from, Instant until) {}

  /** Decides how {@code order} would be allocated now, without reserving or queueing anything. */
  public Allocation plan(Order order) {
    Checks.requireNonNull(order, "order");
    return new Allocation(Plan.compute(config, routes, pool, counters, today(), order, scratch.get()), null);
  }

  /**
   * Allocates {@code order}: reserves its stock (all or nothing) and takes a waybill and a daily-cap
   * slot per shipping warehouse, or queues it as a backorder (once; an order already queued keeps
   * its place).
   *
   * @throws AllocationConflictException when concurrent allocations kept winning the race
   */
  public Allocation allocate(Order order) {
    Checks.requireNonNull(order, "order");
    Allocation a = attempt(order);
    if (a.outcome() == Outcome.BACKORDER) {
      enqueue(order, a);
    } else {
      dequeue(order.id());
    }
    return a;
  }

  private Allocation attempt(Order order) {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      LocalDate today = today();
      Plan p = Plan.compute(config, routes, pool, counters, today, order, scratch.get());
      if (p.outcome == Outcome.BACKORDER) {
        return new Allocation(p, null);
      }
      Reservation r;
      try {
        r = pool.reserve(p.reservationRequest());
      } catch (InsufficientStockException lostRace) {
        continue;
      }
      if (!counters.take(p.shippers(), today)) {
        pool.release(r.id());
        continue;
      }
      return new Allocation(p, r.id());
    }
    throw new AllocationConflictException(order.id(), MAX_ATTEMPTS);
  }

  private void enqueue(Order order, Allocation a) {
    queueLock.lock();
    try {
      queue.computeIfAbsent(order.id(), id -> new Backorder(sequence.incrementAndGet(), order, a.missing(),
          a.promisedShipDate().orElse(null), pool.clock().instant()));
    } finally {
      queueLock.unlock();
    }
  }

  private void dequeue(OrderId id) {
    queueLock.lock();
    try {
      queue.remove(id);
    } finally {
      queueLock.unlock();
    }
  }

  /**
   * Adds {@code quantity} units of {@code sku} at {@code warehouse} and re-tries, in arrival order,
   * every backorder with a line of that SKU; each that can now be allocated is reserved and leaves
   * the queue (an earlier backorder always gets the first claim; one that still cannot be filled
   * does not block later ones).
   *
   * @return the allocations of the re-activated backorders, in arrival order
   */
  public List<Allocation> restock(WarehouseId warehouse, Sku sku, long quantity) {
    pool.restock(StockKey.of(warehouse, sku), quantity);
    List<Allocation> done = new ArrayList<>();
    queueLock.lock();
    try {
      for (Backorder b : new ArrayList<>(queue.values())) {
        if (!mentions(b.order(), sku)) {
          continue;
        }
        Allocation a;
        try {
          a = attempt(b.order());
        } catch (AllocationConflictException busy) {
          continue;
        }
        if (a.outcome() != Outcome.BACKORDER) {
          queue.remove(b.order().id());
          done.add(a);
        }
      }
    } finally {
      queueLock.unlock();
    }
    return List.copyOf(done);
  }

  private static boolean mentions(Order order, Sku sku) {
    for (OrderLine line : order.lines()) {
      if (line.sku().equals(sku)) {
        return true;
      }
    }
    return false;
  }

  /** The backorder queue, in arrival order. */
  public List<Backorder> backorders() {
    queueLock.lock();
    try {
      return List.copyOf(queue.values());
    } finally {
      queueLock.unlock();
    }
  }

  /** Removes an order from the backorder queue (cancelled, or allocated elsewhere); whether it was there. */
  public boolean cancelBackorder(OrderId id) {
    queueLock.lock();
    try {
      return queue.remove(id) != null;
    } finally {
      queueLock.unlock();
    }
  }

  /** Waybills {@code warehouse} has left. */
  public long waybillsLeft(WarehouseId warehouse) {
    return counters.waybills(indexOf(warehouse));
  }

  /** Orders {@code warehouse} has taken today. */
  public int ordersToday(WarehouseId warehouse) {
    return counters.ordersToday(indexOf(warehouse), today());
  }

  /** Adds {@code count} (at least 1) waybills to {@code warehouse}. */
  public void addWaybills(WarehouseId warehouse, long count) {
    Checks.requireArgument(count > 0, "count", count, "is not positive");
    counters.addWaybills(indexOf(warehouse), count);
  }

  private int indexOf(WarehouseId warehouse) {
    Integer i = index.get(Checks.requireNonNull(warehouse, "warehouse"));
    if (i == null) {
      throw new io.orderhub.core.InvalidValueException("warehouse", warehouse, "is not configured");
    }
    return i;
  }
}
