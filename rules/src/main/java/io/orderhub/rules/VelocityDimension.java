package io.orderhub.rules;

import io.orderhub.core.Address;
import io.orderhub.core.Buyer;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.Phone;
import io.orderhub.core.Protection;
import io.orderhub.core.internal.Checks;
import io.orderhub.rules.spi.VelocityKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a velocity window is keyed by: a name and a function that gives an order's keys in that
 * dimension, each with an amount (added to the window's sum) and a display text for explanations
 * (masked where it is personal data). Two dimensions are equal when their names are.
 *
 * <p>The built-in dimensions ignore values the platform masked ({@code 138****5678}): a mask is
 * shared by thousands of buyers and would count strangers together.
 */
public final class VelocityDimension {
  /** The buyer's phone (else the recipient's); amount = units ordered. */
  public static final VelocityDimension BUYER_PHONE = new VelocityDimension("buyer.phone", VelocityDimension::phoneEntries);
  /** The platform's buyer id; amount = units ordered. */
  public static final VelocityDimension BUYER_ID = new VelocityDimension("buyer.id", VelocityDimension::buyerIdEntries);
  /** The full delivery address; amount = units ordered. */
  public static final VelocityDimension ADDRESS = new VelocityDimension("address", VelocityDimension::addressEntries);
  /** Each SKU of the order; amount = units of that SKU. */
  public static final VelocityDimension SKU = new VelocityDimension("sku", VelocityDimension::skuEntries);
  /** The buyer (id, else phone) with each SKU and quantity; catches the same order placed twice. */
  public static final VelocityDimension BUYER_SKU_QUANTITY =
      new VelocityDimension("buyer.sku.quantity", VelocityDimension::buyerSkuQuantityEntries);

  private static final List<VelocityDimension> BUILT_INS = List.of(BUYER_PHONE, BUYER_ID, ADDRESS, SKU, BUYER_SKU_QUANTITY);

  /**
   * One key of an order in a dimension: the key value (may be personal data; never shown), what the
   * order adds to the window's sum, and how explanations show the key (masked where personal,
   * computed only when an explanation needs it).
   */
  public static class Entry {
    private final String key;
    private final long amount;
    private final @Nullable String shown;
    private final @Nullable Supplier<String> display;

    private Entry(String key, long amount, @Nullable String shown, @Nullable Supplier<String> display) {
      this.key = Checks.requireNonNull(key, "entry.key");
      this.amount = amount;
      this.shown = shown;
      this.display = display;
    }

    /** An entry shown as {@code display}. */
    public static Entry of(String key, long amount, String display) {
      return new Entry(key, amount, Checks.requireNonNull(display, "entry.display"), null);
    }

    /** An entry whose display text is computed only when an explanation needs it. */
    public static Entry lazy(String key, long amount, Supplier<String> display) {
      return new Entry(key, amount, null, Checks.requireNonNull(display, "entry.display"));
    }

    /** The key value (may be personal data: never log it). */
    public String key() {
      return key;
    }

    /** What the order adds to the window's sum. */
    public long amount() {
      return amount;
    }

    /** The key as explanations show it. */
    public String display() {
      String s = shown;
      return s != null ? s : Checks.requireNonNull(display, "entry.display").get();
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Entry && ((Entry) o).key.equals(key) && ((Entry) o).amount == amount;
    }

    @Override
    public int hashCode() {
      return key.hashCode() * 31 + Long.hashCode(amount);
    }

    @Override
    public String toString() {
      return "Entry[" + display() + ", amount=" + amount + "]";
    }
  }

  /**
   * A built-in entry shown from the order's values when an explanation asks, without a lambda per
   * entry: {@code who} (a buyer id, or a phone shown masked), then {@code " " + sku + " x" +
   * quantity} when there is a SKU.
   */
  private static final class OrderEntry extends Entry {
    private final Object who;
    private final @Nullable String sku;
    private final int quantity;

    OrderEntry(String key, long amount, Object who, @Nullable String sku, int quantity) {
      super(key, amount, null, null);
      this.who = who;
      this.sku = sku;
      this.quantity = quantity;
    }

    @Override
    public String display() {
      String shown = who instanceof Phone ? ((Phone) who).masked() : (String) who;
      return sku == null ? shown : shown + " " + sku + " x" + quantity;
    }
  }

  private final String name;
  private final Function<Order, List<Entry>> entries;
  private final boolean trusted;

  private VelocityDimension(String name, Function<Order, List<Entry>> entries) {
    this(name, entries, true);
  }

  private VelocityDimension(String name, Function<Order, List<Entry>> entries, boolean trusted) {
    this.name = Checks.requireId(name, "dimension.name");
    this.entries = Checks.requireNonNull(entries, "dimension.entries");
    this.trusted = trusted;
  }

  /** A host dimension; {@code entries} must be thread-safe and give each key at most once. */
  public static VelocityDimension of(String name, Function<Order, List<Entry>> entries) {
    Checks.requireArgument(builtIn(name).isEmpty(), "dimension.name", name, "is the name of a built-in dimension");
    return new VelocityDimension(name, entries, false);
  }

  /** The built-in dimensions. */
  public static List<VelocityDimension> builtIns() {
    return BUILT_INS;
  }

  /** The built-in dimension called {@code name}. */
  public static Optional<VelocityDimension> builtIn(String name) {
    return BUILT_INS.stream().filter(d -> d.name.equals(name)).findFirst();
  }

  /** The dimension's name, as in rule files ({@code buyer.phone}). */
  public String name() {
    return name;
  }

  /** The order's keys in this dimension, each once (unmodifiable; empty when the order has none). */
  public List<Entry> entries(Order order) {
    List<Entry> out = entries.apply(order);
    return trusted ? out : List.copyOf(out);
  }

  /** The store key of {@code entry}. */
  public VelocityKey key(Entry entry) {
    return new VelocityKey(name, entry.key());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VelocityDimension && ((VelocityDimension) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }

  // ------------------------------------------------------------------ built-in key functions

  private static long units(Order order) {
    List<OrderLine> lines = order.lines();
    long n = 0;
    for (int i = 0; i < lines.size(); i++) {
      n += lines.get(i).quantity();
    }
    return n;
  }

  /** The phone to count by: the buyer's, else the recipient's; never a platform mask. */
  private static @Nullable Phone countablePhone(Order order) {
    Buyer b = order.buyer().orElse(null);
    Phone buyer = b == null ? null : b.phone();
    if (buyer != null && buyer.protection() != Protection.MASKED) {
      return buyer;
    }
    Phone recipient = order.shippingAddress().map(Address::phone).orElse(null);
    return recipient != null && recipient.protection() != Protection.MASKED ? recipient : null;
  }

  /** Plain numbers without spaces, dashes and a +86 prefix, so formatting does not split a buyer. */
  private static String phoneKey(Phone phone) {
    if (phone.protection() != Protection.PLAIN) {
      return phone.protection().name() + ":" + phone.value();
    }
    String v = phone.value();
    boolean asIs = !v.startsWith("+86");
    for (int i = 0; asIs && i < v.length(); i++) { // one pass: no space, no dash
      char c = v.charAt(i);
      asIs = c != ' ' && c != '-';
    }
    if (asIs) {
      return v;
    }
    StringBuilder sb = new StringBuilder(phone.value().length());
    for (int i = 0; i < phone.value().length(); i++) {
      char c = phone.value().charAt(i);
      if (c != ' ' && c != '-') {
        sb.append(c);
      }
    }
    String s = sb.toString();
    return s.startsWith("+86") ? s.substring(3) : s;
  }

  private static List<Entry> phoneEntries(Order order) {
    Phone phone = countablePhone(order);
    return phone == null ? List.of() : List.of(new OrderEntry(phoneKey(phone), units(order), phone, null, 0));
  }

  private static List<Entry> buyerIdEntries(Order order) {
    String id = order.buyer().map(Buyer::id).orElse(null);
    return id == null || blank(id) ? List.of() : List.of(Entry.of(id, units(order), id));
  }

  private static List<Entry> addressEntries(Order order) {
    Address a = order.shippingAddress().orElse(null);
    if (a == null || a.detail() == null || a.detail().protection() == Protection.MASKED) {
      return List.of();
    }
    String key = a.country() + "|" + nz(a.province()) + "|" + nz(a.city()) + "|" + nz(a.district()) + "|"
        + withoutWhitespace(a.detail().value());
    return List.of(Entry.lazy(key, units(order),
        () -> nz(a.province()) + nz(a.city()) + nz(a.district()) + " " + a.detail().masked()));
  }

  private static List<Entry> skuEntries(Order order) {
    if (order.lines().size() == 1) {
      OrderLine line = order.lines().get(0);
      return List.of(Entry.of(line.sku().value(), line.quantity(), line.sku().value()));
    }
    Map<String, Long> units = new LinkedHashMap<>();
    for (OrderLine line : order.lines()) {
      units.merge(line.sku().value(), (long) line.quantity(), Long::sum);
    }
    List<Entry> out = new ArrayList<>(units.size());
    units.forEach((sku, n) -> out.add(Entry.of(sku, n, sku)));
    return out;
  }

  private static List<Entry> buyerSkuQuantityEntries(Order order) {
    Buyer buyer = order.buyer().orElse(null);
    String buyerId = buyer == null ? null : buyer.id();
    String id = buyerId == null || blank(buyerId) ? null : buyerId;
    String prefix;
    String who;
    Object whoShown;
    if (id != null) {
      prefix = "id:";
      who = id;
      whoShown = id;
    } else {
      Phone phone = countablePhone(order);
      if (phone == null) {
        return List.of();
      }
      prefix = "phone:";
      who = phoneKey(phone);
      whoShown = phone;
    }
    List<OrderLine> lines = order.lines();
    if (lines.size() == 1) {
      return List.of(lineEntry(prefix, who, whoShown, lines.get(0)));
    }
    // the first entry of each key, in line order; a linear scan beats a map for a handful of lines
    Entry[] out = new Entry[lines.size()];
    int n = 0;
    for (int i = 0; i < lines.size(); i++) {
      Entry e = lineEntry(prefix, who, whoShown, lines.get(i));
      if (!containsKey(out, n, e.key(), lines.size())) {
        out[n++] = e;
      }
    }
    return List.of(n == out.length ? out : Arrays.copyOf(out, n));
  }

  private static boolean containsKey(Entry[] entries, int n, String key, int lines) {
    if (lines > 32) { // many lines: compare hashes first (String caches them)
      int h = key.hashCode();
      for (int i = 0; i < n; i++) {
        if (entries[i].key().hashCode() == h && entries[i].key().equals(key)) {
          return true;
        }
      }
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (entries[i].key().equals(key)) {
        return true;
      }
    }
    return false;
  }

  private static Entry lineEntry(String prefix, String who, Object whoShown, OrderLine line) {
    String sku = line.sku().value();
    int quantity = line.quantity();
    return new OrderEntry(prefix + who + "|" + sku + "|" + quantity, quantity, whoShown, sku, quantity);
  }

  /** {@code s} without the characters of the regex class {@code \\s} (no regex: this runs per order). */
  private static String withoutWhitespace(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (space && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      } else if (!space && sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** {@link String#isBlank()}, answered by the first character for the usual id. */
  private static boolean blank(String s) {
    return s.isEmpty() || Character.isWhitespace(s.charAt(0)) && s.isBlank();
  }

  private static String nz(@Nullable String s) {
    return s == null ? "" : s;
  }
}
