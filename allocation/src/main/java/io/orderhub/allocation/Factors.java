package io.orderhub.allocation;

import java.util.List;

/** The built-in score factors; {@link AllocationConfig} weighs them equally by default. */
public final class Factors {
  /**
   * Stock depth: the days of cover the warehouse keeps for the thinnest of the order's SKUs it
   * holds, {@code min over those SKUs of sellable ÷ daily sales} (0 when it holds none). Higher is
   * better: ship from where stock is plentiful, spare thin stock.
   */
  public static final ScoreFactor STOCK_DEPTH = ScoreFactor.of("stockDepth", true, Factors::stockDepth);
  /** Waybills left. Higher is better: spare the warehouse that is running out of labels. */
  public static final ScoreFactor WAYBILLS = ScoreFactor.of("waybills", true, c -> (double) c.waybillsLeft());
  /** Carrier days to the destination. Lower is better. */
  public static final ScoreFactor TIMELINESS = ScoreFactor.of("timeliness", false, c -> c.carrierDays());
  /** Historical on-time rate. Higher is better. */
  public static final ScoreFactor ON_TIME_RATE = ScoreFactor.of("onTimeRate", true, c -> c.warehouse().onTimeRate());

  private Factors() {}

  /** The four built-ins, in explanation order. */
  public static List<ScoreFactor> builtIns() {
    return List.of(STOCK_DEPTH, WAYBILLS, TIMELINESS, ON_TIME_RATE);
  }

  private static double stockDepth(CandidateView c) {
    double min = Double.MAX_VALUE;
    for (int j = 0, n = c.skuCount(); j < n; j++) {
      long sellable = c.sellableAt(j);
      if (sellable > 0) {
        min = Math.min(min, sellable / c.dailySalesAt(j));
      }
    }
    return min == Double.MAX_VALUE ? 0 : min;
  }
}
