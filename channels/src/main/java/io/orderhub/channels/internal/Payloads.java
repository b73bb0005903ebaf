package io.orderhub.channels.internal;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Order;
import io.orderhub.core.json.InvalidPayloadException;
import io.orderhub.core.json.OrderJson;
import io.orderhub.core.json.PayloadNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Parsing a raw payload and finding the order object inside the platform's envelope. Not API. */
public final class Payloads {
  private Payloads() {}

  /**
   * Parses {@code payload}, finds the order object (inside the first envelope whose first field is
   * present, else the root itself) and runs {@code reader} on it. Model errors become {@link
   * InvalidPayloadException}s naming the path.
   *
   * @param envelopes dotted paths from the root to the order object, e.g. {@code
   *     trade_fullinfo_get_response.trade}, split once by {@link Envelopes#of}
   */
  public static Order normalize(byte[] payload, Envelopes envelopes, Function<PayloadNode, Order> reader) {
    if (payload == null) {
      throw new InvalidPayloadException("$", null, "is missing");
    }
    PayloadNode order = unwrap(PayloadNode.root(OrderJson.standard().readTree(payload)), envelopes);
    try {
      return reader.apply(order);
    } catch (InvalidValueException e) {
      throw new InvalidPayloadException(order.path(), e.value(), e.field() + " " + e.problem(), e);
    }
  }

  /** The order object inside {@code root}; see {@link #normalize}. */
  public static PayloadNode unwrap(PayloadNode root, Envelopes envelopes) {
    requireObject(root);
    PayloadNode error = root.get("error_response").orElse(null);
    if (error != null) {
      String msg = error.isObject() ? error.text("sub_msg").or(() -> error.text("msg")).orElse("") : "";
      throw new InvalidPayloadException(error.path(), error.json().toString(), "is a platform error response " + msg);
    }
    for (String[] parts : envelopes.paths) {
      if (!root.has(parts[0])) {
        continue;
      }
      PayloadNode node = root;
      for (String part : parts) {
        node = node.object(part);
      }
      return node;
    }
    return root;
  }

  /** An adapter's envelope paths, split into field names once (not on every payload). */
  public static final class Envelopes {
    /** No envelope: the order object is the root. */
    public static final Envelopes NONE = new Envelopes(List.of());

    private final List<String[]> paths;

    private Envelopes(List<String[]> paths) {
      this.paths = paths;
    }

    /** Dotted paths from the root to the order object, tried in this order. */
    public static Envelopes of(String... dotted) {
      List<String[]> paths = new ArrayList<>(dotted.length);
      for (String d : dotted) {
        paths.add(d.split("\\."));
      }
      return new Envelopes(List.copyOf(paths));
    }
  }

  /** Fails unless {@code node} is a JSON object. */
  public static PayloadNode requireObject(PayloadNode node) {
    if (!node.isObject()) {
      throw node.fail("is not a JSON object");
    }
    return node;
  }
}
