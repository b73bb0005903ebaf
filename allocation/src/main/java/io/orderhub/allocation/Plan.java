package io.orderhub.allocation;

import io.orderhub.allocation.internal.Positions;
import io.orderhub.core.Order;
import io.orderhub.core.OrderHubException;
import io.orderhub.core.OrderLine;
import io.orderhub.core.Sku;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One allocation decision for one order, computed over arrays indexed by warehouse (configuration
 * order) and SKU (sorted): hard filters, normalised weighted scores, rank, then the strategy
 * (single warehouse → fewest-warehouse split or transfer → backorder). Not thread-safe while
 * computing; immutable afterwards.
 *
 * <p>A plan keeps what it read (the sellable units, waybills and orders today: its snapshot, plus the
 * raw values of host factors) and what it decided. The filters, scores and totals it worked them out
 * with may live in a {@link Scratch} that the next plan on the thread reuses; the explanation then
 * replays the plan from its snapshot into arrays of its own, with the same code and the same
 * arithmetic, so it shows exactly the numbers the decision was made with.
 */
final class Plan {
  private static final double TIE = 1e9;
  // shared empty arrays (never written: they have no elements) for the fields a plan may not fill
  private static final @Nullable String[] NO_STRINGS = {};
  private static final int[] NO_INTS = {};
  private static final long[][] NO_TAKES = {};
  private static final long MAX_VALUE_BITS = Double.doubleToRawLongBits(Double.MAX_VALUE);

  final Order order;
  final AllocationConfig config;
  final Warehouse[] ws;
  final Sku[] skus;
  final long[] demand;
  final double @Nullable [][] sales;
  final String destination;
  final @Nullable String override;
  final @Nullable String ruleCarrier;
  /** Why each warehouse is not a candidate (null: it is); working array (see {@link Scratch}). */
  FilterReason[] filter;
  /** Carrier and days per warehouse: the shared, read-only row of {@link Routes} (never written here). */
  @Nullable String[] carrier = NO_STRINGS;
  int[] days = NO_INTS;
  final long[] waybills;
  final int[] ordersToday;
  /** Sellable units, SKU-major: {@code sell[j * ws.length + i]} (zeros at filtered warehouses). */
  final long[] sell;
  /** Whether each candidate can ship the whole order alone; working array. */
  boolean[] full;
  /**
   * Where each factor's raw values live: {@code r >= 0}, row {@code r} of {@link #raw}; {@code r < 0},
   * the built-in factor {@code -r} ({@link #WAYBILLS}, {@link #TIMELINESS}, {@link #ON_TIME_RATE}),
   * read again from {@link #waybills}, {@link #days} or the warehouse whenever asked (same numbers,
   * no copy). Read through {@link #rawAt}.
   */
  private final int[] rawRow;
  /**
   * Stored raw factor values, row-major: {@code raw[rawRow[f] * ws.length + i]}. Kept with the
   * snapshot when a row holds a host factor's values; a working array when it holds only stock
   * depth (worked out again from {@link #sell} on a replay).
   */
  private double[] raw;
  /** Each factor's min and max raw value over the candidates (the normalisation); working arrays. */
  double[] min;
  double[] max;
  /** Normalised values like {@link #raw}, worked out for the explanation only ({@link #normalised}). */
  double @Nullable [] norm;
  /** Each candidate's weighted total: of every candidate once {@link #allTotals} is set, else of those that are {@link #full}. */
  double[] total;
  private boolean allTotals;
  /** Whether the working arrays were handed back to a {@link Scratch}: the explanation replays. */
  private boolean detached;
  /** Whether this plan is a replay: host factors' raw values are the original's, not asked again. */
  private final boolean replaying;
  /** 1-based rank per warehouse, once {@link #rankAll} ran. */
  int[] rank = NO_INTS;
  int[] candidates = NO_INTS;
  int[] ranked = NO_INTS;
  Outcome outcome = Outcome.BACKORDER;
  int[] chosen = NO_INTS;
  long[][] take = NO_TAKES;
  long[] missing;
  @Nullable LocalDate promised;
  int examined;
  boolean greedy;
  boolean shipmentLimit;
  private final boolean fastFactors;

  private Plan(AllocationConfig config, Order order, boolean fastFactors, @Nullable Scratch scratch) {
    this.fastFactors = fastFactors;
    this.replaying = false;
    this.order = order;
    this.config = config;
    this.ws = config.warehouseArray();
    // distinct SKUs, sorted, with the demand summed across lines (orders have few lines)
    List<OrderLine> lines = order.lines();
    Sku[] distinct = new Sku[lines.size()];
    long[] sums = new long[lines.size()];
    int k = 0;
    for (int l = 0; l < lines.size(); l++) { // indexed: no iterator per order
      OrderLine line = lines.get(l);
      int at = 0;
      // Sku equality on the code (cheaper than the record's equals)
      while (at < k && !distinct[at].value().equals(line.sku().value())) {
        at++;
      }
      if (at == k) {
        distinct[k++] = line.sku();
      }
      sums[at] += line.quantity();
    }
    // insertion sort by SKU (a handful of distinct SKUs; no boxing, no comparator)
    for (int j = 1; j < k; j++) {
      Sku s = distinct[j];
      long d = sums[j];
      int at = j - 1;
      while (at >= 0 && distinct[at].compareTo(s) > 0) {
        distinct[at + 1] = distinct[at];
        sums[at + 1] = sums[at];
        at--;
      }
      distinct[at + 1] = s;
      sums[at + 1] = d;
    }
    this.skus = k == distinct.length ? distinct : Arrays.copyOf(distinct, k);
    this.demand = k == sums.length ? sums : Arrays.copyOf(sums, k);
    this.missing = new long[skus.length];
    this.sales = new double[skus.length][];
    for (int j = 0; j < skus.length; j++) {
      sales[j] = config.dailySales(skus[j]);
    }
    io.orderhub.core.Address address = order.shippingAddress().orElse(null);
    this.destination = address == null ? Regions.UNKNOWN : Regions.of(address);
    this.override = config.carrierRules().override(order).orElse(null);
    this.ruleCarrier = config.carrierRules().carrierOrNull(destination);
    int n = ws.length;
    this.waybills = new long[n];
    this.ordersToday = new int[n];
    this.sell = new long[n * skus.length];
    this.rawRow = config.rawRows(fastFactors);
    if (scratch != null && !scratch.busy) {
      scratch.busy = true;
      this.filter = scratch.filter;
      this.full = scratch.full;
      this.total = scratch.total;
      Arrays.fill(filter, null);
      Arrays.fill(full, false);
      Arrays.fill(total, 0);
      this.min = scratch.min; // written for every factor before they are read
      this.max = scratch.max;
      // written for every candidate before they are read; kept when it holds host factors' values
      this.raw = rawIsDerived(rawRow, config, fastFactors) ? scratch.raw : new double[raw(rawRow) * n];
    } else {
      this.filter = new FilterReason[n];
      this.full = new boolean[n];
      this.total = new double[n];
      this.min = new double[rawRow.length];
      this.max = new double[rawRow.length];
      this.raw = new double[raw(rawRow) * n];
    }
  }

  /** A replay of {@code of}: its inputs and snapshot, fresh working arrays, no decision yet. */
  private Plan(Plan of) {
    this.replaying = true;
    this.fastFactors = of.fastFactors;
    this.order = of.order;
    this.config = of.config;
    this.ws = of.ws;
    this.skus = of.skus;
    this.demand = of.demand;
    this.sales = of.sales;
    this.destination = of.destination;
    this.override = of.override;
    this.ruleCarrier = of.ruleCarrier;
    this.carrier = of.carrier;
    this.days = of.days;
    this.waybills = of.waybills;
    this.ordersToday = of.ordersToday;
    this.sell = of.sell;
    this.rawRow = of.rawRow;
    this.missing = new long[skus.length];
    int n = ws.length;
    this.filter = new FilterReason[n];
    this.full = new boolean[n];
    this.total = new double[n];
    this.min = new double[rawRow.length];
    this.max = new double[rawRow.length];
    // host factors' values as the original saw them (stock depth is written again), or a fresh row
    // when the original's held only stock depth and went back to its scratch
    this.raw = of.raw.length > 0 ? of.raw.clone() : new double[raw(rawRow) * n];
  }

  /** How many rows of {@link #raw} a plan with these {@link #rawRow} needs. */
  private static int raw(int[] rawRow) {
    int rows = 0;
    for (int r : rawRow) {
      rows += r >= 0 ? 1 : 0;
    }
    return rows;
  }

  /** Where each factor's raw values live (see {@link #rawRow}), for {@link AllocationConfig#rawRows}. */
  static int[] rawRows(List<ScoreFactor> factors, boolean fastFactors) {
    int[] rows = new int[factors.size()];
    int next = 0;
    for (int f = 0; f < rows.length; f++) {
      int builtIn = fastFactors ? builtIn(factors.get(f)) : CUSTOM;
      rows[f] = builtIn == CUSTOM || builtIn == STOCK_DEPTH ? next++ : -builtIn;
    }
    return rows;
  }

  /** Whether every stored row of raw values is the built-in stock depth (worked out from the snapshot). */
  private static boolean rawIsDerived(int[] rawRow, AllocationConfig config, boolean fastFactors) {
    for (int f = 0; f < rawRow.length; f++) {
      if (rawRow[f] >= 0 && !(fastFactors && builtIn(config.factors().get(f)) == STOCK_DEPTH)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The working arrays of one thread's plans (filters, whether whole, stock-depth values, min and
   * max per factor, totals), reused from plan to plan instead of allocated for each, so a plan
   * allocates little more than its snapshot. Sized for one configuration; a plan that finds it busy
   * (a host factor planning from inside a plan) allocates its own.
   */
  static final class Scratch {
    final FilterReason[] filter;
    final boolean[] full;
    final double[] total;
    final double[] min;
    final double[] max;
    final double[] raw;
    boolean busy;

    Scratch(AllocationConfig config) {
      int n = config.warehouses().size();
      int factors = config.factors().size();
      filter = new FilterReason[n];
      full = new boolean[n];
      total = new double[n];
      min = new double[factors];
      max = new double[factors];
      raw = new double[raw(config.rawRows(true)) * n];
    }
  }

  /** Decides how to allocate {@code order} against the pool's current stock and the counters. */
  static Plan compute(AllocationConfig config, Routes routes, InventoryPool pool, WarehouseCounters counters,
      LocalDate today, Order order, @Nullable Scratch scratch) {
    return compute(config, routes, pool, counters, today, order, true, scratch);
  }

  /**
   * {@link #compute}; with {@code fastFactors} false every factor, built-ins included, is asked
   * through {@link ScoreFactor#raw} (the reference the built-in fast path is tested against). With a
   * {@code scratch}, the working arrays are its own and handed back before this returns.
   */
  static Plan compute(AllocationConfig config, Routes routes, InventoryPool pool, WarehouseCounters counters,
      LocalDate today, Order order, boolean fastFactors, @Nullable Scratch scratch) {
    Plan p = new Plan(config, order, fastFactors, scratch);
    boolean borrowed = scratch != null && p.filter == scratch.filter;
    try {
      Routes.Row row = p.override == null ? routes.to(p.destination) : routes.compute(p.destination, p.override);
      p.carrier = row.carriers();
      p.days = row.days();
      p.filterAll(pool, counters, today);
      p.score();
      p.decide();
    } finally {
      if (borrowed) {
        p.detach(scratch);
      }
    }
    return p;
  }

  /** Hands the working arrays back to {@code scratch}; what remains is the snapshot and the decision. */
  private void detach(Scratch scratch) {
    detached = true;
    filter = new FilterReason[0];
    full = new boolean[0];
    total = new double[0];
    min = new double[0];
    max = new double[0];
    if (raw == scratch.raw) {
      raw = new double[0];
    }
    scratch.busy = false;
  }

  // ------------------------------------------------------------------ filters

  /** Reads the counters and the stock (the snapshot) and filters the warehouses. */
  private void filterAll(InventoryPool pool, WarehouseCounters counters, LocalDate today) {
    counters.read(today, waybills, ordersToday);
    int open = filterByCounters();
    if (open == 0) {
      return;
    }
    int k = skus.length;
    int n = ws.length;
    for (int j = 0; j < k; j++) {
      pool.sellable(skus[j], config.warehouseIds(), sell, j * n);
      for (int i = 0; i < n && open < n; i++) { // nothing to clear when every warehouse passed
        if (filter[i] != null) {
          sell[j * n + i] = 0; // not a candidate: its stock does not count
        }
      }
    }
    filterByStock();
  }

  /** {@link #filterAll} on a replay: from the snapshot, which holds no stock at a filtered warehouse. */
  private void filterSnapshot() {
    if (filterByCounters() > 0) {
      filterByStock();
    }
  }

  /** The filters on route, hazardous goods, daily cap and waybills; how many warehouses passed. */
  private int filterByCounters() {
    boolean hazardous = false;
    List<OrderLine> lines = order.lines();
    for (int l = 0; l < lines.size(); l++) {
      OrderLine line = lines.get(l);
      hazardous |= !line.tags().isEmpty() && line.hasTag(OrderLine.TAG_HAZARDOUS); // most lines have no tags
    }
    int open = 0;
    int[] caps = config.dailyCaps(); // arrays rather than 50 warehouse objects
    boolean[] allowed = config.hazardousAllowed();
    for (int i = 0; i < ws.length; i++) {
      if (carrier[i] == null) {
        filter[i] = FilterReason.DOES_NOT_SERVE_DESTINATION;
      } else if (hazardous && !allowed[i]) {
        filter[i] = FilterReason.NO_HAZARDOUS_GOODS;
      } else if (ordersToday[i] >= caps[i]) {
        filter[i] = FilterReason.DAILY_CAP_REACHED;
      } else if (waybills[i] <= 0) {
        filter[i] = FilterReason.NO_WAYBILLS;
      } else {
        open++;
      }
    }
    return open;
  }

  /** Which remaining warehouses hold none of the order ({@link FilterReason#NO_STOCK}), and which all of it. */
  private void filterByStock() {
    int k = skus.length;
    for (int i = 0; i < ws.length; i++) {
      if (filter[i] != null) {
        continue;
      }
      boolean any = false;
      boolean all = true;
      for (int j = 0; j < k; j++) {
        long s = sell[j * ws.length + i];
        any |= s > 0;
        all &= s >= demand[j];
      }
      full[i] = all;
      if (!any) {
        filter[i] = FilterReason.NO_STOCK;
      }
    }
  }

  // ------------------------------------------------------------------ scores

  private void score() {
    int n = ws.length;
    int m = 0;
    for (int i = 0; i < n; i++) {
      m += filter[i] == null ? 1 : 0;
    }
    if (m == 0) {
      return;
    }
    int[] cand = new int[m];
    int fullCount = 0;
    for (int i = 0, c = 0; c < m; i++) {
      if (filter[i] == null) {
        cand[c++] = i;
        fullCount += full[i] ? 1 : 0;
      }
    }
    candidates = cand;
    List<ScoreFactor> factors = config.factors();
    @Nullable View view = null; // only for host factors
    for (int f = 0; f < factors.size(); f++) {
      ScoreFactor factor = factors.get(f);
      int row = rawRow[f];
      // each factor's min and max over the candidates, read from where its raw values live (see rawAt),
      // compared as integers (see ordered), which is Math.min and Math.max without their branches
      if (row >= 0) {
        int at = row * n;
        if (fastFactors && builtIn(factor) == STOCK_DEPTH) {
          stockDepth(at);
        } else if (!replaying) { // a replay has the values the original was given
          if (view == null) {
            view = new View();
          }
          for (int i : cand) {
            view.i = i;
            raw[at + i] = factor.raw(view);
          }
        }
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int i : cand) {
          double v = raw[at + i];
          if (!Double.isFinite(v)) {
            throw new OrderHubException("score factor " + factor.name() + " returned " + v + " for warehouse "
                + ws[i].id());
          }
          long o = ordered(v);
          lo = Math.min(lo, o);
          hi = Math.max(hi, o);
        }
        min[f] = fromOrdered(lo);
        max[f] = fromOrdered(hi);
      } else if (row == -WAYBILLS) { // (double) keeps the order of the counts: their min and max convert as is
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int i : cand) {
          lo = Math.min(lo, waybills[i]);
          hi = Math.max(hi, waybills[i]);
        }
        min[f] = (double) lo;
        max[f] = (double) hi;
      } else if (row == -TIMELINESS) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i : cand) {
          lo = Math.min(lo, days[i]);
          hi = Math.max(hi, days[i]);
        }
        min[f] = lo;
        max[f] = hi;
      } else {
        double[] rates = config.onTimeRates(); // finite, checked when the warehouse was built
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int i : cand) {
          long o = ordered(rates[i]);
          lo = Math.min(lo, o);
          hi = Math.max(hi, o);
        }
        min[f] = fromOrdered(lo);
        max[f] = fromOrdered(hi);
      }
    }
    if (fullCount == 0) {
      addTotals(cand); // the split search ranks every candidate
      allTotals = true;
    } else { // a single warehouse will do: only those that can ship the whole order compete
      int[] whole = new int[fullCount];
      for (int c = 0, o = 0; o < fullCount; c++) {
        if (full[cand[c]]) {
          whole[o++] = cand[c];
        }
      }
      addTotals(whole);
    }
  }

  /**
   * {@code v} (not NaN) as a long that orders like {@link Double#compare}, so {@code -0.0} below
   * {@code 0.0} as {@link Math#min} and {@link Math#max} take it: the bits of a positive double grow
   * with it; a negative one's magnitude bits are flipped so they shrink as it grows.
   */
  static long ordered(double v) {
    long bits = Double.doubleToRawLongBits(v);
    return bits ^ (bits >> 63) & Long.MAX_VALUE;
  }

  /** The double {@link #ordered} made {@code o} from (the mapping is its own inverse). */
  static double fromOrdered(long o) {
    return Double.longBitsToDouble(o ^ (o >> 63) & Long.MAX_VALUE);
  }

  /**
   * The weighted total of each warehouse in {@code which} (the arithmetic of {@link #normalise}, its
   * constants hoisted out of the loop). A total is worked out once, in factor order, whether now or
   * for the explanation ({@link #allTotals}), so it is the same number either way.
   */
  private void addTotals(int[] which) {
    List<ScoreFactor> factors = config.factors();
    for (int f = 0; f < factors.size(); f++) {
      double w = config.weight(f);
      double lo = min[f];
      double hi = max[f];
      double span = hi - lo;
      boolean higherIsBetter = factors.get(f).higherIsBetter();
      for (int i : which) {
        double v = rawAt(f, i);
        total[i] += w * (span == 0 ? 1.0 : higherIsBetter ? (v - lo) / span : (hi - v) / span);
      }
    }
  }

  /** Works out the totals {@link #score} left out (of candidates that cannot ship the whole order). */
  private void allTotals() {
    if (allTotals) {
      return;
    }
    int rest = 0;
    for (int i : candidates) {
      rest += full[i] ? 0 : 1;
    }
    int[] partial = new int[rest];
    for (int c = 0, o = 0; o < rest; c++) {
      if (!full[candidates[c]]) {
        partial[o++] = candidates[c];
      }
    }
    addTotals(partial);
    allTotals = true;
  }

  /**
   * The stock-depth factor of every candidate into {@code raw[at + i]}: the same numbers as {@link
   * Factors#STOCK_DEPTH}, without a branch per SKU (whether a candidate holds a SKU, and which SKU is
   * thinnest, are coin tosses the processor cannot predict). The quotients are positive, so their
   * bits order like them and the minimum is taken on the bits; a SKU the candidate holds none of
   * counts as {@link Double#MAX_VALUE}, which never lowers the minimum.
   */
  private void stockDepth(int at) {
    int n = ws.length;
    int k = skus.length;
    for (int i : candidates) {
      long min = MAX_VALUE_BITS;
      for (int j = 0; j < k; j++) {
        long sellable = sell[j * n + i];
        double[] s = sales[j];
        long q = Double.doubleToRawLongBits(exactDouble(sellable) / (s == null ? 1.0 : s[i]));
        long none = (sellable - 1) >> 63; // all ones when sellable is 0 (it is never negative), else 0
        min = Math.min(min, q & ~none | MAX_VALUE_BITS & none);
      }
      raw[at + i] = min == MAX_VALUE_BITS ? 0 : Double.longBitsToDouble(min);
    }
  }

  private static final long TWO_TO_52_BITS = Double.doubleToRawLongBits(0x1p52);

  /**
   * {@code (double) n} for {@code 0 <= n < 2^52} (a quantity is at most 10^12), computed as the
   * double whose bits are those of 2^52 with {@code n} in the mantissa, which is exactly 2^52 + n,
   * minus 2^52. Same value; but the long-to-double instruction the cast compiles to also depends on
   * the previous contents of its register, which chained the stock-depth divisions one after another
   * (measured: this made a whole plan 10-14 % faster). {@code PlanProperties} checks it equals the cast.
   */
  static double exactDouble(long n) {
    return Double.longBitsToDouble(TWO_TO_52_BITS | n) - 0x1p52;
  }

  /** Factor {@code f}'s value for candidate {@code i} on 0..1 (min–max; 1 for all when they are equal). */
  private double normalise(ScoreFactor factor, int f, int i) {
    double span = max[f] - min[f];
    double v = rawAt(f, i);
    return span == 0 ? 1.0 : factor.higherIsBetter() ? (v - min[f]) / span : (max[f] - v) / span;
  }

  /** The normalised values of every factor and candidate (for the explanation), worked out once. */
  private double[] normalised() {
    double[] out = norm;
    if (out == null) {
      out = new double[rawRow.length * ws.length];
      List<ScoreFactor> factors = config.factors();
      for (int f = 0; f < factors.size(); f++) {
        for (int i : candidates) {
          out[f * ws.length + i] = normalise(factors.get(f), f, i);
        }
      }
      norm = out;
    }
    return out;
  }

  private static final int CUSTOM = 0;
  private static final int STOCK_DEPTH = 1;
  private static final int WAYBILLS = 2;
  private static final int TIMELINESS = 3;
  private static final int ON_TIME_RATE = 4;

  /**
   * Which built-in {@code factor} is (by identity), or {@link #CUSTOM}. The scorer computes the
   * built-ins straight from the plan's arrays, with the same arithmetic as {@link Factors}, instead of
   * through a megamorphic call per candidate and factor; {@code PlanProperties} checks they agree.
   */
  private static int builtIn(ScoreFactor factor) {
    if (factor == Factors.STOCK_DEPTH) {
      return STOCK_DEPTH;
    } else if (factor == Factors.WAYBILLS) {
      return WAYBILLS;
    } else if (factor == Factors.TIMELINESS) {
      return TIMELINESS;
    } else if (factor == Factors.ON_TIME_RATE) {
      return ON_TIME_RATE;
    }
    return CUSTOM;
  }

  /** Factor {@code f}'s raw value for candidate {@code i}. */
  private double rawAt(int f, int i) {
    int row = rawRow[f];
    return row >= 0 ? raw[row * ws.length + i] : builtInRaw(-row, i);
  }

  /** A built-in factor's raw value for warehouse {@code i} (stock depth: {@link #stockDepth}). */
  private double builtInRaw(int factor, int i) {
    switch (factor) {
      case WAYBILLS:
        return (double) waybills[i];
      case TIMELINESS:
        return days[i];
      default:
        return config.onTimeRates()[i];
    }
  }

  /** Sorts the candidates by total, best first, ties by configuration order; sets {@link #rank}. */
  private void rankAll() {
    if (ranked.length == candidates.length) {
      return;
    }
    allTotals();
    int n = ws.length;
    long[] packed = new long[candidates.length];
    for (int c = 0; c < candidates.length; c++) {
      int i = candidates[c];
      packed[c] = key(i) * n + (n - 1 - i); // keys are 0..1e9: no overflow below 9e9 warehouses
    }
    Arrays.sort(packed);
    rank = new int[n];
    int[] order = new int[candidates.length];
    for (int c = 0; c < order.length; c++) {
      order[c] = (int) (n - 1 - packed[order.length - 1 - c] % n);
    }
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r + 1;
    }
    ranked = order;
  }

  /** Candidate {@code i}'s total as a comparable integer (ties: equal keys); worked out from {@link #total} when needed. */
  private long key(int i) {
    return Math.round(total[i] * TIE);
  }

  // ------------------------------------------------------------------ strategy

  private void decide() {
    int best = -1;
    long bestKey = 0;
    for (int i : candidates) { // ascending index: the first of equal keys wins
      if (full[i]) {
        long key = key(i);
        if (best < 0 || key > bestKey) {
          best = i;
          bestKey = key;
        }
      }
    }
    if (best >= 0) {
      outcome = Outcome.SINGLE;
      chosen = new int[] {best};
      take = new long[][] {demand.clone()};
      return;
    }
    rankAll();
    long[] avail = new long[skus.length];
    for (int i : ranked) {
      for (int j = 0; j < skus.length; j++) {
        avail[j] += sell[j * ws.length + i];
      }
    }
    boolean enough = true;
    for (int j = 0; j < skus.length; j++) {
      missing[j] = Math.max(0, demand[j] - avail[j]);
      enough &= missing[j] == 0;
    }
    if (!enough) {
      backorder();
      return;
    }
    int limit = Math.min(config.maxShipments(), ranked.length);
    int[] found = exactSearch(limit);
    if (found == null) {
      long[] left = greedyCover(limit);
      boolean covered = true;
      for (int j = 0; j < skus.length; j++) {
        covered &= left[j] == 0;
      }
      if (!covered || !greedy) {
        // no cover within maxShipments (the exact search proved it, or the greedy one found none)
        shipmentLimit = true;
        System.arraycopy(left, 0, missing, 0, skus.length);
        backorder();
        return;
      }
      found = chosen;
    }
    assign(found);
    outcome = config.splitPolicy() == SplitPolicy.TRANSFER ? Outcome.TRANSFER : Outcome.SPLIT;
  }

  /** Subsets of 2..limit ranked candidates, fewest first, highest summed score within a size; null if none. */
  private int @Nullable [] exactSearch(int limit) {
    int m = ranked.length;
    for (int k = 2; k <= limit; k++) {
      long count = binomial(m, k);
      if (examined + count > config.splitSearchBudget()) {
        greedy = true;
        return null;
      }
      examined += (int) count;
      int[] idx = new int[k];
      for (int a = 0; a < k; a++) {
        idx[a] = a;
      }
      int[] best = null;
      long bestScore = Long.MIN_VALUE;
      while (true) {
        if (covers(idx, k)) {
          long s = 0;
          for (int a = 0; a < k; a++) {
            s += key(ranked[idx[a]]);
          }
          if (s > bestScore) {
            bestScore = s;
            best = idx.clone();
          }
        }
        int a = k - 1;
        while (a >= 0 && idx[a] == m - k + a) {
          a--;
        }
        if (a < 0) {
          break;
        }
        idx[a]++;
        for (int b = a + 1; b < k; b++) {
          idx[b] = idx[b - 1] + 1;
        }
      }
      if (best != null) {
        int[] out = new int[k];
        for (int a = 0; a < k; a++) {
          out[a] = ranked[best[a]];
        }
        return out;
      }
    }
    return null;
  }

  private boolean covers(int[] idx, int k) {
    for (int j = 0; j < skus.length; j++) {
      long s = 0;
      for (int a = 0; a < k; a++) {
        s += sell[j * ws.length + ranked[idx[a]]];
      }
      if (s < demand[j]) {
        return false;
      }
    }
    return true;
  }

  private static long binomial(int n, int k) {
    long r = 1;
    for (int i = 1; i <= k; i++) {
      r = r * (n - k + i) / i;
      if (r > Integer.MAX_VALUE) {
        return Integer.MAX_VALUE;
      }
    }
    return r;
  }

  /** Picks, up to {@code limit} times, the candidate covering most of what is left (ties: rank); sets {@link #chosen}. */
  private long[] greedyCover(int limit) {
    long[] left = demand.clone();
    boolean[] used = new boolean[ws.length];
    List<Integer> picks = new ArrayList<>();
    while (picks.size() < limit) {
      int best = -1;
      long bestGain = 0;
      for (int i : ranked) {
        if (used[i]) {
          continue;
        }
        long gain = 0;
        for (int j = 0; j < skus.length; j++) {
          gain += Math.min(sell[j * ws.length + i], left[j]);
        }
        if (gain > bestGain) {
          best = i;
          bestGain = gain;
        }
      }
      if (best < 0) {
        break;
      }
      used[best] = true;
      picks.add(best);
      for (int j = 0; j < skus.length; j++) {
        left[j] -= Math.min(sell[j * ws.length + best], left[j]);
      }
    }
    int[] out = new int[picks.size()];
    int o = 0;
    for (int i : ranked) {
      if (used[i]) {
        out[o++] = i;
      }
    }
    chosen = out;
    return left;
  }

  /**
   * Takes each SKU from the best-ranked member of {@code set} that holds all of it, else from the
   * members in rank order; drops members left with nothing to ship.
   */
  private void assign(int[] set) {
    int[] sorted = set.clone();
    Arrays.sort(sorted); // indices; re-order by rank below
    List<Integer> byRank = new ArrayList<>();
    for (int i : ranked) {
      if (Arrays.binarySearch(sorted, i) >= 0) {
        byRank.add(i);
      }
    }
    long[][] t = new long[byRank.size()][skus.length];
    for (int j = 0; j < skus.length; j++) {
      // a SKU comes from one warehouse when one of the set holds all of it (best rank first) ...
      int whole = -1;
      for (int c = 0; c < byRank.size() && whole < 0; c++) {
        if (sell[j * ws.length + byRank.get(c)] >= demand[j]) {
          whole = c;
        }
      }
      if (whole >= 0) {
        t[whole][j] = demand[j];
        continue;
      }
      // ... else from each in rank order
      long left = demand[j];
      for (int c = 0; c < byRank.size(); c++) {
        t[c][j] = Math.min(sell[j * ws.length + byRank.get(c)], left);
        left -= t[c][j];
      }
    }
    List<Integer> keep = new ArrayList<>();
    List<long[]> takes = new ArrayList<>();
    for (int c = 0; c < byRank.size(); c++) {
      long sum = 0;
      for (long q : t[c]) {
        sum += q;
      }
      if (sum > 0) {
        keep.add(byRank.get(c));
        takes.add(t[c]);
      }
    }
    chosen = keep.stream().mapToInt(Integer::intValue).toArray();
    take = takes.toArray(new long[0][]);
  }

  private void backorder() {
    outcome = Outcome.BACKORDER;
    chosen = NO_INTS;
    take = NO_TAKES;
    promised = promise();
  }

  /** The date expected restocks cover every missing SKU, from warehouses that could ship the order. */
  private @Nullable LocalDate promise() {
    LocalDate latest = null;
    for (int j = 0; j < skus.length; j++) {
      if (missing[j] == 0) {
        continue;
      }
      List<ExpectedRestock> arrivals = new ArrayList<>();
      for (int i = 0; i < ws.length; i++) {
        if (filter[i] == FilterReason.DOES_NOT_SERVE_DESTINATION || filter[i] == FilterReason.NO_HAZARDOUS_GOODS) {
          continue;
        }
        for (ExpectedRestock r : ws[i].restocks()) {
          if (r.sku().equals(skus[j])) {
            arrivals.add(r);
          }
        }
      }
      arrivals.sort((a, b) -> a.date().compareTo(b.date()));
      long got = 0;
      LocalDate when = null;
      for (ExpectedRestock r : arrivals) {
        got += r.quantity();
        if (got >= missing[j]) {
          when = r.date();
          break;
        }
      }
      if (when == null) {
        return null;
      }
      latest = latest == null || when.isAfter(latest) ? when : latest;
    }
    return latest;
  }

  // ------------------------------------------------------------------ results

  /** Units per position this plan reserves. */
  ReservationRequest reservationRequest() {
    // positions in StockKey order (warehouse id, then SKU) straight away: the chosen warehouses by
    // id (they are in rank order), each one's SKUs already sorted
    int[] byId = chosen.clone();
    for (int a = 1; a < byId.length; a++) {
      int c = byId[a];
      int at = a - 1;
      while (at >= 0 && ws[byId[at]].id().compareTo(ws[c].id()) > 0) {
        byId[at + 1] = byId[at];
        at--;
      }
      byId[at + 1] = c;
    }
    int count = 0;
    for (long[] t : take) {
      for (long q : t) {
        count += q > 0 ? 1 : 0;
      }
    }
    StockKey[] keys = new StockKey[count];
    long[] units = new long[count];
    int p = 0;
    for (int i : byId) {
      long[] t = take[indexOf(i)];
      for (int j = 0; j < skus.length; j++) {
        if (t[j] > 0) {
          keys[p] = new StockKey(ws[i].id(), skus[j]);
          units[p++] = t[j];
        }
      }
    }
    return ReservationRequest.of(order.id(), Positions.ofSorted(keys, units, "quantities"));
  }

  /** Indices of the warehouses that ship a parcel (consume a waybill and a slot of their daily cap). */
  int[] shippers() {
    if (outcome == Outcome.TRANSFER) {
      return new int[] {chosen[0]};
    }
    return outcome == Outcome.BACKORDER ? new int[0] : chosen;
  }

  List<Shipment> shipments() {
    if (outcome == Outcome.BACKORDER) {
      return List.of();
    }
    if (outcome == Outcome.TRANSFER || outcome == Outcome.SINGLE) { // one parcel with every line whole
      List<OrderLine> orderLines = order.lines();
      ShipmentLine[] lines = new ShipmentLine[orderLines.size()];
      for (int l = 0; l < lines.length; l++) {
        OrderLine line = orderLines.get(l);
        lines[l] = new ShipmentLine(line.lineId(), line.sku(), line.quantity());
      }
      int hub = chosen[0];
      return List.of(new Shipment(ws[hub].id(), carrier(hub), days[hub], List.of(lines)));
    }
    long[][] left = new long[chosen.length][];
    List<List<ShipmentLine>> parcels = new ArrayList<>();
    for (int c = 0; c < chosen.length; c++) {
      left[c] = take[c].clone();
      parcels.add(new ArrayList<>());
    }
    for (OrderLine line : order.lines()) {
      int j = Arrays.binarySearch(skus, line.sku());
      long q = line.quantity();
      for (int c = 0; c < chosen.length && q > 0; c++) {
        long give = Math.min(left[c][j], q);
        if (give > 0) {
          parcels.get(c).add(new ShipmentLine(line.lineId(), line.sku(), give));
          left[c][j] -= give;
          q -= give;
        }
      }
    }
    List<Shipment> out = new ArrayList<>();
    for (int c = 0; c < chosen.length; c++) {
      int i = chosen[c];
      out.add(new Shipment(ws[i].id(), carrier(i), days[i], parcels.get(c)));
    }
    return out;
  }

  private String carrier(int i) {
    String c = carrier[i];
    if (c == null) {
      throw new IllegalStateException("no carrier for a chosen warehouse");
    }
    return c;
  }

  List<Transfer> transfers() {
    if (outcome != Outcome.TRANSFER) {
      return List.of();
    }
    List<Transfer> out = new ArrayList<>();
    int hub = chosen[0];
    for (int c = 1; c < chosen.length; c++) {
      for (int j = 0; j < skus.length; j++) {
        if (take[c][j] > 0) {
          out.add(new Transfer(ws[chosen[c]].id(), ws[hub].id(), skus[j], take[c][j]));
        }
      }
    }
    return out;
  }

  Map<Sku, Long> missingMap() {
    if (outcome != Outcome.BACKORDER) {
      return Map.of();
    }
    Map<Sku, Long> out = new LinkedHashMap<>();
    for (int j = 0; j < skus.length; j++) {
      if (missing[j] > 0) {
        out.put(skus[j], missing[j]);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  // ------------------------------------------------------------------ explanation

  Explanation explain() {
    Plan p = detached ? replay() : this;
    p.rankAll();
    return new Explanation(p.destination, p.steps(), p.candidates());
  }

  /**
   * This plan worked out again from its snapshot into arrays of its own: the same filters, scores
   * and decision, bit for bit (the code and the inputs are the same; a host factor's values are the
   * ones it returned the first time).
   */
  private Plan replay() {
    Plan r = new Plan(this);
    r.filterSnapshot();
    r.score();
    r.decide();
    if (r.outcome != outcome || !Arrays.equals(r.chosen, chosen) || !Arrays.deepEquals(r.take, take)) {
      throw new IllegalStateException("the replay of " + order.id() + " decided " + r.outcome + " "
          + Arrays.toString(r.chosen) + " instead of " + outcome + " " + Arrays.toString(chosen));
    }
    return r;
  }

  private List<String> steps() {
    List<String> steps = new ArrayList<>();
    int passed = ranked.length;
    steps.add(passed + " of " + ws.length + " warehouses passed the hard filters"
        + " (destination " + destination + ", daily cap, waybills, hazardous goods, stock)");
    if (override != null) {
      steps.add("carrier " + override + " requested by the order (attribute "
          + config.carrierRules().overrideAttribute() + ")");
    } else if (ruleCarrier != null) {
      steps.add("carrier rule for " + destination + ": " + ruleCarrier
          + " where the warehouse has that route, else its fastest carrier");
    } else {
      steps.add("no carrier rule for " + destination + ": each warehouse's fastest carrier");
    }
    int fullCount = 0;
    for (int i : ranked) {
      fullCount += full[i] ? 1 : 0;
    }
    switch (outcome) {
      case SINGLE:
        steps.add(fullCount + " can ship the whole order alone; chose " + ws[chosen[0]].id()
            + " with the best score " + fixed3(total[chosen[0]]));
        break;
      case SPLIT:
      case TRANSFER:
        steps.add("no single warehouse holds the whole order");
        steps.add(searchStep());
        if (outcome == Outcome.TRANSFER) {
          steps.add("split policy TRANSFER: " + ws[chosen[0]].id() + " ships the whole order after "
              + (chosen.length - 1) + " source warehouse(s) transfer their part to it");
        }
        break;
      default:
        if (shipmentLimit) {
          steps.add("no cover within " + config.maxShipments() + " shipments; short of " + shortText(missing));
        } else {
          steps.add("not enough sellable stock among the candidates: short of " + shortText(missing));
        }
        steps.add(promised != null ? "promised ship date " + promised + " from expected restocks"
            : "no promised date: no known restock covers what is missing");
    }
    return steps;
  }

  private String searchStep() {
    String members = joinIds(chosen);
    if (greedy) {
      return "subsets beyond the search budget of " + config.splitSearchBudget()
          + " (after " + examined + " examined): greedy cover picked " + members;
    }
    return "exact search over " + ranked.length + " candidates examined " + examined
        + " subsets; the fewest warehouses that cover the order: " + chosen.length + " (" + members
        + "), highest combined score among such covers";
  }

  private String joinIds(int[] set) {
    StringBuilder sb = new StringBuilder();
    for (int i : set) {
      sb.append(sb.length() == 0 ? "" : ", ").append(ws[i].id());
    }
    return sb.toString();
  }

  private String shortText(long[] q) {
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < skus.length; j++) {
      if (q[j] > 0) {
        sb.append(sb.length() == 0 ? "" : ", ").append(skus[j].value()).append('×').append(q[j]);
      }
    }
    return sb.toString();
  }

  private boolean isChosen(int i) {
    for (int c : chosen) {
      if (c == i) {
        return true;
      }
    }
    return false;
  }

  private List<CandidateExplanation> candidates() {
    List<ScoreFactor> factors = config.factors();
    double[] norm = normalised();
    // immutable lists built once: the records' List.copyOf keeps them as they are
    CandidateExplanation[] out = new CandidateExplanation[ws.length];
    for (int i = 0; i < ws.length; i++) {
      if (filter[i] != null) {
        out[i] = new CandidateExplanation(ws[i].id(), filter[i], carrier[i], List.of(), 0, 0, false, filterVerdict(i));
        continue;
      }
      FactorScore[] scores = new FactorScore[factors.size()];
      for (int f = 0; f < scores.length; f++) {
        double w = config.weight(f);
        double normalised = norm[f * ws.length + i];
        scores[f] = new FactorScore(factors.get(f).name(), rawAt(f, i), normalised, w, w * normalised);
      }
      boolean shipsPart = outcome != Outcome.BACKORDER && isChosen(i);
      out[i] = new CandidateExplanation(ws[i].id(), null, carrier[i], List.of(scores), total[i], rank[i], shipsPart,
          verdict(i, shipsPart));
    }
    return List.of(out);
  }

  private String filterVerdict(int i) {
    switch (filter[i]) {
      case DOES_NOT_SERVE_DESTINATION:
        return override != null ? "no route to " + destination + " (no carrier goes there)"
            : "no carrier route to " + destination;
      case DAILY_CAP_REACHED:
        return "daily order cap " + ws[i].dailyOrderCap() + " reached (" + ordersToday[i] + " today)";
      case NO_STOCK:
        return "no sellable stock of " + skuList();
      default:
        return filter[i].text();
    }
  }

  private String skuList() {
    StringBuilder sb = new StringBuilder();
    for (Sku s : skus) {
      sb.append(sb.length() == 0 ? "" : ", ").append(s);
    }
    return sb.toString();
  }

  /** What candidate {@code i} lacks of each SKU to ship the whole order alone. */
  private long[] shortOf(int i) {
    long[] shortOf = new long[skus.length];
    for (int j = 0; j < skus.length; j++) {
      shortOf[j] = Math.max(0, demand[j] - sell[j * ws.length + i]);
    }
    return shortOf;
  }

  private String verdict(int i, boolean shipsPart) {
    switch (outcome) {
      case SINGLE:
        if (shipsPart) {
          return "chosen: best score among the warehouses that can ship the whole order";
        }
        if (!full[i]) {
          return "cannot ship the whole order alone: short of " + shortText(shortOf(i))
              + (rank[i] < rank[chosen[0]] ? " (though it scored " + fixed3(total[i] - total[chosen[0]]) + " higher)"
                  : "");
        }
        return lostTo(i, chosen[0]);
      case SPLIT:
      case TRANSFER:
        if (shipsPart) {
          int c = indexOf(i);
          String part = shortText(take[c]);
          if (outcome == Outcome.TRANSFER) {
            return c == 0 ? "chosen: ships the whole order (best score in the cover); receives transfers"
                : "chosen: transfers " + part + " to " + ws[chosen[0]].id();
          }
          return "chosen: ships " + part + " (part " + (c + 1) + " of " + chosen.length + ")";
        }
        return "not needed: " + (greedy ? "the greedy cover" : "the fewest-warehouse cover with the highest combined score")
            + " is " + joinIds(chosen) + "; " + lostTo(i, chosen[0]);
      default:
        return "holds only part of the order: short of " + shortText(shortOf(i));
    }
  }

  private int indexOf(int i) {
    for (int c = 0; c < chosen.length; c++) {
      if (chosen[c] == i) {
        return c;
      }
    }
    return -1;
  }

  /** Why {@code loser} ranks below {@code winner}: the score gap and the factor with the largest gap. */
  private String lostTo(int loser, int winner) {
    double gap = total[winner] - total[loser];
    double[] norm = normalised();
    if (key(winner) == key(loser)) {
      return "tied with " + ws[winner].id() + " at " + fixed3(total[winner]) + "; the stable warehouse order puts "
          + (rank[winner] < rank[loser] ? ws[winner].id() : ws[loser].id()) + " first";
    }
    if (gap < 0) {
      return "scored " + fixed3(-gap) + " higher than " + ws[winner].id() + " but was not needed";
    }
    int worst = -1;
    double worstGap = 0;
    for (int f = 0; f < config.factors().size(); f++) {
      double g = config.weight(f) * (norm[f * ws.length + winner] - norm[f * ws.length + loser]);
      if (g > worstGap) {
        worstGap = g;
        worst = f;
      }
    }
    String where = worst < 0 ? "" : "; largest gap on " + config.factors().get(worst).name() + " ("
        + fixed3(worstGap) + ")";
    return "scored " + fixed3(gap) + " lower than " + ws[winner].id() + " (" + fixed3(total[loser]) + " vs "
        + fixed3(total[winner]) + ")" + where;
  }

  /**
   * Exactly {@code String.format(Locale.ROOT, "%.3f", v)}, without a {@link java.util.Formatter} (an
   * explanation prints a few per candidate). Between 0.001 and 10^7 the formatter rounds, half up,
   * the decimal digits {@link Double#toString} prints; elsewhere (where the two may differ in the
   * last digit) it is used as is. {@code PlanProperties} checks they agree.
   *
   * <p>Those digits are within half an ulp of {@code |v|}, and {@code |v| × 1000} rounded to a
   * double is within half an ulp of the exact product, so the two differ by less than 10^-5 below
   * 10^10 (an ulp there is at most 2^-18). Rounding half up only jumps where the thousandths end in
   * exactly .5: when the double product's fraction is further than 10^-4 from one half, rounding the
   * product gives the formatter's answer. Nearer (rarely), the digits are rounded as decimals.
   */
  static String fixed3(double v) {
    double a = Math.abs(v);
    if (!(a == 0 || a >= 1e-3 && a < 1e7)) { // also NaN and infinities
      return String.format(Locale.ROOT, "%.3f", v);
    }
    boolean negative = Double.compare(v, 0.0) < 0; // the formatter keeps the sign of -0.0 and of -0.0001
    double t = a * 1000;
    double whole = Math.floor(t);
    if (Math.abs(t - whole - 0.5) <= 1e-4) {
      String digits = new BigDecimal(Double.toString(a)).setScale(3, RoundingMode.HALF_UP).toPlainString();
      return negative ? "-" + digits : digits;
    }
    long thousandths = (long) whole + (t - whole > 0.5 ? 1 : 0);
    long units = thousandths / 1000;
    int fraction = (int) (thousandths % 1000);
    StringBuilder sb = new StringBuilder(16);
    if (negative) {
      sb.append('-');
    }
    sb.append(units).append('.');
    if (fraction < 100) {
      sb.append(fraction < 10 ? "00" : "0");
    }
    return sb.append(fraction).toString();
  }

  // ------------------------------------------------------------------ factor view

  /** The flyweight a factor sees: warehouse {@code i} of this plan. */
  private final class View implements CandidateView {
    int i;
    private @Nullable Map<Sku, Long> demandMap;

    @Override
    public Order order() {
      return order;
    }

    @Override
    public Map<Sku, Long> demand() {
      if (demandMap == null) {
        Map<Sku, Long> m = new LinkedHashMap<>();
        for (int j = 0; j < skus.length; j++) {
          m.put(skus[j], demand[j]);
        }
        demandMap = Collections.unmodifiableMap(m);
      }
      return demandMap;
    }

    @Override
    public int skuCount() {
      return skus.length;
    }

    @Override
    public Sku sku(int j) {
      return skus[j];
    }

    @Override
    public long demand(int j) {
      return demand[j];
    }

    @Override
    public long sellableAt(int j) {
      return sell[j * ws.length + i];
    }

    @Override
    public double dailySalesAt(int j) {
      double[] s = sales[j];
      return s == null ? 1.0 : s[i];
    }

    @Override
    public String destination() {
      return destination;
    }

    @Override
    public Warehouse warehouse() {
      return ws[i];
    }

    @Override
    public long sellable(Sku sku) {
      int j = Arrays.binarySearch(skus, sku);
      return j < 0 ? 0 : sell[j * ws.length + i];
    }

    @Override
    public String carrier() {
      return Plan.this.carrier(i);
    }

    @Override
    public int carrierDays() {
      return days[i];
    }

    @Override
    public long waybillsLeft() {
      return waybills[i];
    }

    @Override
    public int ordersToday() {
      return ordersToday[i];
    }
  }
}
