package io.orderhub.channels.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderhub.core.ChannelId;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.internal.Checks;
import io.orderhub.core.json.InvalidPayloadException;
import io.orderhub.core.json.OrderJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads JSON mapping files into {@link FieldMapping}s. A mapping file looks like:
 *
 * <pre>{@code
 * {
 *   "channel": "my-mini-program",
 *   "currency": "CNY",                       // or a "currency" entry under fields
 *   "money": "fen",                          // yuan | fen
 *   "time": {"format": "auto", "zone": "+08:00"},
 *   "defaultCountry": "CN",
 *   "envelopes": ["data.order"],
 *   "fields": {"externalId": "order_no", "status": "state", "createdAt": "/times/created",
 *              "address.phone": ["receiver.mobile", "receiver.tel"], ...},
 *   "lines": {"path": "items", "fields": {"lineId": "id", "sku": ["merchant_sku", "sku_id"],
 *              "quantity": "qty", "unitPrice": "price", "total": "paid"}},
 *   "statuses": {"PAID": "PAID", "PART_SHIPPED": {"status": "PAID", "tag": "partially-shipped"},
 *                "FROZEN": "ON_HOLD"},
 *   "refundStatuses": {"REFUNDING": "REFUND_REQUESTED", "REFUNDED": "REFUNDED", "NONE": "NONE"}
 * }
 * }</pre>
 *
 * Paths are JSON pointers ({@code /a/b}) or dotted ({@code a.b}). Unknown keys, unknown target
 * fields, bad paths and bad values fail at load with a {@link MappingException} naming the file,
 * the entry and the reason.
 */
public final class MappingFiles {
  private static final Set<String> ROOT_KEYS = Set.of("channel", "description", "currency", "money", "time",
      "defaultCountry", "envelopes", "fields", "lines", "statuses", "lineStatuses", "refundStatuses");

  private MappingFiles() {}

  /** Reads the mapping file at {@code file}; errors name the file. */
  public static FieldMapping read(Path file) {
    Checks.requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new MappingException(file.toString(), "$", "cannot be read: " + e.getMessage());
    }
    return parse(file.toString(), bytes);
  }

  /** Parses a mapping file's bytes; {@code source} names it in errors. */
  public static FieldMapping parse(String source, byte[] json) {
    Checks.requireNonNull(source, "source");
    JsonNode root;
    try {
      root = OrderJson.standard().readTree(json);
    } catch (InvalidPayloadException e) {
      throw new MappingException(source, "$", e.problem());
    }
    if (!root.isObject()) {
      throw new MappingException(source, "$", "is not a JSON object");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!ROOT_KEYS.contains(key)) {
        throw new MappingException(source, key, "is not a mapping entry (one of " + ROOT_KEYS + ")");
      }
    }
    String channelText = text(source, root, "channel", "channel");
    ChannelId channel;
    try {
      channel = ChannelId.of(channelText);
    } catch (InvalidValueException e) {
      throw new MappingException(source, "channel", "\"" + channelText + "\" " + e.problem());
    }
    FieldMapping.Builder b = FieldMapping.builder(channel, source);
    if (root.has("currency")) {
      b.currency(text(source, root, "currency", "currency"));
    }
    if (root.has("money")) {
      b.money(text(source, root, "money", "money"));
    }
    if (root.has("time")) {
      JsonNode time = object(source, root, "time", "time");
      b.time(time.has("format") ? text(source, time, "format", "time.format") : "auto",
          time.has("zone") ? text(source, time, "zone", "time.zone") : "+08:00");
    }
    if (root.has("defaultCountry")) {
      b.defaultCountry(text(source, root, "defaultCountry", "defaultCountry"));
    }
    for (String envelope : paths(source, root.get("envelopes"), "envelopes")) {
      b.envelope(envelope);
    }
    JsonNode fields = object(source, root, "fields", "fields");
    for (Map.Entry<String, JsonNode> e : entries(fields)) {
      b.field(e.getKey(), paths(source, e.getValue(), "fields." + e.getKey()).toArray(String[]::new));
    }
    JsonNode lines = object(source, root, "lines", "lines");
    for (Iterator<String> it = lines.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!key.equals("path") && !key.equals("fields")) {
        throw new MappingException(source, "lines." + key, "is not a lines entry (path or fields)");
      }
    }
    if (!lines.has("path")) {
      throw new MappingException(source, "lines.path", "is required");
    }
    b.lines(paths(source, lines.get("path"), "lines.path").toArray(String[]::new));
    for (Map.Entry<String, JsonNode> e : entries(object(source, lines, "fields", "lines.fields"))) {
      b.lineField(e.getKey(), paths(source, e.getValue(), "lines.fields." + e.getKey()).toArray(String[]::new));
    }
    if (root.has("statuses")) {
      for (Map.Entry<String, JsonNode> e : entries(object(source, root, "statuses", "statuses"))) {
        String entry = "statuses." + e.getKey();
        JsonNode v = e.getValue();
        if (v.isObject()) {
          b.status(e.getKey(), status(source, text(source, v, "status", entry + ".status"), entry + ".status"),
              v.has("tag") ? text(source, v, "tag", entry + ".tag") : null);
        } else {
          b.status(e.getKey(), status(source, text(source, root.get("statuses"), e.getKey(), entry), entry), null);
        }
      }
    }
    if (root.has("lineStatuses")) {
      for (Map.Entry<String, JsonNode> e : entries(object(source, root, "lineStatuses", "lineStatuses"))) {
        String entry = "lineStatuses." + e.getKey();
        b.lineStatus(e.getKey(), status(source, text(source, root.get("lineStatuses"), e.getKey(), entry), entry));
      }
    }
    if (root.has("refundStatuses")) {
      for (Map.Entry<String, JsonNode> e : entries(object(source, root, "refundStatuses", "refundStatuses"))) {
        String entry = "refundStatuses." + e.getKey();
        String v = text(source, root.get("refundStatuses"), e.getKey(), entry);
        try {
          b.refundStatus(e.getKey(), FieldMapping.RefundMeaning.valueOf(v.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException ex) {
          throw new MappingException(source, entry, "\"" + v + "\" is not REFUND_REQUESTED, REFUNDED or NONE");
        }
      }
    }
    return b.build();
  }

  private static OrderStatus status(String source, String value, String entry) {
    try {
      return OrderStatus.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw new MappingException(source, entry, "\"" + value + "\" is not an order status");
    }
  }

  private static List<Map.Entry<String, JsonNode>> entries(JsonNode object) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    object.fields().forEachRemaining(out::add);
    return out;
  }

  private static String text(String source, JsonNode parent, String key, String entry) {
    JsonNode v = parent.get(key);
    if (v == null || v.isNull()) {
      throw new MappingException(source, entry, "is required");
    }
    if (!v.isTextual()) {
      throw new MappingException(source, entry, v + " is not a string");
    }
    return v.textValue();
  }

  private static JsonNode object(String source, JsonNode parent, String key, String entry) {
    JsonNode v = parent.get(key);
    if (v == null || v.isNull()) {
      throw new MappingException(source, entry, "is required");
    }
    if (!v.isObject()) {
      throw new MappingException(source, entry, "is not an object");
    }
    return v;
  }

  /** A path or an array of paths; absent is none. */
  private static List<String> paths(String source, JsonNode v, String entry) {
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isTextual()) {
      out.add(v.textValue());
      return out;
    }
    if (!v.isArray()) {
      throw new MappingException(source, entry, v + " is not a path or an array of paths");
    }
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual()) {
        throw new MappingException(source, entry + "[" + i + "]", v.get(i) + " is not a path");
      }
      out.add(v.get(i).textValue());
    }
    return out;
  }
}
