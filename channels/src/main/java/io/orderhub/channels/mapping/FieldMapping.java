package io.orderhub.channels.mapping;

import io.orderhub.core.ChannelId;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.internal.Checks;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where each canonical order field sits in one platform's payload, and how to read it: an immutable
 * definition built with {@link #builder(ChannelId)} or loaded from a JSON mapping file with {@link
 * MappingFiles}. Every setter checks its entry at once and throws a {@link MappingException} naming
 * the entry and the reason.
 *
 * <p>Order targets: {@value #ORDER_TARGETS_DOC}. Line targets: {@value #LINE_TARGETS_DOC}. Each
 * target takes one or more paths; the first one present in the payload wins. Statuses map through
 * value tables; a value that is not in the table puts the order on hold with the reason, never
 * fails.
 */
public final class FieldMapping {
  static final String ORDER_TARGETS_DOC = "externalId, status, createdAt, paidAt, updatedAt, promisedShipBy, "
      + "buyerNote, sellerNote, parentOrderId, tags, currency, buyer.id, buyer.nick, buyer.phone, address.name, "
      + "address.phone, address.country, address.province, address.city, address.district, address.town, "
      + "address.detail, address.postalCode, amounts.goods, amounts.shipping, amounts.paid, amounts.orderDiscount";
  static final String LINE_TARGETS_DOC =
      "lineId, sku, platformSkuId, title, quantity, unitPrice, gross, total, discount, status, refundStatus";
  /** The canonical order fields a mapping may fill. */
  public static final Set<String> ORDER_TARGETS = Set.of(ORDER_TARGETS_DOC.split(", "));
  /** The canonical line fields a mapping may fill. */
  public static final Set<String> LINE_TARGETS = Set.of(LINE_TARGETS_DOC.split(", "));

  /** How amounts are written. */
  public enum MoneyUnit {
    /** Major units as decimal strings or numbers ({@code "12.50"} yuan). */
    YUAN,
    /** Integer minor units ({@code 1250} fen). */
    FEN
  }

  /** What a refund status value means for its line. */
  public enum RefundMeaning {
    /** A refund is in progress: the line is {@link OrderStatus#REFUND_REQUESTED}. */
    REFUND_REQUESTED,
    /** The line was refunded. */
    REFUNDED,
    /** The value means "no refund" and is dropped. */
    NONE
  }

  /**
   * A platform status value's meaning.
   *
   * @param status the model status
   * @param tag a tag to add to the order, e.g. {@code partially-shipped}, or {@code null}
   */
  public record StatusTarget(OrderStatus status, @Nullable String tag) {}

  private final String source;
  private final ChannelId channel;
  private final Currency currency;
  private final MoneyUnit moneyUnit;
  private final ZoneId zone;
  private final @Nullable String timePattern;
  private final @Nullable DateTimeFormatter timeFormat;
  private final String defaultCountry;
  private final List<FieldPath> envelopes;
  private final Map<String, List<FieldPath>> fields;
  private final List<FieldPath> lines;
  private final Map<String, List<FieldPath>> lineFields;
  private final Map<String, StatusTarget> statuses;
  private final Map<String, StatusTarget> lineStatuses;
  private final Map<String, RefundMeaning> refundStatuses;

  private FieldMapping(Builder b) {
    this.source = b.source;
    this.channel = b.channel;
    this.currency = b.currency;
    this.moneyUnit = b.moneyUnit;
    this.zone = b.zone;
    this.timePattern = b.timePattern;
    this.timeFormat = b.timePattern == null ? null : DateTimeFormatter.ofPattern(b.timePattern, Locale.ROOT);
    this.defaultCountry = b.defaultCountry;
    this.envelopes = List.copyOf(b.envelopes);
    this.fields = copy(b.fields);
    this.lines = List.copyOf(b.lines);
    this.lineFields = copy(b.lineFields);
    this.statuses = Collections.unmodifiableMap(new LinkedHashMap<>(b.statuses));
    this.lineStatuses = Collections.unmodifiableMap(new LinkedHashMap<>(b.lineStatuses));
    this.refundStatuses = Collections.unmodifiableMap(new LinkedHashMap<>(b.refundStatuses));
  }

  private static Map<String, List<FieldPath>> copy(Map<String, List<FieldPath>> m) {
    Map<String, List<FieldPath>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }

  /** A builder for {@code channel}'s mapping, with {@code <code>} as its source in error messages. */
  public static Builder builder(ChannelId channel) {
    return new Builder(Checks.requireNonNull(channel, "channel"), "<code>");
  }

  static Builder builder(ChannelId channel, String source) {
    return new Builder(channel, source);
  }

  public String source() {
    return source;
  }

  public ChannelId channel() {
    return channel;
  }

  /** The currency of every amount, unless the {@code currency} target names a field. */
  public Currency currency() {
    return currency;
  }

  public MoneyUnit moneyUnit() {
    return moneyUnit;
  }

  /** The zone of local time strings. */
  public ZoneId zone() {
    return zone;
  }

  /** The {@link DateTimeFormatter} pattern of time strings, empty for "any supported format". */
  public Optional<String> timePattern() {
    return Optional.ofNullable(timePattern);
  }

  @Nullable DateTimeFormatter timeFormat() {
    return timeFormat;
  }

  /** The country of addresses whose country field is absent or not an ISO code. */
  public String defaultCountry() {
    return defaultCountry;
  }

  /** Envelope paths tried in order to find the order object. */
  public List<FieldPath> envelopes() {
    return envelopes;
  }

  /** The paths of each order target, unmodifiable. */
  public Map<String, List<FieldPath>> fields() {
    return fields;
  }

  /** The paths tried to find the array of lines. */
  public List<FieldPath> lines() {
    return lines;
  }

  /** The paths of each line target, relative to a line. */
  public Map<String, List<FieldPath>> lineFields() {
    return lineFields;
  }

  public Map<String, StatusTarget> statuses() {
    return statuses;
  }

  /** Line status values; the order's table when none was given. */
  public Map<String, StatusTarget> lineStatuses() {
    return lineStatuses.isEmpty() ? statuses : lineStatuses;
  }

  public Map<String, RefundMeaning> refundStatuses() {
    return refundStatuses;
  }

  @Override
  public String toString() {
    return "FieldMapping[" + channel + " from " + source + ", " + fields.size() + " order fields, "
        + lineFields.size() + " line fields]";
  }

  /** Builds a {@link FieldMapping}; every setter validates its entry at once. */
  public static final class Builder {
    private final ChannelId channel;
    private final String source;
    private Currency currency = Money.CNY;
    private MoneyUnit moneyUnit = MoneyUnit.YUAN;
    private ZoneId zone = ZoneId.of("+08:00");
    private @Nullable String timePattern;
    private String defaultCountry = "CN";
    private final List<FieldPath> envelopes = new ArrayList<>();
    private final Map<String, List<FieldPath>> fields = new LinkedHashMap<>();
    private final List<FieldPath> lines = new ArrayList<>();
    private final Map<String, List<FieldPath>> lineFields = new LinkedHashMap<>();
    private final Map<String, StatusTarget> statuses = new LinkedHashMap<>();
    private final Map<String, StatusTarget> lineStatuses = new LinkedHashMap<>();
    private final Map<String, RefundMeaning> refundStatuses = new LinkedHashMap<>();

    private Builder(ChannelId channel, String source) {
      this.channel = channel;
      this.source = source;
    }

    private MappingException fail(String entry, String reason) {
      return new MappingException(source, entry, reason);
    }

    /** The currency of every amount (default CNY), by ISO 4217 code. */
    public Builder currency(String code) {
      try {
        this.currency = Money.currency(code);
        Money.zero(currency);
      } catch (InvalidValueException e) {
        throw fail("currency", "\"" + code + "\" " + e.problem());
      }
      return this;
    }

    /** The money unit: {@code yuan} (major units, default) or {@code fen} (minor units). */
    public Builder money(String unit) {
      switch (unit.strip().toLowerCase(Locale.ROOT)) {
        case "yuan", "major" -> moneyUnit = MoneyUnit.YUAN;
        case "fen", "minor" -> moneyUnit = MoneyUnit.FEN;
        default -> throw fail("money", "\"" + unit + "\" is not yuan or fen");
      }
      return this;
    }

    /**
     * How times are written: {@code auto} (default: local {@code yyyy-MM-dd HH:mm:ss}, ISO-8601
     * with offset, Unix seconds or milliseconds) or a {@link DateTimeFormatter} pattern; local times
     * are in {@code zone} (default {@code +08:00}, China).
     */
    public Builder time(String format, String zone) {
      try {
        this.zone = ZoneId.of(zone.strip());
      } catch (DateTimeException e) {
        throw fail("time.zone", "\"" + zone + "\" is not a time zone");
      }
      if (format.isBlank() || format.strip().equalsIgnoreCase("auto")) {
        this.timePattern = null;
      } else {
        try {
          DateTimeFormatter.ofPattern(format);
        } catch (IllegalArgumentException e) {
          throw fail("time.format", "\"" + format + "\" is not a date-time pattern: " + e.getMessage());
        }
        this.timePattern = format;
      }
      return this;
    }

    /** The country of addresses that give none (ISO 3166 alpha-2, default {@code CN}). */
    public Builder defaultCountry(String country) {
      if (country == null || !country.strip().matches("[A-Za-z]{2}")) {
        throw fail("defaultCountry", "\"" + country + "\" is not an ISO 3166 alpha-2 code");
      }
      this.defaultCountry = country.strip().toUpperCase(Locale.ROOT);
      return this;
    }

    /** An envelope path to the order object, tried in the order added. */
    public Builder envelope(String path) {
      envelopes.add(path("envelopes[" + envelopes.size() + "]", path));
      return this;
    }

    /** Where the order target {@code target} sits; several paths are tried in order. */
    public Builder field(String target, String... paths) {
      if (!ORDER_TARGETS.contains(target)) {
        throw fail("fields." + target, "is not a canonical order field (one of " + ORDER_TARGETS_DOC + ")");
      }
      fields.put(target, paths("fields." + target, paths));
      return this;
    }

    /** Where the array of lines sits; several paths are tried in order. */
    public Builder lines(String... paths) {
      lines.clear();
      lines.addAll(paths("lines.path", paths));
      return this;
    }

    /** Where the line target {@code target} sits, relative to a line. */
    public Builder lineField(String target, String... paths) {
      if (!LINE_TARGETS.contains(target)) {
        throw fail("lines.fields." + target, "is not a canonical line field (one of " + LINE_TARGETS_DOC + ")");
      }
      lineFields.put(target, paths("lines.fields." + target, paths));
      return this;
    }

    /** What the platform's order status {@code value} means. */
    public Builder status(String value, OrderStatus status, @Nullable String tag) {
      statuses.put(Checks.requireNonNull(value, "value"), new StatusTarget(Checks.requireNonNull(status, "status"), tag));
      return this;
    }

    /** What a line status {@code value} means; without any, lines use the order's table. */
    public Builder lineStatus(String value, OrderStatus status) {
      lineStatuses.put(Checks.requireNonNull(value, "value"), new StatusTarget(Checks.requireNonNull(status, "status"), null));
      return this;
    }

    /** What a line refund status {@code value} means; values not given are kept verbatim with no effect. */
    public Builder refundStatus(String value, RefundMeaning meaning) {
      refundStatuses.put(Checks.requireNonNull(value, "value"), Checks.requireNonNull(meaning, "meaning"));
      return this;
    }

    /**
     * @throws MappingException when a required target is missing: {@code externalId}, {@code
     *     status}, {@code createdAt}, the lines' path, {@code lineId}, {@code sku}, {@code quantity}
     *     and {@code unitPrice} or {@code gross}
     */
    public FieldMapping build() {
      for (String t : List.of("externalId", "status", "createdAt")) {
        if (!fields.containsKey(t)) {
          throw fail("fields." + t, "is required");
        }
      }
      if (lines.isEmpty()) {
        throw fail("lines.path", "is required");
      }
      for (String t : List.of("lineId", "sku", "quantity")) {
        if (!lineFields.containsKey(t)) {
          throw fail("lines.fields." + t, "is required");
        }
      }
      if (lineFields.containsKey("unitPrice") == lineFields.containsKey("gross")) {
        throw fail("lines.fields.unitPrice", "exactly one of unitPrice and gross is required");
      }
      if (statuses.isEmpty()) {
        throw fail("statuses", "is required (at least one platform status value)");
      }
      return new FieldMapping(this);
    }

    private List<FieldPath> paths(String entry, String... paths) {
      if (paths == null || paths.length == 0) {
        throw fail(entry, "needs at least one path");
      }
      Set<FieldPath> out = new LinkedHashSet<>();
      for (int i = 0; i < paths.length; i++) {
        out.add(path(paths.length == 1 ? entry : entry + "[" + i + "]", paths[i]));
      }
      return List.copyOf(out);
    }

    private FieldPath path(String entry, @Nullable String text) {
      if (text == null) {
        throw fail(entry, "is not a path (null)");
      }
      try {
        return FieldPath.parse(text);
      } catch (IllegalArgumentException e) {
        throw fail(entry, e.getMessage());
      }
    }
  }
}
