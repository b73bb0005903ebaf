package io.orderhub.allocation;

import io.orderhub.core.OrderHubException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The allocator's live per-warehouse counters: waybills left and orders taken today. Lock-free
 * (compare-and-set); indexed like {@link AllocationConfig#warehouses()}.
 *
 * <p>Each counter is one slot of a flat array (the planner reads all of them for every order, so
 * they sit in a few cache lines instead of one object, or two, per warehouse). A warehouse's daily
 * count packs the day it counts (days since the day the counters were created, in the high 32 bits)
 * with the orders of that day (the low 32 bits), so both change in one compare-and-set.
 */
final class WarehouseCounters {
  private static final long ORDERS = 0xFFFF_FFFFL;

  private final AtomicLongArray waybills;
  private final AtomicLongArray days;
  private final int[] caps;
  /** The epoch day that packs as day 0. */
  private final long baseDay;

  WarehouseCounters(List<Warehouse> warehouses, LocalDate today) {
    int n = warehouses.size();
    waybills = new AtomicLongArray(n);
    days = new AtomicLongArray(n);
    caps = new int[n];
    baseDay = today.toEpochDay();
    for (int i = 0; i < n; i++) {
      Warehouse w = warehouses.get(i);
      waybills.set(i, w.waybills());
      days.set(i, pack(today, w.ordersToday()));
      caps[i] = w.dailyOrderCap();
    }
  }

  /** {@code day} as the counters number it: days since {@link #baseDay}, in an int. */
  private int day(LocalDate day) {
    long d = day.toEpochDay() - baseDay;
    if (d != (int) d) {
      throw new OrderHubException("the clock's date " + day + " is more than 5 million years from the day the"
          + " allocator started counting orders");
    }
    return (int) d;
  }

  private long pack(LocalDate day, int orders) {
    return pack(day(day), orders);
  }

  private static long pack(int day, int orders) {
    return (long) day << 32 | (orders & ORDERS);
  }

  long waybills(int i) {
    return waybills.get(i);
  }

  int ordersToday(int i, LocalDate today) {
    return ordersOn(days.get(i), day(today));
  }

  /** The orders a packed count holds for {@code day}: 0 when it counts another day. */
  private static int ordersOn(long packed, int day) {
    return (int) (packed >> 32) == day ? (int) (packed & ORDERS) : 0;
  }

  /**
   * Copies every warehouse's waybills left and orders taken {@code today} into {@code waybillsOut} and
   * {@code ordersOut} (the planner's per-order snapshot; each counter is read once, not all at once).
   */
  void read(LocalDate today, long[] waybillsOut, int[] ordersOut) {
    int day = day(today);
    for (int i = 0; i < waybillsOut.length; i++) {
      waybillsOut[i] = waybills.get(i);
      ordersOut[i] = ordersOn(days.get(i), day);
    }
  }

  void addWaybills(int i, long n) {
    waybills.getAndUpdate(i, v -> v > Long.MAX_VALUE - n ? Long.MAX_VALUE : v + n);
  }

  /** Takes one waybill and one slot of today's cap at each warehouse, or nothing. */
  boolean take(int[] shippers, LocalDate today) {
    int day = day(today);
    for (int a = 0; a < shippers.length; a++) {
      if (!takeOne(shippers[a], day)) {
        for (int b = 0; b < a; b++) {
          giveBack(shippers[b], day);
        }
        return false;
      }
    }
    return true;
  }

  private boolean takeOne(int i, int day) {
    while (true) {
      long w = waybills.get(i);
      if (w <= 0) {
        return false;
      }
      if (waybills.compareAndSet(i, w, w == Long.MAX_VALUE ? w : w - 1)) {
        break;
      }
    }
    while (true) {
      long d = days.get(i);
      int orders = ordersOn(d, day);
      if (orders >= caps[i]) {
        addWaybills(i, 1);
        return false;
      }
      if (days.compareAndSet(i, d, pack(day, orders + 1))) {
        return true;
      }
    }
  }

  private void giveBack(int i, int day) {
    addWaybills(i, 1);
    days.getAndUpdate(i, d -> ordersOn(d, day) > 0 ? pack(day, ordersOn(d, day) - 1) : d);
  }
}
