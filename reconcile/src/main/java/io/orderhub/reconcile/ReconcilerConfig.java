package io.orderhub.reconcile;

import io.orderhub.core.Money;
import io.orderhub.core.internal.Checks;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The immutable settings of a {@link Reconciler}: currency, time windows per source, whether every
 * paid order must ship, which partition of the order keys this run owns, and optionally an executor
 * that lets a run use a second core.
 *
 * <p>Build with {@code ReconcilerConfig.custom()...build()}, start from {@link #ofDefaults()} or
 * copy one with {@link #from(ReconcilerConfig)}. Every setter checks its value at once and throws
 * {@link io.orderhub.core.InvalidValueException} naming the field and value.
 */
public final class ReconcilerConfig {
  private final Currency currency;
  private final Map<Source, TimeWindow> windows;
  private final boolean requireShipment;
  private final int partitionIndex;
  private final int partitionCount;
  private final @Nullable Executor executor;

  private ReconcilerConfig(Builder b) {
    this.currency = b.currency;
    this.windows = Map.copyOf(b.windows);
    this.requireShipment = b.requireShipment;
    this.partitionIndex = b.partitionIndex;
    this.partitionCount = b.partitionCount;
    this.executor = b.executor;
  }

  /** CNY, ±2 h for settlements and shipments, shipments required, one partition. */
  public static ReconcilerConfig ofDefaults() {
    return custom().build();
  }

  /** A builder holding the defaults. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder holding {@code base}'s settings. */
  public static Builder from(ReconcilerConfig base) {
    Checks.requireNonNull(base, "base");
    Builder b = new Builder();
    b.currency = base.currency;
    b.windows.putAll(base.windows);
    b.requireShipment = base.requireShipment;
    b.partitionIndex = base.partitionIndex;
    b.partitionCount = base.partitionCount;
    b.executor = base.executor;
    return b;
  }

  /** The currency every amount must be in. */
  public Currency currency() {
    return currency;
  }

  /** The window around the payment time for {@code source} ({@link Source#SETTLEMENT} or {@link Source#SHIPMENT}). */
  public TimeWindow window(Source source) {
    Checks.requireArgument(source != Source.PAYMENT, "source", source, "is the reference side and has no window");
    return windows.get(source);
  }

  /** Whether a paid order without a shipment is a {@link Reason#MISSING_SHIPMENT}. */
  public boolean requireShipment() {
    return requireShipment;
  }

  /** This run's partition, 0 to {@link #partitionCount()} - 1. */
  public int partitionIndex() {
    return partitionIndex;
  }

  /** How many partitions the order keys are split into (1: no split). */
  public int partitionCount() {
    return partitionCount;
  }

  /** The executor a run uses a second core with, if one was set (see {@link Builder#executor}). */
  public Optional<Executor> executor() {
    return Optional.ofNullable(executor);
  }

  /** Zero in the configured currency. */
  public Money zero() {
    return Money.zero(currency);
  }

  @Override
  public String toString() {
    return "ReconcilerConfig{currency=" + currency + ", settlementWindow=" + windows.get(Source.SETTLEMENT)
        + ", shipmentWindow=" + windows.get(Source.SHIPMENT) + ", requireShipment=" + requireShipment
        + ", partition=" + partitionIndex + "/" + partitionCount
        + (executor == null ? "" : ", executor=" + executor) + "}";
  }

  /** Builds a {@link ReconcilerConfig}; not thread-safe, {@link #build()} copies. */
  public static final class Builder {
    private Currency currency = Money.CNY;
    private final Map<Source, TimeWindow> windows = new EnumMap<>(Source.class);
    private boolean requireShipment = true;
    private int partitionIndex;
    private int partitionCount = 1;
    private @Nullable Executor executor;

    private Builder() {
      windows.put(Source.SETTLEMENT, TimeWindow.DEFAULT);
      windows.put(Source.SHIPMENT, TimeWindow.DEFAULT);
    }

    /** The currency of every amount (default CNY); must have minor units. */
    public Builder currency(Currency currency) {
      Checks.requireNonNull(currency, "currency");
      Checks.requireArgument(currency.getDefaultFractionDigits() >= 0, "currency", currency, "has no minor unit");
      this.currency = currency;
      return this;
    }

    /** The window for one source; {@link Source#PAYMENT} is the reference and is rejected. */
    public Builder window(Source source, TimeWindow window) {
      Checks.requireNonNull(source, "source");
      Checks.requireNonNull(window, "window");
      Checks.requireArgument(source != Source.PAYMENT, "source", source, "is the reference side and has no window");
      windows.put(source, window);
      return this;
    }

    /** The same window for settlements and shipments. */
    public Builder window(TimeWindow window) {
      window(Source.SETTLEMENT, window);
      return window(Source.SHIPMENT, window);
    }

    /** Whether a paid order must have a shipment (default true; false for virtual goods). */
    public Builder requireShipment(boolean requireShipment) {
      this.requireShipment = requireShipment;
      return this;
    }

    /**
     * Owns only the order keys of partition {@code index} of {@code count} ({@link
     * Partitions#ofKey(String, int)}); rows of other partitions are counted and skipped.
     */
    public Builder partition(int index, int count) {
      Checks.requireArgument(count >= 1, "partitionCount", count, "is not >= 1");
      Checks.requireArgument(index >= 0 && index < count, "partitionIndex", index, "is not in [0, " + count + ")");
      this.partitionIndex = index;
      this.partitionCount = count;
      return this;
    }

    /**
     * Lets a run use a second core. A run then starts one task at a time on {@code executor}:
     * {@link io.orderhub.reconcile.io.FileReconciliation} parses the bill files in that task while
     * the calling thread matches the rows parsed so far, and {@link Reconciler.Session#finish}
     * groups and sorts the next range of orders in it while the calling thread classifies the
     * current range. Sinks, readers' results and exceptions still reach the calling thread, and the
     * rows come out in the same order with the same content as without an executor. A task blocks
     * while it is a few batches ahead, so give it a thread of its own (a single-thread executor; not
     * a {@code ForkJoinPool}); one that refuses the task or runs it on the calling thread (a direct
     * executor) leaves everything to the calling thread. Default: none, everything runs on the
     * calling thread. {@link Reconciler.Session#closeUntil} always runs on the calling thread. The
     * reconciler never shuts the executor down.
     */
    public Builder executor(Executor executor) {
      this.executor = Checks.requireNonNull(executor, "executor");
      return this;
    }

    /** Runs everything on the calling thread (the default): no {@link #executor(Executor)}. */
    public Builder allOnCallingThread() {
      this.executor = null;
      return this;
    }

    /** The configuration. */
    public ReconcilerConfig build() {
      return new ReconcilerConfig(this);
    }
  }
}
