package io.orderhub.rules.internal;

import io.orderhub.core.OrderLine;
import io.orderhub.core.internal.Checks;
import io.orderhub.rules.EvaluationContext;
import io.orderhub.rules.Explanation;
import java.util.ArrayList;
import java.util.List;

/**
 * The order (or, with {@code onLines}, one of its lines) carries {@code tag}. A value object (equal
 * when tag and target are); its description is made once.
 */
public final class Tagged extends ValueCondition {
  private final String tag;
  private final boolean onLines;

  /**
   * @param tag the tag
   * @param onLines whether to look at the lines' tags instead of the order's
   */
  public Tagged(String tag, boolean onLines) {
    super((onLines ? "a line is tagged " : "order is tagged ") + Texts.quote(Checks.requireText(tag, "tag")), tag,
        onLines);
    this.tag = tag;
    this.onLines = onLines;
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
      return Explanation.leaf(description(), test(context), Texts.quoteAll(context.order().tags()));
    }
    List<String> skus = new ArrayList<>();
    for (OrderLine line : context.order().lines()) {
      if (line.hasTag(tag)) {
        skus.add(line.sku().value());
      }
    }
    return skus.isEmpty() ? Explanation.leaf(description(), false, "no line tagged")
        : Explanation.leaf(description(), true, "SKU " + Texts.quoteAll(skus));
  }
}
