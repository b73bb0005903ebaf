package io.orderhub.rules.internal;

import io.orderhub.core.OrderLine;
import io.orderhub.core.Sku;
import io.orderhub.core.internal.Checks;
import io.orderhub.rules.Condition;
import io.orderhub.rules.EvaluationContext;
import io.orderhub.rules.Explanation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A line's SKU is in {@code skus}. An empty list matches nothing (a placeholder sellers fill in). A
 * value object (equal when the SKU sets are); lines are looked up in a hash set, and the description
 * is made once.
 */
public final class SkuIn implements Condition {
  private final Set<Sku> skus;
  private final Set<Sku> lookup;
  private final String description;

  /** @param skus the SKUs */
  public SkuIn(Set<Sku> skus) {
    Checks.requireNonNull(skus, "skus");
    TreeSet<Sku> copy = new TreeSet<>();
    for (Sku s : skus) {
      copy.add(Checks.requireNonNull(s, "skus[]"));
    }
    this.skus = Collections.unmodifiableSet(copy);
    this.lookup = Set.copyOf(copy);
    this.description = "a line's SKU is one of " + copy.size() + " listed"
        + (copy.size() <= 5 ? " " + Texts.quoteAll(copy) : "");
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
    return found.isEmpty() ? Explanation.leaf(description, false, Texts.quoteAll(all))
        : Explanation.leaf("SKU " + Texts.quoteAll(found) + " is in the list", true, Texts.quoteAll(found));
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SkuIn && ((SkuIn) o).skus.equals(skus);
  }

  @Override
  public int hashCode() {
    return skus.hashCode();
  }

  @Override
  public String toString() {
    return "SkuIn[skus=" + skus + "]";
  }
}
