package io.orderhub.channels.mapping;

import io.orderhub.channels.internal.LineDraft;
import io.orderhub.channels.internal.OrderDraft;
import io.orderhub.channels.internal.Payloads;
import io.orderhub.channels.internal.Personal;
import io.orderhub.channels.internal.Read;
import io.orderhub.channels.internal.StatusResult;
import io.orderhub.channels.internal.Times;
import io.orderhub.channels.spi.ChannelAdapter;
import io.orderhub.core.Address;
import io.orderhub.core.AddressDetail;
import io.orderhub.core.Buyer;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.PersonName;
import io.orderhub.core.Phone;
import io.orderhub.core.internal.Checks;
import io.orderhub.core.json.PayloadNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An adapter driven by a {@link FieldMapping} instead of Java code. It assembles orders exactly like
 * the built-in adapters (same discount spreading, refund and hold handling, personal-data
 * protection, unmapped fields kept in {@code attributes}), so a platform expressed as a mapping
 * file produces the same orders as a hand-written adapter reading the same fields.
 *
 * <pre>{@code
 * ChannelAdapter miniProgram = MappingAdapter.load(Path.of("mappings/mini-program.json"));
 * Channels channels = Channels.builder().registerBuiltIns().register(miniProgram).build();
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class MappingAdapter implements ChannelAdapter {
  private final FieldMapping mapping;
  private final Set<String> known;
  private final Set<String> lineKnown;

  private MappingAdapter(FieldMapping mapping) {
    this.mapping = mapping;
    Set<String> k = new HashSet<>();
    mapping.fields().values().forEach(ps -> ps.forEach(p -> k.add(p.head())));
    mapping.lines().forEach(p -> k.add(p.head()));
    this.known = Set.copyOf(k);
    Set<String> lk = new HashSet<>();
    mapping.lineFields().values().forEach(ps -> ps.forEach(p -> lk.add(p.head())));
    this.lineKnown = Set.copyOf(lk);
  }

  /** An adapter for {@code mapping}. */
  public static MappingAdapter of(FieldMapping mapping) {
    return new MappingAdapter(Checks.requireNonNull(mapping, "mapping"));
  }

  /**
   * An adapter for the JSON mapping file at {@code file}.
   *
   * @throws MappingException naming the file, the entry and the reason when the mapping is unusable
   */
  public static MappingAdapter load(Path file) {
    return of(MappingFiles.read(file));
  }

  /** The mapping this adapter follows. */
  public FieldMapping mapping() {
    return mapping;
  }

  @Override
  public ChannelId channel() {
    return mapping.channel();
  }

  @Override
  public Order normalize(byte[] payload) {
    return Payloads.normalize(payload, Payloads.Envelopes.NONE, this::read);
  }

  /** {@code {"status": value}} through the mapping's status table; unknown values are on hold. */
  @Override
  public OrderStatus statusOf(Map<String, String> statusFields) {
    String s = Read.statusField(statusFields, "status");
    return status(s).status();
  }

  private StatusResult status(String value) {
    FieldMapping.StatusTarget t = mapping.statuses().get(value);
    if (t == null) {
      return StatusResult.unknown(value);
    }
    StatusResult r = StatusResult.of(t.status(), value);
    return t.tag() == null ? r : r.withTag(t.tag());
  }

  private PayloadNode unwrap(PayloadNode root) {
    for (FieldPath envelope : mapping.envelopes()) {
      Optional<PayloadNode> parent = envelope.parent(root);
      if (parent.isPresent() && parent.get().has(envelope.last())) {
        return parent.get().object(envelope.last());
      }
    }
    return root;
  }

  private Order read(PayloadNode payload) {
    PayloadNode o = unwrap(payload);
    Payloads.requireObject(o);
    Currency cur = at(o, "currency").map(f -> f.node.parse(f.field, f.node.requiredText(f.field), Money::currency,
        "is not a currency code")).orElse(mapping.currency());
    OrderDraft d = new OrderDraft(mapping.channel(), cur)
        .externalId(requiredId(o, "externalId"))
        .status(status(required(o, "status").text()))
        .createdAt(instant(required(o, "createdAt")))
        .paidAt(at(o, "paidAt").map(this::instant).orElse(null))
        .updatedAt(at(o, "updatedAt").map(this::instant).orElse(null))
        .promisedShipBy(at(o, "promisedShipBy").map(this::instant).orElse(null))
        .buyerNote(text(o, "buyerNote"))
        .sellerNote(text(o, "sellerNote"))
        .parentOrderId(id(o, "parentOrderId"))
        .goods(money(o, "amounts.goods", cur))
        .shipping(money(o, "amounts.shipping", cur))
        .paid(money(o, "amounts.paid", cur))
        .orderDiscount(money(o, "amounts.orderDiscount", cur))
        .buyer(new Buyer(text(o, "buyer.id"), text(o, "buyer.nick"),
            Personal.pick(text(o, "buyer.phone"), null, null, Phone::new)))
        .address(address(o))
        .unknownFields(o, known);
    String tags = text(o, "tags");
    if (tags != null) {
      for (String tag : tags.split(",")) {
        if (!tag.isBlank()) {
          d.tag(tag.strip());
        }
      }
    }
    List<PayloadNode> lines = lines(o);
    if (lines.isEmpty()) {
      throw o.missing(mapping.lines().get(0).toString());
    }
    for (PayloadNode line : lines) {
      d.line(line(Payloads.requireObject(line), cur));
    }
    return d.build();
  }

  private List<PayloadNode> lines(PayloadNode o) {
    for (FieldPath p : mapping.lines()) {
      Optional<PayloadNode> parent = p.parent(o);
      if (parent.isPresent() && parent.get().has(p.last())) {
        return parent.get().array(p.last());
      }
    }
    return List.of();
  }

  private LineDraft line(PayloadNode n, Currency cur) {
    Map<String, List<FieldPath>> f = mapping.lineFields();
    Located qty = required(n, f, "quantity");
    int quantity = qty.node.requiredInt(qty.field);
    String lineId = requiredId(n, f, "lineId");
    String sku = requiredId(n, f, "sku");
    LineDraft line;
    if (f.containsKey("unitPrice")) {
      line = LineDraft.perUnit(qty.node, qty.field, lineId, sku, quantity, moneyAt(required(n, f, "unitPrice"), cur));
    } else {
      line = LineDraft.byGross(qty.node, qty.field, lineId, sku, quantity, moneyAt(required(n, f, "gross"), cur));
    }
    line.platformSkuId(locate(n, f, "platformSkuId").map(this::idAt).orElse(null))
        .title(locate(n, f, "title").map(Located::text).orElse(null))
        .unknownFields(n, lineKnown);
    Optional<Located> total = locate(n, f, "total");
    if (total.isPresent()) {
      line.total(moneyAt(total.get(), cur));
    } else {
      locate(n, f, "discount").ifPresent(l -> line.discount(moneyAt(l, cur)));
    }
    String refund = locate(n, f, "refundStatus").map(Located::text).orElse(null);
    FieldMapping.RefundMeaning meaning = refund == null ? null : mapping.refundStatuses().get(refund);
    if (meaning == FieldMapping.RefundMeaning.NONE) {
      refund = null;
    }
    line.refundStatus(refund);
    if (meaning == FieldMapping.RefundMeaning.REFUND_REQUESTED) {
      line.status(OrderStatus.REFUND_REQUESTED);
    } else if (meaning == FieldMapping.RefundMeaning.REFUNDED) {
      line.status(OrderStatus.REFUNDED);
    } else {
      locate(n, f, "status").map(Located::text).map(s -> mapping.lineStatuses().get(s))
          .ifPresent(t -> line.status(t.status()));
    }
    return line;
  }

  private @Nullable Address address(PayloadNode o) {
    String name = text(o, "address.name");
    String phone = text(o, "address.phone");
    String detail = text(o, "address.detail");
    String province = text(o, "address.province");
    String city = text(o, "address.city");
    String district = text(o, "address.district");
    String town = text(o, "address.town");
    String postal = text(o, "address.postalCode");
    String country = text(o, "address.country");
    if (name == null && phone == null && detail == null && province == null && city == null && district == null
        && town == null && postal == null && country == null) {
      return null;
    }
    String c = country != null && country.strip().matches("[A-Za-z]{2}") ? country.strip() : mapping.defaultCountry();
    return Read.at(o, () -> Address.builder().country(c).province(province).city(city).district(district).town(town)
        .postalCode(postal)
        .name(Personal.pick(name, null, null, PersonName::new))
        .phone(Personal.pick(phone, null, null, Phone::new))
        .detail(Personal.pick(detail, null, null, AddressDetail::new))
        .build());
  }

  // ------------------------------------------------------------------ reading a target

  /** A target's value located in the payload: the object holding it and the field name. */
  private record Located(PayloadNode node, String field) {
    String text() {
      return node.requiredText(field);
    }
  }

  private Optional<Located> at(PayloadNode o, String target) {
    return locate(o, mapping.fields(), target);
  }

  private static Optional<Located> locate(PayloadNode o, Map<String, List<FieldPath>> fields, String target) {
    List<FieldPath> paths = fields.get(target);
    if (paths == null) {
      return Optional.empty();
    }
    for (FieldPath p : paths) {
      Optional<PayloadNode> parent = p.parent(o);
      if (parent.isPresent() && parent.get().has(p.last())) {
        Optional<String> t = parent.get().text(p.last());
        if (t.isPresent() && !t.get().isBlank()) {
          return Optional.of(new Located(parent.get(), p.last()));
        }
      }
    }
    return Optional.empty();
  }

  private Located required(PayloadNode o, String target) {
    return required(o, mapping.fields(), target);
  }

  private static Located required(PayloadNode o, Map<String, List<FieldPath>> fields, String target) {
    return locate(o, fields, target).orElseThrow(() -> o.missing(fields.get(target).get(0).toString()));
  }

  private @Nullable String text(PayloadNode o, String target) {
    return at(o, target).map(Located::text).orElse(null);
  }

  private @Nullable String id(PayloadNode o, String target) {
    return at(o, target).map(this::idAt).orElse(null);
  }

  private String requiredId(PayloadNode o, String target) {
    return requiredId(o, mapping.fields(), target);
  }

  private String requiredId(PayloadNode o, Map<String, List<FieldPath>> fields, String target) {
    List<FieldPath> paths = fields.get(target);
    for (FieldPath p : paths) {
      Optional<PayloadNode> parent = p.parent(o);
      if (parent.isPresent()) {
        Optional<String> id = Read.id(parent.get(), p.last());
        if (id.isPresent()) {
          return id.get();
        }
      }
    }
    throw o.missing(paths.get(0).toString());
  }

  private @Nullable String idAt(Located l) {
    return Read.idOrNull(l.node, l.field);
  }

  private @Nullable Money money(PayloadNode o, String target, Currency cur) {
    return at(o, target).map(l -> moneyAt(l, cur)).orElse(null);
  }

  private Money moneyAt(Located l, Currency cur) {
    return mapping.moneyUnit() == FieldMapping.MoneyUnit.FEN
        ? Read.minor(l.node, l.field, cur) : Read.money(l.node, l.field, cur);
  }

  private Instant instant(Located l) {
    DateTimeFormatter format = mapping.timeFormat();
    if (format == null) {
      return Times.requiredInstant(l.node, l.field, mapping.zone());
    }
    return l.node.parse(l.field, l.text().strip(), s -> {
      TemporalAccessor t = format.parseBest(s, ZonedDateTime::from, LocalDateTime::from);
      return t instanceof ZonedDateTime z ? z.toInstant() : ((LocalDateTime) t).atZone(mapping.zone()).toInstant();
    }, "does not match the time format " + mapping.timePattern().orElse(""));
  }

  @Override
  public String toString() {
    return "MappingAdapter[" + mapping + "]";
  }
}
