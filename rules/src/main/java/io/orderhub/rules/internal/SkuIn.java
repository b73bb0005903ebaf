package io.orderhub.rules.internal;

import io.orderhub.core.OrderLine;
import io.orderhub.core.Sku;
import io.orderhub.core.internal.Checks;
import io.orderhub.rules.EvaluationContext;
import io.orderhub.rules.Explanation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A line's SKU is in {@code skus}. An empty list matches nothing (a placeholder sellers fill in). A
 * value object (equal when the SKU sets are); lines are looked up in a hash set, and the description
 * is made once.
 */
public final class SkuIn extends ValueCondition {
  private final Set<Sku> skus;
  private final Set<Sku> lookup;

  /** @param skus the SKUs */
  public SkuIn(Set<Sku> skus) {
    this(sorted(skus));
  }

  private SkuIn(SortedSet<Sku> skus) {
    super("a line's SKU is one of " + skus.size() + " listed" + (skus.size() <= 5 ? " " + Texts.quoteAll(skus) : ""),
        skus);
    this.skus = Collections.unmodifiableSortedSet(skus);
    this.lookup = Set.copyOf(skus);
  }

  private static SortedSet<Sku> sorted(Set<Sku> skus) {
    Checks.requireNonNull(skus, "skus");
    TreeSet<Sku> copy = new TreeSet<>();
    for (Sku s : skus) {
      copy.add(Checks.requireNonNull(s, "skus[]"));
    }
    return copy;
  }

  /** The SKUs, sorted (unmodifiable). */
  public Set<Sku> skus() {
    return skus;
  }

  @Override
  public boolean test(EvaluationContext context) {
    if (lookup.isEmpty()) {
      return false;
    }
    List<OrderLine> lines = context.order().lines();
    for (int i = 0; i < lines.size(); i++) {
      if (lookup.contains(lines.get(i).sku())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Explanation explain(EvaluationContext context) {
    List<String> found = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (OrderLine line : context.order().lines()) {
      all.add(line.sku().value());
      if (lookup.contains(line.sku())) {
        found.add(line.sku().value());
      }
    }
    return found.isEmpty() ? Explanation.leaf(description(), false, Texts.quoteAll(all))
        : Explanation.leaf("SKU " + Texts.quoteAll(found) + " is in the list", true, Texts.quoteAll(found));
  }
}
