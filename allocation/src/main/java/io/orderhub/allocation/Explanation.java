package io.orderhub.allocation;

import java.util.List;
import java.util.Locale;

/**
 * Why an order was allocated as it was: the destination, the steps the strategy took, and every
 * warehouse with its filter or its per-factor score and a verdict.
 *
 * @param destination the destination region, normalised
 * @param steps what the strategy did, in order (e.g. "no single warehouse holds the whole order")
 * @param candidates every configured warehouse, in configuration order
 */
public record Explanation(String destination, List<String> steps, List<CandidateExplanation> candidates) {
  public Explanation {
    steps = List.copyOf(steps);
    candidates = List.copyOf(candidates);
  }

  /** A multi-line, human-readable rendering. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("destination ").append(destination).append('\n');
    for (String step : steps) {
      sb.append("  - ").append(step).append('\n');
    }
    for (CandidateExplanation c : candidates) {
      sb.append(String.format(Locale.ROOT, "  %s %-10s", c.chosen() ? "*" : " ", c.warehouse()));
      if (c.filtered()) {
        sb.append(" filtered: ").append(c.verdict()).append('\n');
        continue;
      }
      sb.append(String.format(Locale.ROOT, " #%d total %.3f via %s |", c.rank(), c.total(), c.carrier()));
      for (FactorScore f : c.factors()) {
        sb.append(String.format(Locale.ROOT, " %s %s→%.2f×%.2f", f.factor(), number(f.raw()), f.normalised(),
            f.weight()));
      }
      sb.append("\n      ").append(c.verdict()).append('\n');
    }
    return sb.toString();
  }

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
