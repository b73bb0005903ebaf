package io.orderhub.allocation;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import io.orderhub.core.json.InvalidPayloadException;
import io.orderhub.core.json.OrderJson;
import io.orderhub.core.json.PayloadNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a warehouses JSON file (format in the {@linkplain io.orderhub.allocation package
 * documentation}) into a {@link WarehouseSetup}. Every problem, including an unknown field, is an
 * {@link InvalidPayloadException} naming the JSON path, e.g. {@code $.warehouses[1].onTimeRate:
 * "1.4" is not in 0..1}.
 */
public final class WarehouseFile {
  private static final Set<String> ROOT = Set.of("buffer", "skuBuffers", "carrierRules", "carrierOverrideAttribute",
      "weights", "split", "maxShipments", "splitSearchBudget", "zone", "warehouses");
  private static final Set<String> WAREHOUSE = Set.of("id", "region", "hazardous", "dailyCap", "ordersToday",
      "waybills", "onTimeRate", "buffer", "carriers", "stock");
  private static final Set<String> STOCK = Set.of("sku", "onHand", "dailySales", "buffer", "restocks");
  private static final Set<String> BUFFER = Set.of("ratio", "safetyStock");
  private static final Set<String> RULE = Set.of("regions", "carrier");
  private static final Set<String> RESTOCK = Set.of("date", "quantity");

  private WarehouseFile() {}

  /** Reads a warehouses file from UTF-8 JSON. */
  public static WarehouseSetup read(byte[] json) {
    PayloadNode root = PayloadNode.root(OrderJson.standard().readTree(json));
    if (!root.isObject()) {
      throw root.fail("is not a JSON object");
    }
    known(root, ROOT);
    BufferPolicy.Builder buffers = BufferPolicy.builder();
    root.get("buffer").ifPresent(b -> guard(b, "", () -> buffers.defaultBuffer(buffer(b))));
    root.get("skuBuffers").ifPresent(map -> {
      requireObject(map);
      for (String sku : map.fieldNames()) {
        PayloadNode b = map.object(sku);
        guard(map, sku, () -> buffers.sku(Sku.of(sku), buffer(b)));
      }
    });
    AllocationConfig.Builder config = AllocationConfig.builder();
    config.carrierRules(carrierRules(root));
    root.get("weights").ifPresent(w -> {
      requireObject(w);
      for (String name : w.fieldNames()) {
        BigDecimal v = w.requiredDecimal(name);
        guard(w, name, () -> config.weight(name, v.doubleValue()));
      }
    });
    root.text("split").ifPresent(s -> config.splitPolicy(
        root.parse("split", s, t -> SplitPolicy.valueOf(t.toUpperCase(Locale.ROOT)), "is not SPLIT or TRANSFER")));
    root.intValue("maxShipments").ifPresent(n -> guard(root, "maxShipments", () -> config.maxShipments(n)));
    root.intValue("splitSearchBudget").ifPresent(n ->
        guard(root, "splitSearchBudget", () -> config.splitSearchBudget(n)));
    root.text("zone").ifPresent(z -> config.zone(root.parse("zone", z, ZoneId::of, "is not a time zone id")));

    List<PayloadNode> warehouses = root.array("warehouses");
    if (warehouses.isEmpty()) {
      throw new InvalidPayloadException(root.pathOf("warehouses"), null, "is missing or empty");
    }
    Map<StockKey, Long> stock = new LinkedHashMap<>();
    Set<WarehouseId> ids = new HashSet<>();
    for (PayloadNode w : warehouses) {
      Warehouse warehouse = warehouse(w, buffers, stock);
      if (!ids.add(warehouse.id())) {
        throw w.fail("id", "is used by another warehouse");
      }
      config.warehouse(warehouse);
    }
    return new WarehouseSetup(config.build(), buffers.build(), stock);
  }

  private static CarrierRules carrierRules(PayloadNode root) {
    CarrierRules.Builder rules = CarrierRules.builder();
    root.text("carrierOverrideAttribute").ifPresent(a ->
        guard(root, "carrierOverrideAttribute", () -> rules.overrideAttribute(a)));
    for (PayloadNode rule : root.array("carrierRules")) {
      requireObject(rule);
      known(rule, RULE);
      List<String> regions = new ArrayList<>();
      for (PayloadNode r : rule.array("regions")) {
        regions.add(r.asText());
      }
      String carrier = rule.requiredText("carrier");
      guard(rule, "regions", () -> rules.rule(regions, carrier));
    }
    return rules.build();
  }

  private static Warehouse warehouse(PayloadNode w, BufferPolicy.Builder buffers, Map<StockKey, Long> stock) {
    requireObject(w);
    known(w, WAREHOUSE);
    String idText = w.requiredText("id");
    WarehouseId id = w.parse("id", idText, WarehouseId::of, "is not an id");
    Warehouse.Builder b = Warehouse.builder(id);
    String region = w.requiredText("region");
    guard(w, "region", () -> b.region(region));
    w.bool("hazardous").ifPresent(b::hazardousAllowed);
    w.intValue("dailyCap").ifPresent(v -> guard(w, "dailyCap", () -> b.dailyOrderCap(v)));
    w.intValue("ordersToday").ifPresent(v -> guard(w, "ordersToday", () -> b.ordersToday(v)));
    w.longValue("waybills").ifPresent(v -> guard(w, "waybills", () -> b.waybills(v)));
    w.decimal("onTimeRate").ifPresent(v -> guard(w, "onTimeRate", () -> b.onTimeRate(v.doubleValue())));
    w.get("buffer").ifPresent(n -> guard(w, "buffer", () -> buffers.warehouse(id, buffer(n))));
    PayloadNode carriers = w.object("carriers");
    for (String carrier : carriers.fieldNames()) {
      PayloadNode table = carriers.object(carrier);
      for (String region2 : table.fieldNames()) {
        int days = table.requiredInt(region2);
        guard(table, region2, () -> b.carrierDays(carrier, region2, days));
      }
    }
    Set<Sku> seen = new HashSet<>();
    for (PayloadNode s : w.array("stock")) {
      requireObject(s);
      known(s, STOCK);
      Sku sku = s.parse("sku", s.requiredText("sku"), Sku::of, "is not a SKU");
      if (!seen.add(sku)) {
        throw s.fail("sku", "is listed twice for this warehouse");
      }
      long onHand = s.requiredLong("onHand");
      if (onHand < 0 || onHand > StockLevel.MAX_QUANTITY) {
        throw s.fail("onHand", "is not in 0.." + StockLevel.MAX_QUANTITY);
      }
      stock.put(StockKey.of(id, sku), onHand);
      s.decimal("dailySales").ifPresent(v -> guard(s, "dailySales", () -> b.dailySales(sku, v.doubleValue())));
      s.get("buffer").ifPresent(n -> guard(s, "buffer", () -> buffers.position(StockKey.of(id, sku), buffer(n))));
      for (PayloadNode r : s.array("restocks")) {
        requireObject(r);
        known(r, RESTOCK);
        LocalDate date = r.parse("date", r.requiredText("date"), LocalDate::parse, "is not a date (yyyy-mm-dd)");
        long quantity = r.requiredLong("quantity");
        guard(r, "quantity", () -> b.restock(new ExpectedRestock(sku, date, quantity)));
      }
    }
    return b.build();
  }

  private static StockBuffer buffer(PayloadNode b) {
    requireObject(b);
    known(b, BUFFER);
    boolean ratio = b.has("ratio");
    boolean safety = b.has("safetyStock");
    if (ratio == safety) {
      throw b.fail("needs exactly one of ratio or safetyStock");
    }
    if (ratio) {
      BigDecimal r = b.requiredDecimal("ratio");
      return b.parse("ratio", r.toPlainString(), t -> StockBuffer.ratio(r), "is not a ratio");
    }
    long units = b.requiredLong("safetyStock");
    return b.parse("safetyStock", Long.toString(units), t -> StockBuffer.safetyStock(units), "is not a quantity");
  }

  private static void requireObject(PayloadNode node) {
    if (!node.isObject()) {
      throw node.fail("is not a JSON object");
    }
  }

  private static void known(PayloadNode node, Set<String> fields) {
    for (String name : node.fieldNames()) {
      if (!fields.contains(name)) {
        throw new InvalidPayloadException(node.pathOf(name), null,
            "is not a known field (known: " + String.join(", ", new java.util.TreeSet<>(fields)) + ")");
      }
    }
  }

  /** Runs a builder call, reporting its {@link InvalidValueException} at {@code node.field}. */
  private static void guard(PayloadNode node, String field, Runnable call) {
    try {
      call.run();
    } catch (InvalidValueException e) {
      String path = field.isEmpty() ? node.path() : node.pathOf(field);
      throw new InvalidPayloadException(path, e.value(), e.problem(), e);
    }
  }
}
