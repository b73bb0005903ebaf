package io.orderhub.rules.internal;

import io.orderhub.core.OrderLine;
import io.orderhub.core.internal.Checks;
import io.orderhub.rules.Condition;
import io.orderhub.rules.EvaluationContext;
import io.orderhub.rules.Explanation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The order (or, with {@code onLines}, one of its lines) carries {@code tag}. A value object (equal
 * when tag and target are); its description is made once.
 */
public final class Tagged implements Condition {
  private final String tag;
  private final boolean onLines;
  private final String description;

  /**
   * @param tag the tag
   * @param onLines whether to look at the lines' tags instead of the order's
   */
  public Tagged(String tag, boolean onLines) {
    this.tag = Checks.requireText(tag, "tag");
    this.onLines = onLines;
    this.description = (onLines ? "a line is tagged " : "order is tagged ") + Texts.quote(tag);
  }

  /** The tag. */
  public String tag() {
    return tag;
  }

  /** Whether the lines' tags are looked at instead of the order's. */
  public boolean onLines() {
    return onLines;
  }

  @Override
  public boolean test(EvaluationContext context) {
    if (!onLines) {
      return context.order().hasTag(tag);
    }
    List<OrderLine> lines = context.order().lines();
    for (int i = 0; i < lines.size(); i++) {
      OrderLine line = lines.get(i);
      if (!line.tags().isEmpty() && line.hasTag(tag)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Explanation explain(EvaluationContext context) {
    if (!onLines) {
      return Explanation.leaf(description, test(context), Texts.quoteAll(context.order().tags()));
    }
    List<String> skus = new ArrayList<>();
    for (OrderLine line : context.order().lines()) {
      if (line.hasTag(tag)) {
        skus.add(line.sku().value());
      }
    }
    return skus.isEmpty() ? Explanation.leaf(description, false, "no line tagged")
        : Explanation.leaf(description, true, "SKU " + Texts.quoteAll(skus));
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Tagged && ((Tagged) o).tag.equals(tag) && ((Tagged) o).onLines == onLines;
  }

  @Override
  public int hashCode() {
    return tag.hashCode() * 31 + Boolean.hashCode(onLines);
  }

  @Override
  public String toString() {
    return "Tagged[tag=" + tag + ", onLines=" + onLines + "]";
  }
}
