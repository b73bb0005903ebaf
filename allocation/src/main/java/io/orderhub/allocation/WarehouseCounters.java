package io.orderhub.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The allocator's live per-warehouse counters: waybills left and orders taken today. Lock-free
 * (compare-and-set); indexed like {@link AllocationConfig#warehouses()}.
 */
final class WarehouseCounters {
  private record Day(LocalDate date, int orders) {}

  private final AtomicLong[] waybills;
  private final AtomicReference<Day>[] days;
  private final int[] caps;

  @SuppressWarnings("unchecked")
  WarehouseCounters(List<Warehouse> warehouses, LocalDate today) {
    int n = warehouses.size();
    waybills = new AtomicLong[n];
    days = new AtomicReference[n];
    caps = new int[n];
    for (int i = 0; i < n; i++) {
      Warehouse w = warehouses.get(i);
      waybills[i] = new AtomicLong(w.waybills());
      days[i] = new AtomicReference<>(new Day(today, w.ordersToday()));
      caps[i] = w.dailyOrderCap();
    }
  }

  long waybills(int i) {
    return waybills[i].get();
  }

  int ordersToday(int i, LocalDate today) {
    Day d = days[i].get();
    return d.date().equals(today) ? d.orders() : 0;
  }

  void addWaybills(int i, long n) {
    waybills[i].getAndUpdate(v -> v > Long.MAX_VALUE - n ? Long.MAX_VALUE : v + n);
  }

  /** Takes one waybill and one slot of today's cap at each warehouse, or nothing. */
  boolean take(int[] shippers, LocalDate today) {
    for (int a = 0; a < shippers.length; a++) {
      if (!takeOne(shippers[a], today)) {
        for (int b = 0; b < a; b++) {
          giveBack(shippers[b], today);
        }
        return false;
      }
    }
    return true;
  }

  private boolean takeOne(int i, LocalDate today) {
    while (true) {
      long w = waybills[i].get();
      if (w <= 0) {
        return false;
      }
      if (waybills[i].compareAndSet(w, w == Long.MAX_VALUE ? w : w - 1)) {
        break;
      }
    }
    while (true) {
      Day d = days[i].get();
      int orders = d.date().equals(today) ? d.orders() : 0;
      if (orders >= caps[i]) {
        addWaybills(i, 1);
        return false;
      }
      if (days[i].compareAndSet(d, new Day(today, orders + 1))) {
        return true;
      }
    }
  }

  private void giveBack(int i, LocalDate today) {
    addWaybills(i, 1);
    days[i].getAndUpdate(d -> d.date().equals(today) && d.orders() > 0 ? new Day(today, d.orders() - 1) : d);
  }
}
