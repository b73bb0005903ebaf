package io.orderhub.rules;

import io.orderhub.core.Address;
import io.orderhub.core.Order;
import io.orderhub.core.internal.Checks;
import io.orderhub.rules.spi.GeocodeResult;
import io.orderhub.rules.spi.Geocoder;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What conditions look at: the order, the evaluation time, the order's history, velocity facts and,
 * when the host plugged one in, a geocoder. One context serves one evaluation: the time is read
 * once, and the geocoder is asked at most once (the answer is kept). A context is not meant to be
 * shared between threads.
 */
public final class EvaluationContext {
  private final Order order;
  private final Instant now;
  private final OrderHistory history;
  private final VelocityFacts velocity;
  private final @Nullable Geocoder geocoder;
  private @Nullable Optional<GeocodeResult> geocode;
  private final VelocityDimension[] entryDimensions = new VelocityDimension[4];
  private final Object[] entryLists = new Object[4];
  private int entryCount;

  private EvaluationContext(Builder b, Instant now) {
    this.order = b.order;
    this.now = now;
    this.history = b.history;
    this.velocity = b.velocity;
    this.geocoder = b.geocoder;
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
    return velocity;
  }

  /**
   * The order's keys in {@code dimension}, computed once per context (a rule set counts by a few
   * dimensions; the first four are kept).
   */
  @SuppressWarnings("unchecked")
  public List<VelocityDimension.Entry> velocityEntries(VelocityDimension dimension) {
    for (int i = 0; i < entryCount; i++) {
      if (entryDimensions[i] == dimension) {
        return (List<VelocityDimension.Entry>) entryLists[i];
      }
    }
    List<VelocityDimension.Entry> entries = dimension.entries(order);
    if (entryCount < entryDimensions.length) {
      entryDimensions[entryCount] = dimension;
      entryLists[entryCount] = entries;
      entryCount++;
    }
    return entries;
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
