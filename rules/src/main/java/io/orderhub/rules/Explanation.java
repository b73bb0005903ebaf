package io.orderhub.rules;

import io.orderhub.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a condition did or did not match: the condition in words, whether it matched, the actual
 * value it looked at (already masked where it is a phone) and, for a composite, the explanations of
 * its parts. A leaf renders as {@code address.detail contains "村" (value: "黄龙溪镇石牛村3组临时住所")}.
 *
 * @param condition the condition in words
 * @param matched whether it matched
 * @param value the actual value, as display text, when the condition looked at one
 * @param children the parts' explanations, empty for a leaf (unmodifiable)
 */
public record Explanation(String condition, boolean matched, Optional<String> value, List<Explanation> children) {
  public Explanation {
    Checks.requireNonNull(condition, "explanation.condition");
    Checks.requireNonNull(value, "explanation.value");
    children = List.copyOf(Checks.requireNonNull(children, "explanation.children"));
  }

  /** A leaf that looked at {@code value}. */
  public static Explanation leaf(String condition, boolean matched, String value) {
    return new Explanation(condition, matched, Optional.of(value), List.of());
  }

  /** A leaf with no single value to show. */
  public static Explanation leaf(String condition, boolean matched) {
    return new Explanation(condition, matched, Optional.empty(), List.of());
  }

  /** A composite node. */
  public static Explanation node(String condition, boolean matched, List<Explanation> children) {
    return new Explanation(condition, matched, Optional.empty(), children);
  }

  /** Whether this is a leaf (no parts). */
  public boolean isLeaf() {
    return children.isEmpty();
  }

  /**
   * This tree without the alternatives that did not matter: under a node that matched, children
   * that did not match are dropped when at least one child matched (the other branches of an
   * {@code any}). A {@code not} keeps its unmatched child, which is the reason it matched.
   */
  public Explanation pruned() {
    if (children.isEmpty()) {
      return this;
    }
    boolean anyChildMatched = false;
    for (int i = 0; i < children.size() && !anyChildMatched; i++) {
      anyChildMatched = children.get(i).matched;
    }
    List<Explanation> kept = new ArrayList<>(children.size());
    for (Explanation c : children) {
      if (!matched || !anyChildMatched || c.matched) {
        kept.add(c.pruned());
      }
    }
    return new Explanation(condition, matched, value, kept);
  }

  /** The leaves of this tree, depth first. */
  public List<Explanation> leaves() {
    List<Explanation> out = new ArrayList<>();
    collectLeaves(this, out);
    return List.copyOf(out);
  }

  private static void collectLeaves(Explanation e, List<Explanation> out) {
    if (e.isLeaf()) {
      out.add(e);
    }
    for (Explanation c : e.children) {
      collectLeaves(c, out);
    }
  }

  /** This node alone: {@code condition (value: v)}. */
  public String line() {
    return value.map(v -> condition + " (value: " + v + ")").orElse(condition);
  }

  /** The tree, one node a line, indented, each line marked {@code [x]} if it matched, {@code [ ]} if not. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    render(this, 0, sb);
    return sb.toString();
  }

  private static void render(Explanation e, int depth, StringBuilder sb) {
    if (depth > 0) {
      sb.append('\n');
    }
    sb.append("  ".repeat(depth)).append(e.matched ? "[x] " : "[ ] ").append(e.line());
    for (Explanation c : e.children) {
      render(c, depth + 1, sb);
    }
  }

  @Override
  public String toString() {
    return render();
  }
}
