package io.orderhub.rules;

import io.orderhub.core.Address;
import io.orderhub.core.Order;
import io.orderhub.core.internal.Checks;
import io.orderhub.rules.spi.GeocodeResult;
import io.orderhub.rules.spi.Geocoder;
import io.orderhub.rules.spi.VelocityKey;
import io.orderhub.rules.spi.VelocityStore;
import io.orderhub.rules.spi.WindowTotals;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What conditions look at: the order, the evaluation time, the order's history, velocity facts and,
 * when the host plugged one in, a geocoder. One context serves one evaluation: the time is read
 * once, the geocoder is asked at most once and each velocity window of the order's keys is read at
 * most once through {@link #velocityTotals} (the answers are kept). A context is not meant to be
 * shared between threads.
 */
public final class EvaluationContext {
  private final Order order;
  private final Instant now;
  private final OrderHistory history;
  /** Where velocity is read when {@link #velocity} is null (a runner's context: facts made on demand). */
  private final @Nullable VelocityStore store;
  private @Nullable VelocityFacts velocity;
  private final @Nullable Geocoder geocoder;
  private @Nullable Optional<GeocodeResult> geocode;
  /** The order's keys per dimension asked for, with the totals read (first {@link #MAX_SLOTS} dimensions). */
  private VelocitySlot @Nullable [] slots;
  private int slotCount;

  private static final int MAX_SLOTS = 4;

  private EvaluationContext(Builder b, Instant now) {
    this(b.order, now, b.history, null, b.velocity, b.geocoder);
  }

  /** A runner's context: velocity facts read from {@code store} at {@code now}, made only if a host asks. */
  EvaluationContext(Order order, Instant now, OrderHistory history, @Nullable VelocityStore store,
      @Nullable VelocityFacts velocity, @Nullable Geocoder geocoder) {
    this.order = order;
    this.now = now;
    this.history = history;
    this.store = store;
    this.velocity = velocity;
    this.geocoder = geocoder;
  }

  /** A context for {@code order}; set the time with {@link Builder#at} or {@link Builder#clock}. */
  public static Builder builder(Order order) {
    return new Builder(Checks.requireNonNull(order, "order"));
  }

  /** A context with no history, velocity or geocoder, at {@code clock}'s time. */
  public static EvaluationContext of(Order order, Clock clock) {
    return builder(order).clock(clock).build();
  }

  /** The order being evaluated. */
  public Order order() {
    return order;
  }

  /** The evaluation time. */
  public Instant now() {
    return now;
  }

  /** The host's view of the order's history (empty by default). */
  public OrderHistory history() {
    return history;
  }

  /** The velocity windows, ending at {@link #now()} (none by default). */
  public VelocityFacts velocity() {
    VelocityFacts v = velocity;
    if (v == null) {
      v = VelocityFacts.of(Checks.requireNonNull(store, "velocityStore"), now);
      velocity = v;
    }
    return v;
  }

  /**
   * The order's keys in {@code dimension}, computed once per context (a rule set counts by a few
   * dimensions; the first four are kept).
   */
  public List<VelocityDimension.Entry> velocityEntries(VelocityDimension dimension) {
    VelocitySlot slot = slot(dimension);
    return slot == null ? dimension.entries(order) : slot.entries;
  }

  /**
   * The totals of the order's {@code index}-th key in {@code dimension} (as in {@link
   * #velocityEntries}) over the last {@code window}, read once per context and kept: a condition's
   * explanation sees the counts its test saw, even while other orders are being recorded.
   *
   * @throws IndexOutOfBoundsException when the order has no such key
   */
  public WindowTotals velocityTotals(VelocityDimension dimension, int index, Duration window) {
    VelocitySlot slot = slot(dimension);
    if (slot == null) { // more dimensions than kept: read through
      return read(dimension.key(dimension.entries(order).get(index)), window);
    }
    VelocitySlot w = slot.forWindow(window);
    WindowTotals t = w.totals(index);
    if (t == null) {
      t = read(slot.key(index), window);
      w.setTotals(index, t);
    }
    return t;
  }

  private WindowTotals read(VelocityKey key, Duration window) {
    VelocityStore s = store;
    return s != null ? s.query(key, now, window) : velocity().totals(key, window);
  }

  /**
   * The order's keys in {@code dimension} with their store keys and the totals read (a runner records
   * through it and keeps the totals it read while recording); null past the first four dimensions.
   */
  @Nullable VelocitySlot slot(VelocityDimension dimension) {
    VelocitySlot[] all = slots;
    for (int i = 0; i < slotCount; i++) {
      if (all[i].dimension == dimension) {
        return all[i];
      }
    }
    if (slotCount == MAX_SLOTS) {
      return null;
    }
    if (all == null) {
      all = new VelocitySlot[MAX_SLOTS];
      slots = all;
    }
    VelocitySlot slot = new VelocitySlot(dimension, dimension.entries(order));
    all[slotCount++] = slot;
    return slot;
  }

  /**
   * One dimension's keys for this order, their store keys (made on first use) and the totals read
   * over one window (the usual case: a rule set counts a dimension over one window); another window's
   * totals are kept in a chained slot. The first key and its totals are held in fields: most
   * dimensions give an order one key, and then no array is made.
   */
  static final class VelocitySlot {
    final VelocityDimension dimension;
    final List<VelocityDimension.Entry> entries;
    private @Nullable VelocityKey key0;
    private VelocityKey @Nullable [] keys;
    private @Nullable Duration window;
    private @Nullable WindowTotals totals0;
    private WindowTotals @Nullable [] totals;
    private @Nullable VelocitySlot otherWindow;

    VelocitySlot(VelocityDimension dimension, List<VelocityDimension.Entry> entries) {
      this.dimension = dimension;
      this.entries = entries;
    }

    VelocityKey key(int index) {
      if (index == 0) {
        VelocityKey k = key0;
        if (k == null) {
          k = dimension.key(entries.get(0));
          key0 = k;
        }
        return k;
      }
      VelocityKey[] k = keys;
      if (k == null) {
        k = new VelocityKey[entries.size()];
        keys = k;
      }
      VelocityKey key = k[index];
      if (key == null) {
        key = dimension.key(entries.get(index));
        k[index] = key;
      }
      return key;
    }

    /** The slot holding the totals read over {@code w}: this one, or a chained one. */
    VelocitySlot forWindow(Duration w) {
      if (window == null) {
        window = w;
      }
      if (window == w || window.equals(w)) { // usually the very Duration of the rule's condition
        return this;
      }
      if (otherWindow == null) {
        otherWindow = new VelocitySlot(dimension, entries); // only its totals are used: keys come from this slot
      }
      return otherWindow.forWindow(w);
    }

    /** The totals read for key {@code index} (over this slot's window), null when not read yet. */
    @Nullable WindowTotals totals(int index) {
      if (index == 0) {
        return totals0;
      }
      WindowTotals[] t = totals;
      return t == null ? null : t[index];
    }

    void setTotals(int index, WindowTotals t) {
      if (index == 0) {
        totals0 = t;
        return;
      }
      if (totals == null) {
        totals = new WindowTotals[entries.size()];
      }
      totals[index] = t;
    }
  }

  /** Whether a geocoder was plugged in. */
  public boolean hasGeocoder() {
    return geocoder != null;
  }

  /** The geocoder's result for the shipping address, asked once; empty without geocoder or address. */
  public Optional<GeocodeResult> geocode() {
    Optional<GeocodeResult> g = geocode;
    if (g == null) {
      Optional<Address> address = order.shippingAddress();
      g = geocoder == null || address.isEmpty() ? Optional.empty()
          : Checks.requireNonNull(geocoder.geocode(address.get()), "geocoder result");
      geocode = g;
    }
    return g;
  }

  @Override
  public String toString() {
    return "EvaluationContext[" + order.id() + " at " + now + "]";
  }

  /** Builds an {@link EvaluationContext}. */
  public static final class Builder {
    private final Order order;
    private @Nullable Instant at;
    private @Nullable Clock clock;
    private OrderHistory history = OrderHistory.empty();
    private VelocityFacts velocity = VelocityFacts.none();
    private @Nullable Geocoder geocoder;

    private Builder(Order order) {
      this.order = order;
    }

    /** The evaluation time, e.g. an order's {@code createdAt} when replaying a file. */
    public Builder at(Instant at) {
      Checks.requireArgument(clock == null, "at", at, "cannot be set together with a clock");
      this.at = Checks.requireNonNull(at, "at");
      return this;
    }

    /** The clock whose time, read once at {@link #build()}, is the evaluation time. */
    public Builder clock(Clock clock) {
      Checks.requireArgument(at == null, "clock", clock, "cannot be set together with a time");
      this.clock = Checks.requireNonNull(clock, "clock");
      return this;
    }

    /** The host's view of the order's history. */
    public Builder history(OrderHistory history) {
      this.history = Checks.requireNonNull(history, "history");
      return this;
    }

    /** The velocity windows the conditions read. */
    public Builder velocity(VelocityFacts velocity) {
      this.velocity = Checks.requireNonNull(velocity, "velocity");
      return this;
    }

    /** The host's geocoder, asked at most once. */
    public Builder geocoder(Geocoder geocoder) {
      this.geocoder = Checks.requireNonNull(geocoder, "geocoder");
      return this;
    }

    /** @throws io.orderhub.core.InvalidValueException when neither a time nor a clock was given */
    public EvaluationContext build() {
      Instant now = at != null ? at : clock != null ? clock.instant() : null;
      return new EvaluationContext(this, Checks.requireNonNull(now, "at/clock"));
    }
  }
}
