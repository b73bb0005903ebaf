package io.orderhub.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.orderhub.core.Address;
import io.orderhub.core.AddressDetail;
import io.orderhub.core.Amounts;
import io.orderhub.core.Buyer;
import io.orderhub.core.ChannelId;
import io.orderhub.core.ExternalOrderId;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.PersonName;
import io.orderhub.core.Phone;
import io.orderhub.core.Protection;
import io.orderhub.core.Sku;
import io.orderhub.core.internal.Checks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the canonical order JSON of DESIGN.md: stable camelCase field names, money as
 * {@code {"amount":"12.50","currency":"CNY"}}, instants as ISO-8601 UTC, personal data as the
 * platform gave it with a {@code ...Protection} sibling where the text alone would mislead.
 *
 * <p>Reading is hardened for untrusted input: the document size, nesting depth and string length
 * are bounded, there is no polymorphic typing, and every problem is an {@link
 * InvalidPayloadException} naming the JSON path. Unknown fields are ignored; a missing optional
 * field is absent. Instances are immutable and thread-safe.
 */
public final class OrderJson {
  private static final OrderJson STANDARD = builder().build();

  private final JsonMapper mapper;
  private final long maxDocumentBytes;

  private OrderJson(Builder b) {
    this.maxDocumentBytes = b.maxDocumentBytes;
    // Whole numbers are exact without USE_BIG_INTEGER_FOR_INTS too (Jackson picks int, long or
    // BigInteger by size); leaving it off spares a BigInteger per number in every payload read.
    this.mapper = mapper(b.maxDocumentBytes, b.maxDepth, b.maxStringLength, false);
  }

  /** The codec with default limits: 4 MiB documents, depth 32, strings of 1 MiB. */
  public static OrderJson standard() {
    return STANDARD;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A Jackson mapper hardened the same way (bounded input, exact decimals, no trailing tokens), for
   * modules that read other untrusted JSON such as platform payloads.
   */
  public static JsonMapper hardenedMapper(long maxDocumentBytes, int maxDepth, int maxStringLength) {
    return mapper(maxDocumentBytes, maxDepth, maxStringLength, true);
  }

  private static JsonMapper mapper(long maxDocumentBytes, int maxDepth, int maxStringLength, boolean bigIntegers) {
    JsonMapper m = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS, bigIntegers)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();
    m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentBytes)
        .maxNestingDepth(maxDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(64)
        .build());
    return m;
  }

  // ---------------------------------------------------------------- writing

  /** The canonical JSON of {@code order}, compact, UTF-8 when encoded. */
  public String write(Order order) {
    return new String(writeBytes(order), StandardCharsets.UTF_8);
  }

  /** The canonical JSON of {@code order} as UTF-8 bytes. */
  public byte[] writeBytes(Order order) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
      write(order, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes the canonical JSON of {@code order} to {@code writer} (which is not closed). */
  public void write(Order order, Writer writer) {
    try (JsonGenerator g = mapper.getFactory().createGenerator(writer)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(order, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The canonical JSON of {@code order} as a Jackson tree, e.g. to embed in a larger document. */
  public JsonNode toTree(Order order) {
    try {
      return mapper.readTree(writeBytes(order));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one order as a JSON object with {@code g}; the caller owns the generator. */
  public void write(Order order, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", order.id().value());
    g.writeStringField("channel", order.channel().value());
    g.writeStringField("externalId", order.externalId().value());
    g.writeStringField("status", order.status().name());
    g.writeStringField("createdAt", order.createdAt().toString());
    instant(g, "paidAt", order.paidAt());
    instant(g, "updatedAt", order.updatedAt());
    instant(g, "promisedShipBy", order.promisedShipBy());
    if (order.parentOrderId().isPresent()) {
      g.writeStringField("parentOrderId", order.parentOrderId().get().value());
    }
    if (order.version() != 0) {
      g.writeNumberField("version", order.version());
    }
    if (order.buyer().isPresent()) {
      Buyer b = order.buyer().get();
      g.writeObjectFieldStart("buyer");
      text(g, "id", b.id());
      text(g, "nick", b.nick());
      if (b.phone() != null) {
        personal(g, "phone", b.phone().value(), b.phone().protection());
      }
      g.writeEndObject();
    }
    if (order.shippingAddress().isPresent()) {
      address(g, order.shippingAddress().get());
    }
    g.writeArrayFieldStart("lines");
    for (OrderLine line : order.lines()) {
      line(g, line);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("amounts");
    money(g, "goods", order.amounts().goods());
    money(g, "shipping", order.amounts().shipping());
    money(g, "discount", order.amounts().discount());
    money(g, "paid", order.amounts().paid());
    g.writeEndObject();
    text(g, "buyerNote", order.buyerNote().orElse(null));
    text(g, "sellerNote", order.sellerNote().orElse(null));
    g.writeArrayFieldStart("tags");
    for (String tag : order.tags()) {
      g.writeString(tag);
    }
    g.writeEndArray();
    if (!order.attributes().isEmpty()) {
      g.writeFieldName("attributes");
      value(g, order.attributes());
    }
    g.writeEndObject();
  }

  private static void address(JsonGenerator g, Address a) throws IOException {
    g.writeObjectFieldStart("shippingAddress");
    if (a.name() != null) {
      personal(g, "name", a.name().value(), a.name().protection());
    }
    if (a.phone() != null) {
      personal(g, "phone", a.phone().value(), a.phone().protection());
    }
    g.writeStringField("country", a.country());
    text(g, "province", a.province());
    text(g, "city", a.city());
    text(g, "district", a.district());
    text(g, "town", a.town());
    if (a.detail() != null) {
      personal(g, "detail", a.detail().value(), a.detail().protection());
    }
    text(g, "postalCode", a.postalCode());
    if (a.latitude() != null && a.longitude() != null) {
      g.writeNumberField("latitude", a.latitude());
      g.writeNumberField("longitude", a.longitude());
    }
    g.writeEndObject();
  }

  private static void line(JsonGenerator g, OrderLine line) throws IOException {
    g.writeStartObject();
    g.writeStringField("lineId", line.lineId());
    g.writeStringField("sku", line.sku().value());
    text(g, "platformSkuId", line.platformSkuId());
    g.writeStringField("title", line.title());
    g.writeNumberField("quantity", line.quantity());
    money(g, "unitPrice", line.unitPrice());
    money(g, "discount", line.discount());
    money(g, "total", line.total());
    if (line.status() != null) {
      g.writeStringField("status", line.status().name());
    }
    text(g, "refundStatus", line.refundStatus());
    if (!line.tags().isEmpty()) {
      g.writeArrayFieldStart("tags");
      for (String tag : line.tags()) {
        g.writeString(tag);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** The protection sibling is written only where the text alone would be read differently. */
  private static void personal(JsonGenerator g, String field, String value, Protection protection)
      throws IOException {
    g.writeStringField(field, value);
    if (protection != Protection.guess(value)) {
      g.writeStringField(field + "Protection", protection.name());
    }
  }

  private static void money(JsonGenerator g, String field, Money money) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("amount", money.toPlainString());
    g.writeStringField("currency", money.currency().getCurrencyCode());
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String field, @Nullable String value) throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }

  private static void instant(JsonGenerator g, String field, Optional<Instant> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get().toString());
    }
  }

  private static void value(JsonGenerator g, Object value) throws IOException {
    if (value instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List) {
      g.writeStartArray();
      for (Object o : (List<?>) value) {
        value(g, o);
      }
      g.writeEndArray();
    } else if (value instanceof BigDecimal) {
      g.writeNumber((BigDecimal) value);
    } else if (value instanceof Boolean) {
      g.writeBoolean((Boolean) value);
    } else {
      g.writeString(String.valueOf(value));
    }
  }

  // ---------------------------------------------------------------- reading

  /** Reads one order from canonical JSON text. */
  public Order read(String json) {
    Checks.requireNonNull(json, "json");
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads one order from canonical JSON as UTF-8 bytes. */
  public Order read(byte[] json) {
    return read(readTree(json));
  }

  /**
   * Parses untrusted JSON into a tree within this codec's limits.
   *
   * @throws InvalidPayloadException when the bytes are not one JSON value or exceed a limit
   */
  public JsonNode readTree(byte[] json) {
    Checks.requireNonNull(json, "json");
    if (json.length > maxDocumentBytes) {
      throw new InvalidPayloadException("$", null,
          "document of " + json.length + " bytes exceeds the limit of " + maxDocumentBytes);
    }
    return readTree(mapper, json);
  }

  /**
   * Parses untrusted JSON into a tree with {@code mapper} (one from {@link #hardenedMapper}), for
   * modules that read other untrusted JSON such as rule files: every way the bytes can fail is an
   * {@link InvalidPayloadException} at {@code $}, with the line and column when Jackson knows them.
   *
   * @throws InvalidPayloadException when the bytes are not one JSON value or exceed a limit
   */
  public static JsonNode readTree(JsonMapper mapper, byte[] json) {
    Checks.requireNonNull(mapper, "mapper");
    Checks.requireNonNull(json, "json");
    try {
      JsonNode node = mapper.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new InvalidPayloadException("$", null, "is empty");
      }
      return node;
    } catch (StreamConstraintsException e) {
      throw new InvalidPayloadException("$", null, "exceeds a reader limit: " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new InvalidPayloadException("$", null, "is not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    } catch (NumberFormatException e) {
      // how jackson-core reports a number no BigDecimal can hold, such as an exponent beyond int range
      throw new InvalidPayloadException("$", null, "is not valid JSON: a number is out of range: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one order from a parsed canonical JSON object. */
  public Order read(JsonNode json) {
    PayloadNode root = PayloadNode.root(json);
    if (!root.isObject()) {
      throw root.fail("is not a JSON object");
    }
    try {
      Order.Builder b = Order.builder()
          .channel(root.parse("channel", root.requiredText("channel"), ChannelId::of, "is not a channel id"))
          .externalId(root.parse("externalId", root.requiredText("externalId"), ExternalOrderId::of, "is not an id"))
          .status(status(root, "status", root.requiredText("status")))
          .createdAt(instant(root, "createdAt", root.requiredText("createdAt")));
      root.text("id").ifPresent(v -> b.id(root.parse("id", v, OrderId::of, "is not an id")));
      root.text("paidAt").ifPresent(v -> b.paidAt(instant(root, "paidAt", v)));
      root.text("updatedAt").ifPresent(v -> b.updatedAt(instant(root, "updatedAt", v)));
      root.text("promisedShipBy").ifPresent(v -> b.promisedShipBy(instant(root, "promisedShipBy", v)));
      root.text("parentOrderId").ifPresent(v -> b.parentOrderId(root.parse("parentOrderId", v, OrderId::of, "is not an id")));
      root.longValue("version").ifPresent(b::version);
      root.get("buyer").ifPresent(n -> b.buyer(new Buyer(
          n.text("id").orElse(null), n.text("nick").orElse(null), personal(n, "phone", Phone::new))));
      root.get("shippingAddress").ifPresent(n -> b.shippingAddress(address(n)));
      for (PayloadNode line : root.array("lines")) {
        b.line(line(line));
      }
      PayloadNode amounts = root.object("amounts");
      b.amounts(new Amounts(
          money(amounts, "goods"), money(amounts, "shipping"), money(amounts, "discount"), money(amounts, "paid")));
      root.text("buyerNote").ifPresent(b::buyerNote);
      root.text("sellerNote").ifPresent(b::sellerNote);
      for (PayloadNode tag : root.array("tags")) {
        b.tag(tag.asText());
      }
      root.get("attributes").ifPresent(n -> {
        if (!n.isObject()) {
          throw n.fail("is not an object");
        }
        for (String key : n.fieldNames()) {
          b.attribute(key, n.json().get(key));
        }
      });
      return b.build();
    } catch (InvalidValueException e) {
      throw new InvalidPayloadException("$." + e.field(), e.value(), e.problem(), e);
    }
  }

  private static Address address(PayloadNode n) {
    Address.Builder a = Address.builder()
        .province(n.text("province").orElse(null))
        .city(n.text("city").orElse(null))
        .district(n.text("district").orElse(null))
        .town(n.text("town").orElse(null))
        .postalCode(n.text("postalCode").orElse(null))
        .name(personal(n, "name", PersonName::new))
        .phone(personal(n, "phone", Phone::new))
        .detail(personal(n, "detail", AddressDetail::new));
    n.text("country").ifPresent(c -> a.country(c));
    Optional<BigDecimal> lat = n.decimal("latitude");
    Optional<BigDecimal> lon = n.decimal("longitude");
    if (lat.isPresent() && lon.isPresent()) {
      a.coordinates(lat.get().doubleValue(), lon.get().doubleValue());
    }
    try {
      return a.build();
    } catch (InvalidValueException e) {
      throw new InvalidPayloadException(n.path() + "." + e.field().replace("address.", ""), e.value(), e.problem(), e);
    }
  }

  private static OrderLine line(PayloadNode n) {
    OrderLine.Builder l = OrderLine.builder()
        .lineId(n.requiredText("lineId"))
        .sku(n.parse("sku", n.requiredText("sku"), Sku::of, "is not a SKU"))
        .platformSkuId(n.text("platformSkuId").orElse(null))
        .title(n.text("title").orElse(""))
        .quantity(n.requiredInt("quantity"))
        .unitPrice(money(n, "unitPrice"))
        .discount(money(n, "discount"))
        .total(money(n, "total"))
        .refundStatus(n.text("refundStatus").orElse(null));
    n.text("status").ifPresent(s -> l.status(status(n, "status", s)));
    for (PayloadNode tag : n.array("tags")) {
      l.tag(tag.asText());
    }
    try {
      return l.build();
    } catch (InvalidValueException e) {
      throw new InvalidPayloadException(n.path() + "." + e.field().replace("line.", ""), e.value(), e.problem(), e);
    }
  }

  private static <T> @Nullable T personal(PayloadNode n, String field, PersonalFactory<T> factory) {
    Optional<String> value = n.text(field);
    if (value.isEmpty()) {
      return null;
    }
    Protection protection = n.text(field + "Protection")
        .map(p -> n.parse(field + "Protection", p, Protection::valueOf, "is not one of PLAIN, MASKED, ENCRYPTED, REFERENCE"))
        .orElse(Protection.guess(value.get()));
    return factory.create(value.get(), protection);
  }

  private static Money money(PayloadNode parent, String field) {
    PayloadNode n = parent.object(field);
    Currency currency = n.parse("currency", n.requiredText("currency"), Money::currency, "is not a currency");
    return n.parse("amount", n.requiredText("amount"), amount -> Money.of(amount, currency), "is not a money amount");
  }

  private static OrderStatus status(PayloadNode n, String field, String value) {
    return n.parse(field, value, OrderStatus::valueOf, "is not an order status");
  }

  private static Instant instant(PayloadNode n, String field, String value) {
    return n.parse(field, value, OrderJson::parseInstant, "is not an ISO-8601 instant");
  }

  private static Instant parseInstant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return OffsetDateTime.parse(text).toInstant();
    }
  }

  @FunctionalInterface
  private interface PersonalFactory<T> {
    T create(String value, Protection protection);
  }

  /** Limits for {@link OrderJson}; each setter checks its value at once. */
  public static final class Builder {
    private long maxDocumentBytes = 4L << 20;
    private int maxDepth = 32;
    private int maxStringLength = 1 << 20;

    private Builder() {}

    /** Largest document accepted, in bytes (default 4 MiB). */
    public Builder maxDocumentBytes(long bytes) {
      Checks.requireArgument(bytes >= 1024, "maxDocumentBytes", bytes, "is below 1024");
      this.maxDocumentBytes = bytes;
      return this;
    }

    /** Deepest nesting of objects and arrays accepted (default 32). */
    public Builder maxDepth(int depth) {
      Checks.requireArgument(depth >= 8, "maxDepth", depth, "is below 8 (an order nests 5 deep)");
      this.maxDepth = depth;
      return this;
    }

    /** Longest string accepted, in characters (default 1 MiB). */
    public Builder maxStringLength(int length) {
      Checks.requireArgument(length >= 256, "maxStringLength", length, "is below 256");
      this.maxStringLength = length;
      return this;
    }

    public OrderJson build() {
      return new OrderJson(this);
    }
  }
}
