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

/**
 * A line's SKU is in {@code skus}. An empty list matches nothing (a placeholder sellers fill in).
 *
 * @param skus the SKUs, sorted
 */
public record SkuIn(Set<Sku> skus) implements Condition {
  public SkuIn {
    Checks.requireNonNull(skus, "skus");
    TreeSet<Sku> copy = new TreeSet<>();
    for (Sku s : skus) {
      copy.add(Checks.requireNonNull(s, "skus[]"));
    }
    skus = Collections.unmodifiableSet(copy);
  }

  @Override
  public boolean test(EvaluationContext context) {
    if (skus.isEmpty()) {
      return false;
    }
    List<OrderLine> lines = context.order().lines();
    for (int i = 0; i < lines.size(); i++) {
      if (skus.contains(lines.get(i).sku())) {
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
      if (skus.contains(line.sku())) {
        found.add(line.sku().value());
      }
    }
    return found.isEmpty() ? Explanation.leaf(description(), false, Texts.quoteAll(all))
        : Explanation.leaf("SKU " + Texts.quoteAll(found) + " is in the list", true, Texts.quoteAll(found));
  }

  @Override
  public String description() {
    return "a line's SKU is one of " + skus.size() + " listed" + (skus.size() <= 5 ? " " + Texts.quoteAll(skus) : "");
  }
}
