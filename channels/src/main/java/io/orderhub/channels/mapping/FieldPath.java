package io.orderhub.channels.mapping;

import io.orderhub.core.json.PayloadNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a value sits in a payload: a JSON pointer ({@code /receiver/phone}, {@code /items/0/sku})
 * or a dotted path ({@code receiver.phone}). The last segment is a field name. Immutable.
 */
public final class FieldPath {
  private final String text;
  private final List<String> segments;

  private FieldPath(String text, List<String> segments) {
    this.text = text;
    this.segments = List.copyOf(segments);
  }

  /**
   * Parses a path.
   *
   * @throws IllegalArgumentException with the reason when the text is not a path
   */
  static FieldPath parse(String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("is an empty path");
    }
    List<String> segments = new ArrayList<>();
    if (text.startsWith("/")) {
      for (String raw : text.substring(1).split("/", -1)) {
        if (raw.matches(".*~(?![01]).*")) {
          throw new IllegalArgumentException("\"" + text + "\" is not a JSON pointer ('~' must be ~0 or ~1)");
        }
        segments.add(raw.replace("~1", "/").replace("~0", "~"));
      }
    } else {
      for (String raw : text.split("\\.", -1)) {
        segments.add(raw);
      }
    }
    for (String s : segments) {
      if (s.isEmpty()) {
        throw new IllegalArgumentException("\"" + text + "\" has an empty segment");
      }
    }
    if (isIndex(segments.get(0)) || isIndex(segments.get(segments.size() - 1))) {
      throw new IllegalArgumentException("\"" + text + "\" must start and end with a field name");
    }
    return new FieldPath(text, segments);
  }

  /** The first segment: the payload field this path reads (kept out of {@code attributes}). */
  String head() {
    return segments.get(0);
  }

  /** The field name this path ends in. */
  String last() {
    return segments.get(segments.size() - 1);
  }

  /** The node holding the last field, when every step before it exists. */
  Optional<PayloadNode> parent(PayloadNode root) {
    PayloadNode node = root;
    for (int i = 0; i < segments.size() - 1; i++) {
      String s = segments.get(i);
      if (node.isArray() && isIndex(s)) {
        List<PayloadNode> elements = node.elements();
        int index = Integer.parseInt(s);
        if (index >= elements.size()) {
          return Optional.empty();
        }
        node = elements.get(index);
      } else if (node.isObject()) {
        Optional<PayloadNode> child = node.get(s);
        if (child.isEmpty()) {
          return Optional.empty();
        }
        node = child.get();
      } else {
        return Optional.empty();
      }
    }
    return node.isObject() ? Optional.of(node) : Optional.empty();
  }

  private static boolean isIndex(String s) {
    return !s.isEmpty() && s.length() < 10 && s.chars().allMatch(Character::isDigit);
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof FieldPath p && p.segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /** The path as written. */
  @Override
  public String toString() {
    return text;
  }
}
