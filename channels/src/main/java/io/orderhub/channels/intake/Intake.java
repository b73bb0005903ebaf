package io.orderhub.channels.intake;

import io.orderhub.channels.intake.internal.ChannelCircuit;
import io.orderhub.channels.intake.internal.ChannelCounters;
import io.orderhub.channels.intake.internal.ChannelCounters.Event;
import io.orderhub.channels.intake.internal.IdempotencyKeys;
import io.orderhub.channels.intake.internal.RollingWindow;
import io.orderhub.channels.intake.internal.VolumeTracker;
import io.orderhub.channels.intake.spi.DeadLetterSink;
import io.orderhub.channels.intake.spi.FilteredOrderLog;
import io.orderhub.channels.intake.spi.IdempotencyStore;
import io.orderhub.channels.intake.spi.IntakeAlertSink;
import io.orderhub.channels.intake.spi.Sleeper;
import io.orderhub.channels.spi.ChannelAdapter;
import io.orderhub.channels.spi.WebhookVerifier;
import io.orderhub.core.ChannelId;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Order;
import io.orderhub.core.OrderId;
import io.orderhub.core.internal.Checks;
import io.orderhub.core.json.InvalidPayloadException;
import io.orderhub.core.store.DuplicateOrderException;
import io.orderhub.core.store.OrderStore;
import io.orderhub.core.validation.OrderChecks;
import io.orderhub.core.validation.Violation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intake pipeline. Every delivery ends in exactly one {@link Outcome}: imported, updated,
 * duplicate, filtered (kept for audit), dead-lettered (with its raw bytes) or parked (its channel is
 * frozen) — never nothing. Thread-safe; build once with {@link #builder()} and share.
 *
 * <p>The stages, in order:
 *
 * <ol>
 *   <li><b>receive</b>: {@link #offer(Delivery)} into a bounded queue that answers {@link
 *       OfferResult#REJECTED_RETRY_LATER} when full (the host answers HTTP 429/503), drained by the
 *       host with {@link #drain()} or on the host's {@link Builder#executor executor}; or {@link
 *       #process(Delivery)} synchronously;
 *   <li><b>circuit breaker</b>: a frozen channel's deliveries are parked;
 *   <li><b>verify</b> the signature of a push when the channel has secrets (any secret matches, so
 *       old and new work while secrets rotate): else {@link DeadLetterReason#SIGNATURE_INVALID};
 *   <li><b>deduplicate by delivery id</b> (before the payload is even parsed);
 *   <li><b>normalise</b> with the channel's adapter: else {@link DeadLetterReason#PAYLOAD_INVALID}
 *       with the JSON path; amounts that do not add up: {@link DeadLetterReason#AMOUNTS_INCONSISTENT};
 *   <li><b>deduplicate by version</b>: the same (channel, externalId, updatedAt) again;
 *   <li><b>filter</b> test and click-farming orders ({@link OrderFilter});
 *   <li><b>tag</b> ({@link TagRule});
 *   <li><b>store</b> through the {@link OrderStore}: a new order is inserted (with its merge parent
 *       when a {@link MergeDetector} is configured); a newer version of a known order
 *       updates it (keeping the stored status, which belongs to the lifecycle); an older or equal
 *       version is a duplicate. Transient store failures are retried per the {@link RetryPolicy} (an
 *       insert that lost a race to another writer of the same order is re-read at once, not after a
 *       wait);
 *   <li><b>emit</b> {@link IntakeEvent}s to the listeners.
 * </ol>
 *
 * <p>The library starts no threads: the host drives {@link #drain()}, {@link #checkVolumes()} and
 * the cool-downs (read from the injected {@link Clock} whenever a delivery arrives or {@link
 * #drain()} runs).
 */
public final class Intake {
  private static final Logger LOG = LoggerFactory.getLogger(Intake.class);

  private final String name;
  private final Map<ChannelId, ChannelAdapter> adapters;
  private final Map<ChannelId, WebhookVerifier> verifiers;
  private final Map<ChannelId, List<String>> secrets;
  private final OrderStore store;
  private final IdempotencyStore idempotency;
  private final DeadLetterSink deadLetterSink;
  private final FilteredOrderLog filteredLog;
  private final IntakeAlertSink alertSink;
  private final Clock clock;
  private final List<IntakeListener> listeners;
  private final List<OrderFilter> filters;
  private final List<TagRule> tagRules;
  private final @Nullable MergeDetector merge;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final CircuitBreakerConfig breakerConfig;
  private final HealthWindows healthWindows;
  private final VolumeTracker volumes;
  private final boolean rejectInconsistentAmounts;
  private final @Nullable Executor executor;
  private final ArrayBlockingQueue<Delivery> queue;
  private final ConcurrentMap<ChannelId, ChannelState> channels = new ConcurrentHashMap<>();
  private final Set<String> ownDeadLetters = ConcurrentHashMap.newKeySet();
  private final AtomicLong deadLetterSequence = new AtomicLong();
  private final LongAdder rejectedOffers = new LongAdder();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();

  private Intake(Builder b) {
    this.name = b.name;
    this.adapters = Collections.unmodifiableMap(new LinkedHashMap<>(b.adapters));
    this.secrets = Map.copyOf(b.secrets);
    Map<ChannelId, WebhookVerifier> v = new LinkedHashMap<>();
    for (ChannelId channel : secrets.keySet()) {
      v.put(channel, adapters.get(channel).webhookVerifier().orElseThrow());
    }
    this.verifiers = Map.copyOf(v);
    this.store = Checks.requireNonNull(b.store, "store");
    this.clock = b.clock;
    this.idempotency = b.idempotency != null ? b.idempotency
        : IdempotencyStore.inMemory(b.idempotencyHorizon, b.idempotencyMaxKeys, clock);
    this.deadLetterSink = b.deadLetterSink;
    this.filteredLog = b.filteredLog;
    this.alertSink = b.alertSink;
    this.listeners = List.copyOf(b.listeners);
    this.filters = List.copyOf(b.filters);
    this.tagRules = List.copyOf(b.tagRules);
    this.merge = b.mergeDetector != null ? b.mergeDetector
        : b.mergeWindow == null ? null : MergeDetector.sameBuyerAndAddress(b.mergeWindow, clock);
    this.retryPolicy = b.retryPolicy;
    this.sleeper = b.sleeper;
    this.breakerConfig = b.breakerConfig;
    this.healthWindows = b.healthWindows;
    this.volumes = new VolumeTracker(b.volumeConfig);
    this.rejectInconsistentAmounts = b.rejectInconsistentAmounts;
    this.executor = b.executor;
    this.queue = new ArrayBlockingQueue<>(b.queueCapacity);
    Instant now = clock.instant();
    for (ChannelId channel : adapters.keySet()) {
      state(channel);
      volumes.register(channel, now);
    }
  }

  /** A builder with the defaults described on each setter; an adapter and a store are required. */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------ receive

  /**
   * Queues a delivery without blocking. When the queue is full nothing is taken and the answer is
   * {@link OfferResult#REJECTED_RETRY_LATER}: the host tells the sender to retry (HTTP 429/503).
   * With an {@linkplain Builder#executor executor}, an accepted offer schedules a drain on it.
   */
  public OfferResult offer(Delivery delivery) {
    Checks.requireNonNull(delivery, "delivery");
    if (!queue.offer(delivery)) {
      rejectedOffers.increment();
      return OfferResult.REJECTED_RETRY_LATER;
    }
    scheduleDrain();
    return OfferResult.ACCEPTED;
  }

  /**
   * Processes parked deliveries of channels whose circuit lets them through, then the queue, on the
   * calling thread, until both are empty. Several threads may drain at once.
   *
   * @return how many deliveries were processed
   */
  public int drain() {
    return drain(Integer.MAX_VALUE);
  }

  /** Like {@link #drain()}, processing at most {@code maxDeliveries}. */
  public int drain(int maxDeliveries) {
    Checks.requireArgument(maxDeliveries >= 0, "maxDeliveries", maxDeliveries, "is negative");
    int done = 0;
    for (ChannelState s : channels.values()) {
      done += releaseParked(s, maxDeliveries - done);
    }
    Delivery d;
    while (done < maxDeliveries && (d = queue.poll()) != null) {
      process(d);
      done++;
    }
    return done;
  }

  /** Runs one delivery through the pipeline on the calling thread and says what became of it. */
  public Outcome process(Delivery delivery) {
    Checks.requireNonNull(delivery, "delivery");
    ChannelState s = state(delivery.channel());
    s.counters.count(Event.RECEIVED, clock.instant());
    volumes.record(delivery.channel(), delivery.receivedAt());
    return admitAndRun(delivery, s);
  }

  // ------------------------------------------------------------------ dead letters, parking, circuits

  /** The dead letters held by the sink, oldest first. */
  public List<DeadLetter> deadLetters() {
    return deadLetterSink.list();
  }

  /**
   * Removes the matching dead letters from the sink and runs each through the pipeline again (once
   * the cause is fixed: a secret corrected, an adapter updated, the store back). A replay that fails
   * again becomes a new dead letter.
   *
   * @return the new outcome of each replayed delivery, in the sink's order
   */
  public List<Outcome> replayDeadLetters(Predicate<DeadLetter> which) {
    Checks.requireNonNull(which, "which");
    List<Outcome> out = new ArrayList<>();
    for (DeadLetter dl : deadLetterSink.list()) {
      if (!which.test(dl) || !deadLetterSink.remove(dl.id())) {
        continue;
      }
      ChannelState s = state(dl.channel());
      if (ownDeadLetters.remove(dl.id())) {
        s.counters.deadLettersHeld.decrement();
      } else {
        s.counters.count(Event.RECEIVED, clock.instant()); // a dead letter from an earlier run or another node
      }
      s.counters.replayed.increment();
      out.add(admitAndRun(dl.delivery(), s));
    }
    return Collections.unmodifiableList(out);
  }

  /** The deliveries parked behind {@code channel}'s open circuit, oldest first. */
  public List<Delivery> parked(ChannelId channel) {
    ChannelState s = channels.get(channel);
    return s == null ? List.of() : List.copyOf(s.parked);
  }

  /**
   * The state of {@code channel}'s circuit breaker now: an open circuit whose cool-down has passed
   * reads {@link CircuitState#HALF_OPEN} (its next delivery is the trial).
   */
  public CircuitState circuit(ChannelId channel) {
    ChannelState s = channels.get(channel);
    return s == null ? CircuitState.CLOSED : s.circuit.state(clock.instant());
  }

  /**
   * Closes {@code channel}'s circuit (the host fixed the cause). Its parked deliveries are processed
   * by the next {@link #drain()}.
   *
   * @return how many deliveries are parked and will be processed
   */
  public int closeCircuit(ChannelId channel) {
    ChannelState s = state(channel);
    if (s.circuit.close()) {
      alert(new IntakeAlert(IntakeAlert.Kind.CIRCUIT_CLOSED, channel, clock.instant(),
          "circuit closed by the host; " + s.parked.size() + " parked deliveries will be processed"));
    }
    return s.parked.size();
  }

  // ------------------------------------------------------------------ health

  /** Every known channel's counters, by channel id. */
  public List<ChannelHealth> health() {
    List<ChannelHealth> out = new ArrayList<>();
    for (ChannelId channel : channels.keySet()) {
      out.add(health(channel));
    }
    out.sort(Comparator.comparing(ChannelHealth::channel));
    return Collections.unmodifiableList(out);
  }

  /** One channel's counters, totals and rolling windows (all zero for a channel never seen). */
  public ChannelHealth health(ChannelId channel) {
    ChannelState s = channels.get(channel);
    if (s == null) {
      List<ChannelHealth.Window> none = new ArrayList<>();
      healthWindows.spans().forEach(span -> none.add(ChannelHealth.Window.empty(span.length())));
      return new ChannelHealth(channel, 0, 0, 0, 0, 0, 0, 0, 0, CircuitState.CLOSED, Duration.ZERO, Duration.ZERO,
          none);
    }
    Instant now = clock.instant();
    ChannelCounters c = s.counters;
    List<ChannelHealth.Window> windows = new ArrayList<>();
    for (RollingWindow.Snapshot w : c.windows(now)) {
      long[] h = w.counts();
      windows.add(new ChannelHealth.Window(w.length(), h[Event.RECEIVED.ordinal()], h[Event.IMPORTED.ordinal()],
          h[Event.UPDATED.ordinal()], h[Event.DUPLICATE.ordinal()], h[Event.FILTERED.ordinal()],
          h[Event.DEAD_LETTERED.ordinal()], h[Event.PARKED.ordinal()],
          mean(w.latencyTotalMillis(), w.latencies()), Duration.ofMillis(w.latencyMaxMillis())));
    }
    return new ChannelHealth(channel, c.total(Event.RECEIVED), c.total(Event.IMPORTED), c.total(Event.UPDATED),
        c.total(Event.DUPLICATE), c.total(Event.FILTERED), c.deadLettersHeld.sum(), c.parkedHeld.sum(),
        c.replayed.sum(), s.circuit.state(now), mean(c.latencyTotalMillis.sum(), c.latencyCount.sum()),
        Duration.ofMillis(c.latencyMaxMillis.get()), windows);
  }

  private static Duration mean(long totalMillis, long count) {
    return count == 0 ? Duration.ZERO : Duration.ofMillis(totalMillis / count);
  }

  /**
   * Compares each channel's last complete hour with its trailing mean and raises the alerts not yet
   * raised for that hour (a spike above the configured ratio, or silence during business hours).
   * The host calls this from its scheduler, e.g. a few minutes past each hour.
   *
   * @return the alerts raised now (also sent to the alert sink)
   */
  public List<IntakeAlert> checkVolumes() {
    List<IntakeAlert> raised = volumes.check(clock.instant());
    raised.forEach(this::alert);
    return Collections.unmodifiableList(raised);
  }

  /** Deliveries waiting in the queue. */
  public int queued() {
    return queue.size();
  }

  /** The queue's capacity. */
  public int queueCapacity() {
    return queue.size() + queue.remainingCapacity();
  }

  /** How many offers were answered {@link OfferResult#REJECTED_RETRY_LATER}. */
  public long rejectedOffers() {
    return rejectedOffers.sum();
  }

  /** The channels with an adapter, in registration order. */
  public Set<ChannelId> channels() {
    return adapters.keySet();
  }

  /** The clock the intake reads. */
  public Clock clock() {
    return clock;
  }

  /** The orders filtered so far, as kept by the filtered-order log. */
  public List<FilteredOrder> filteredOrders() {
    return filteredLog.list();
  }

  @Override
  public String toString() {
    return "Intake[" + name + ", channels=" + adapters.keySet() + ", queued=" + queue.size() + "/"
        + queueCapacity() + "]";
  }

  // ------------------------------------------------------------------ the pipeline

  private ChannelState state(ChannelId channel) {
    ChannelState s = channels.get(channel);
    return s != null ? s : channels.computeIfAbsent(channel, c -> new ChannelState(breakerConfig, healthWindows));
  }

  private void scheduleDrain() {
    Executor e = executor;
    if (e == null || !drainScheduled.compareAndSet(false, true)) {
      return;
    }
    try {
      e.execute(this::drainOnExecutor);
    } catch (RejectedExecutionException ex) {
      drainScheduled.set(false); // the deliveries stay queued for the next drain
    }
  }

  private void drainOnExecutor() {
    try {
      drain();
    } finally {
      drainScheduled.set(false);
    }
    if (!queue.isEmpty()) {
      scheduleDrain();
    }
  }

  private int releaseParked(ChannelState s, int max) {
    int done = 0;
    while (done < max && !s.parked.isEmpty()) {
      ChannelCircuit.Admission admission = s.circuit.admit(clock.instant());
      if (admission == ChannelCircuit.Admission.PARK) {
        break;
      }
      Delivery d = s.parked.poll();
      if (d == null) {
        s.circuit.record(null, true, admission == ChannelCircuit.Admission.TRIAL, clock.instant());
        break;
      }
      s.counters.parkedHeld.decrement();
      run(d, s, admission);
      done++;
    }
    return done;
  }

  private Outcome admitAndRun(Delivery d, ChannelState s) {
    ChannelCircuit.Admission admission = s.circuit.admit(clock.instant());
    if (admission == ChannelCircuit.Admission.PARK) {
      s.parked.add(d);
      s.counters.count(Event.PARKED, clock.instant());
      return new Outcome(Outcome.Kind.PARKED, d.channel(), null, "channel frozen by its circuit breaker");
    }
    return run(d, s, admission);
  }

  private Outcome run(Delivery d, ChannelState s, ChannelCircuit.Admission admission) {
    Result r = stages(d, s);
    Instant now = clock.instant();
    s.counters.latency(Duration.between(d.receivedAt(), now).toMillis(), now);
    ChannelCircuit.Change change =
        s.circuit.record(r.anomaly, r.neutral, admission == ChannelCircuit.Admission.TRIAL, now);
    if (change == ChannelCircuit.Change.OPENED) {
      alert(new IntakeAlert(IntakeAlert.Kind.CIRCUIT_OPENED, d.channel(), now, "channel frozen after "
          + s.circuit.consecutive() + " consecutive " + r.anomaly + "; new deliveries are parked for at least "
          + breakerConfig.coolDown()));
    } else if (change == ChannelCircuit.Change.CLOSED) {
      alert(new IntakeAlert(IntakeAlert.Kind.CIRCUIT_CLOSED, d.channel(), now,
          "trial delivery succeeded; " + s.parked.size() + " parked deliveries will be processed"));
    }
    return r.outcome;
  }

  private Result stages(Delivery d, ChannelState s) {
    ChannelId channel = d.channel();
    ChannelAdapter adapter = adapters.get(channel);
    if (adapter == null) {
      return dead(d, s, DeadLetterReason.UNKNOWN_CHANNEL, "no adapter is registered for channel " + channel, null, 0,
          null);
    }
    if (d.source() == Delivery.Source.PUSH) {
      List<String> channelSecrets = secrets.get(channel);
      if (channelSecrets != null && !verified(d, verifiers.get(channel), channelSecrets)) {
        return dead(d, s, DeadLetterReason.SIGNATURE_INVALID,
            "the signature matches none of the channel's " + channelSecrets.size() + " secret(s)", null, 0, null);
      }
    }
    String deliveryId = d.deliveryId().orElse(null);
    String deliveryKey = deliveryId == null ? null : IdempotencyKeys.delivery(channel, deliveryId);
    if (deliveryKey != null && idempotency.contains(deliveryKey)) {
      return duplicate(s, channel, null, "delivery id already processed", null, null);
    }
    Order order;
    try {
      order = adapter.normalize(d.rawBody());
    } catch (InvalidPayloadException e) {
      return dead(d, s, DeadLetterReason.PAYLOAD_INVALID, e.getMessage(), e.path(), 0, null);
    } catch (InvalidValueException e) {
      return dead(d, s, DeadLetterReason.PAYLOAD_INVALID, e.getMessage(), null, 0, null);
    } catch (RuntimeException e) {
      return dead(d, s, DeadLetterReason.PAYLOAD_INVALID, "the adapter failed: " + e, null, 0, null);
    }
    if (!order.channel().equals(channel)) {
      return dead(d, s, DeadLetterReason.PAYLOAD_INVALID,
          "the adapter of " + channel + " returned an order of channel " + order.channel(), null, 0, null);
    }
    if (rejectInconsistentAmounts) {
      List<Violation> violations = OrderChecks.checkAmounts(order);
      if (!violations.isEmpty()) {
        return dead(d, s, DeadLetterReason.AMOUNTS_INCONSISTENT, violations.toString(), null, 0, order.id());
      }
    }
    Instant updatedAt = order.updatedAt().orElse(null);
    String versionKey = updatedAt == null ? null
        : IdempotencyKeys.version(channel, order.externalId().value(), updatedAt);
    if (versionKey != null && idempotency.contains(versionKey)) {
      return duplicate(s, channel, order.id(), "this version (updatedAt " + updatedAt + ") was already taken care of",
          deliveryKey, null);
    }
    Order tagged;
    try {
      for (OrderFilter filter : filters) {
        Optional<String> reason = filter.reasonToFilter(order);
        if (reason.isPresent()) {
          return filtered(s, order, reason.get(), deliveryKey, versionKey);
        }
      }
      tagged = tag(order);
    } catch (RuntimeException e) {
      return dead(d, s, DeadLetterReason.PIPELINE_FAILED, "a filter or tag rule failed: " + e, null, 0, order.id());
    }
    return storeStage(d, s, tagged, deliveryKey, versionKey);
  }

  private static boolean verified(Delivery d, WebhookVerifier verifier, List<String> channelSecrets) {
    for (String secret : channelSecrets) {
      try {
        if (verifier.verify(d.rawBody(), d.headers(), secret)) {
          return true;
        }
      } catch (RuntimeException e) {
        return false; // a malformed signature header is an invalid signature
      }
    }
    return false;
  }

  private Order tag(Order order) {
    if (tagRules.isEmpty()) {
      return order;
    }
    Order.Builder b = null;
    for (TagRule rule : tagRules) {
      if (!order.hasTag(rule.tag()) && rule.appliesTo(order)) {
        b = b == null ? order.toBuilder() : b;
        b.tag(rule.tag());
      }
    }
    return b == null ? order : b.build();
  }

  private Result storeStage(Delivery d, ChannelState s, Order order, @Nullable String deliveryKey,
      @Nullable String versionKey) {
    boolean reReadAtOnce = false;
    for (int attempt = 1; ; attempt++) {
      Order previous = null;
      Order stored;
      try {
        Optional<Order> existing = store.find(order.channel(), order.externalId());
        if (existing.isEmpty()) {
          Order toInsert = order;
          if (merge != null) {
            Optional<OrderId> parent;
            try {
              parent = merge.parentFor(order);
            } catch (RuntimeException e) {
              return dead(d, s, DeadLetterReason.PIPELINE_FAILED, "the merge detector failed: " + e, null, attempt,
                  order.id());
            }
            if (parent.isPresent()) {
              toInsert = order.withParentOrderId(parent.get());
            }
          }
          stored = store.insert(toInsert);
        } else {
          previous = existing.get();
          if (!isNewer(order, previous)) {
            return duplicate(s, order.channel(), previous.id(),
                "not newer than the stored version " + previous.version(), deliveryKey, versionKey);
          }
          stored = store.update(asUpdateOf(order, previous));
        }
      } catch (RuntimeException e) {
        if (!retryPolicy.isTransient(e)) {
          return dead(d, s, DeadLetterReason.STORE_FAILED, "the store failed: " + e, null, attempt, order.id());
        }
        if (attempt >= retryPolicy.maxAttempts()) {
          return dead(d, s, DeadLetterReason.RETRIES_EXHAUSTED,
              attempt + " attempts failed, the last with: " + e, null, attempt, order.id());
        }
        if (previous == null && e instanceof DuplicateOrderException && !reReadAtOnce) {
          // Another writer inserted this order between our find and our insert (two copies of a
          // webhook arriving together): its write is done, so the next attempt re-reads it at once
          // and decides (duplicate or update). Waiting would only stall this thread. Once per
          // delivery: a second insert conflict is not that race and backs off as usual.
          reReadAtOnce = true;
          continue;
        }
        try {
          sleeper.sleep(retryPolicy.delayAfter(attempt, order.id().value().hashCode()));
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return dead(d, s, DeadLetterReason.RETRIES_EXHAUSTED,
              "interrupted while waiting to retry after: " + e, null, attempt, order.id());
        }
        continue;
      }
      mark(deliveryKey, versionKey);
      if (previous == null) {
        s.counters.count(Event.IMPORTED, clock.instant());
        emit(new IntakeEvent.OrderReceived(stored));
        return new Result(new Outcome(Outcome.Kind.IMPORTED, order.channel(), stored.id(),
            stored.parentOrderId().map(p -> "merged under " + p).orElse("")), null, false);
      }
      s.counters.count(Event.UPDATED, clock.instant());
      emit(new IntakeEvent.OrderUpdated(previous, stored, order.status()));
      return new Result(new Outcome(Outcome.Kind.UPDATED, order.channel(), stored.id(),
          "version " + previous.version() + " -> " + stored.version()), null, false);
    }
  }

  /**
   * Whether {@code incoming} is a newer version than {@code stored}: by the platform's
   * {@code updatedAt} when both have one, else by any difference in content.
   */
  private static boolean isNewer(Order incoming, Order stored) {
    Optional<Instant> in = incoming.updatedAt();
    Optional<Instant> at = stored.updatedAt();
    if (in.isPresent() && at.isPresent()) {
      return in.get().isAfter(at.get());
    }
    Order comparable = incoming.toBuilder().id(stored.id()).version(stored.version()).tags(stored.tags())
        .parentOrderId(stored.parentOrderId().orElse(null)).build();
    return !comparable.equals(stored);
  }

  /** The platform's new version as a write over {@code stored}: same id, version, status, parent; tags merged. */
  private static Order asUpdateOf(Order incoming, Order stored) {
    Set<String> tags = new TreeSet<>(stored.tags());
    tags.addAll(incoming.tags());
    return incoming.toBuilder().id(stored.id()).status(stored.status()).version(stored.version()).tags(tags)
        .parentOrderId(stored.parentOrderId().orElse(null)).build();
  }

  private Result duplicate(ChannelState s, ChannelId channel, @Nullable OrderId orderId, String why,
      @Nullable String deliveryKey, @Nullable String versionKey) {
    mark(deliveryKey, versionKey);
    s.counters.count(Event.DUPLICATE, clock.instant());
    return new Result(new Outcome(Outcome.Kind.DUPLICATE, channel, orderId, why), null, false);
  }

  private Result filtered(ChannelState s, Order order, String reason, @Nullable String deliveryKey,
      @Nullable String versionKey) {
    FilteredOrder f = new FilteredOrder(order, reason, clock.instant());
    filteredLog.record(f);
    mark(deliveryKey, versionKey);
    s.counters.count(Event.FILTERED, clock.instant());
    emit(new IntakeEvent.OrderFiltered(f));
    return new Result(new Outcome(Outcome.Kind.FILTERED, order.channel(), order.id(), reason), null, false);
  }

  private Result dead(Delivery d, ChannelState s, DeadLetterReason reason, @Nullable String error,
      @Nullable String jsonPath, int attempts, @Nullable OrderId orderId) {
    String id = name + "-dl-" + deadLetterSequence.incrementAndGet();
    DeadLetter dl = new DeadLetter(id, d, reason, error == null ? reason.name() : error, jsonPath, attempts,
        clock.instant());
    deadLetterSink.put(dl);
    ownDeadLetters.add(id);
    s.counters.count(Event.DEAD_LETTERED, dl.deadAt());
    LOG.warn("dead letter {}: channel {} {}{} ({} bytes)", id, d.channel(), reason,
        jsonPath == null ? "" : " at " + jsonPath, d.rawBody().length);
    emit(new IntakeEvent.DeliveryDeadLettered(dl));
    boolean anomaly = reason.isChannelAnomaly();
    return new Result(new Outcome(Outcome.Kind.DEAD_LETTERED, d.channel(), orderId, id + " " + reason
        + (jsonPath == null ? "" : " at " + jsonPath)), anomaly ? reason.name() : null, !anomaly);
  }

  private void mark(@Nullable String deliveryKey, @Nullable String versionKey) {
    try {
      if (deliveryKey != null) {
        idempotency.mark(deliveryKey);
      }
      if (versionKey != null) {
        idempotency.mark(versionKey);
      }
    } catch (RuntimeException e) {
      // the outcome stands; a re-delivery will be recognised by the store's version check instead
      LOG.warn("idempotency store failed to mark a key: {}", e.toString());
    }
  }

  private void emit(IntakeEvent event) {
    if (listeners.isEmpty()) {
      return;
    }
    for (IntakeListener listener : listeners) {
      try {
        listener.on(event);
      } catch (RuntimeException e) {
        LOG.warn("intake listener {} failed on {}: {}", listener, event.getClass().getSimpleName(), e.toString());
      }
    }
  }

  private void alert(IntakeAlert alert) {
    try {
      alertSink.alert(alert);
    } catch (RuntimeException e) {
      LOG.warn("alert sink failed on {}: {}", alert, e.toString());
    }
  }

  /** A stage's verdict: the outcome, and what the circuit breaker should make of it. */
  private record Result(Outcome outcome, @Nullable String anomaly, boolean neutral) {}

  private static final class ChannelState {
    final ChannelCounters counters;
    final ChannelCircuit circuit;
    final ConcurrentLinkedQueue<Delivery> parked = new ConcurrentLinkedQueue<>();

    ChannelState(CircuitBreakerConfig config, HealthWindows windows) {
      this.circuit = new ChannelCircuit(config);
      this.counters = new ChannelCounters(windows);
    }
  }

  // ------------------------------------------------------------------ builder

  /** Builds an {@link Intake}; every setter checks its value at once. */
  public static final class Builder {
    private String name = "intake";
    private final Map<ChannelId, ChannelAdapter> adapters = new LinkedHashMap<>();
    private final Map<ChannelId, List<String>> secrets = new LinkedHashMap<>();
    private @Nullable OrderStore store;
    private @Nullable IdempotencyStore idempotency;
    private Duration idempotencyHorizon = Duration.ofHours(72);
    private long idempotencyMaxKeys = 5_000_000L;
    private DeadLetterSink deadLetterSink = DeadLetterSink.inMemory();
    private FilteredOrderLog filteredLog = FilteredOrderLog.inMemory();
    private IntakeAlertSink alertSink = IntakeAlertSink.logging();
    private Clock clock = Clock.systemUTC();
    private final List<IntakeListener> listeners = new ArrayList<>();
    private List<OrderFilter> filters = OrderFilter.defaults();
    private final List<TagRule> tagRules = new ArrayList<>();
    private @Nullable Duration mergeWindow;
    private @Nullable MergeDetector mergeDetector;
    private RetryPolicy retryPolicy = RetryPolicy.ofDefaults();
    private Sleeper sleeper = Sleeper.blocking();
    private CircuitBreakerConfig breakerConfig = CircuitBreakerConfig.ofDefaults();
    private VolumeAlertConfig volumeConfig = VolumeAlertConfig.ofDefaults();
    private HealthWindows healthWindows = HealthWindows.ofDefaults();
    private boolean rejectInconsistentAmounts = true;
    private @Nullable Executor executor;
    private int queueCapacity = 10_000;

    private Builder() {}

    /** A name for logs and dead-letter ids (default {@code intake}). */
    public Builder name(String name) {
      this.name = Checks.requireId(name, "name");
      return this;
    }

    /** Registers the adapter of one channel; a channel can have only one. */
    public Builder adapter(ChannelAdapter adapter) {
      Checks.requireNonNull(adapter, "adapter");
      ChannelId channel = Checks.requireNonNull(adapter.channel(), "adapter.channel");
      Checks.requireArgument(!adapters.containsKey(channel), "adapter", channel, "is registered twice");
      adapters.put(channel, adapter);
      return this;
    }

    /** Registers several adapters. */
    public Builder adapters(List<? extends ChannelAdapter> adapters) {
      Checks.requireNonNull(adapters, "adapters").forEach(this::adapter);
      return this;
    }

    /**
     * The webhook secrets of {@code channel} (old and new while they rotate); pushes of the channel
     * are then verified with its adapter's {@link ChannelAdapter#webhookVerifier()}.
     */
    public Builder secrets(ChannelId channel, String... channelSecrets) {
      Checks.requireNonNull(channel, "channel");
      Checks.requireArgument(channelSecrets.length > 0, "secrets", channel, "needs at least one secret");
      List<String> list = new ArrayList<>();
      for (String secret : channelSecrets) {
        list.add(Checks.requireText(secret, "secrets[" + channel + "]"));
      }
      secrets.put(channel, List.copyOf(list));
      return this;
    }

    /** Where orders are stored (required). */
    public Builder store(OrderStore store) {
      this.store = Checks.requireNonNull(store, "store");
      return this;
    }

    /** The idempotency store; by default Caffeine in memory for {@link #idempotencyHorizon}. */
    public Builder idempotencyStore(IdempotencyStore idempotency) {
      this.idempotency = Checks.requireNonNull(idempotency, "idempotencyStore");
      return this;
    }

    /** How long the default idempotency store remembers a key (default 72 hours), positive. */
    public Builder idempotencyHorizon(Duration horizon) {
      Checks.requireNonNull(horizon, "idempotencyHorizon");
      Checks.requireArgument(!horizon.isNegative() && !horizon.isZero(), "idempotencyHorizon", horizon,
          "is not positive");
      this.idempotencyHorizon = horizon;
      return this;
    }

    /** How many keys the default idempotency store keeps at most (default 5,000,000), positive. */
    public Builder idempotencyMaxKeys(long maxKeys) {
      Checks.requireArgument(maxKeys > 0, "idempotencyMaxKeys", maxKeys, "is not positive");
      this.idempotencyMaxKeys = maxKeys;
      return this;
    }

    /** Where dead letters go (default: in memory). */
    public Builder deadLetterSink(DeadLetterSink sink) {
      this.deadLetterSink = Checks.requireNonNull(sink, "deadLetterSink");
      return this;
    }

    /** Where filtered orders are kept for audit (default: in memory). */
    public Builder filteredOrderLog(FilteredOrderLog log) {
      this.filteredLog = Checks.requireNonNull(log, "filteredOrderLog");
      return this;
    }

    /** Where alerts go (default: the SLF4J log). */
    public Builder alertSink(IntakeAlertSink alertSink) {
      this.alertSink = Checks.requireNonNull(alertSink, "alertSink");
      return this;
    }

    /** The clock for received times, cool-downs, idempotency horizon and hourly volumes. */
    public Builder clock(Clock clock) {
      this.clock = Checks.requireNonNull(clock, "clock");
      return this;
    }

    /** Adds a listener of the intake's events. */
    public Builder listener(IntakeListener listener) {
      listeners.add(Checks.requireNonNull(listener, "listener"));
      return this;
    }

    /** Replaces the filters (default {@link OrderFilter#defaults()}); an empty list filters nothing. */
    public Builder filters(List<OrderFilter> filters) {
      Checks.requireNonNull(filters, "filters");
      List<OrderFilter> copy = new ArrayList<>();
      for (OrderFilter f : filters) {
        copy.add(Checks.requireNonNull(f, "filters[]"));
      }
      this.filters = copy;
      return this;
    }

    /** Adds a filter after the current ones. */
    public Builder filter(OrderFilter filter) {
      List<OrderFilter> copy = new ArrayList<>(filters);
      copy.add(Checks.requireNonNull(filter, "filter"));
      this.filters = copy;
      return this;
    }

    /** Adds a tagging rule. */
    public Builder tagRule(TagRule rule) {
      tagRules.add(Checks.requireNonNull(rule, "tagRule"));
      return this;
    }

    /**
     * Turns merge detection on with {@link MergeDetector#sameBuyerAndAddress}: a new order from the
     * same buyer to the identical address as an order created within {@code window} before gets that
     * order as its {@code parentOrderId} (30 minutes is the usual window). Off by default.
     */
    public Builder mergeWindow(Duration window) {
      Checks.requireNonNull(window, "mergeWindow");
      Checks.requireArgument(!window.isNegative() && !window.isZero() && window.compareTo(Duration.ofDays(7)) <= 0,
          "mergeWindow", window, "is not in (0, 7 days]");
      this.mergeWindow = window;
      return this;
    }

    /** Turns merge detection on with the host's own rule (replaces {@link #mergeWindow}). */
    public Builder mergeDetector(MergeDetector detector) {
      this.mergeDetector = Checks.requireNonNull(detector, "mergeDetector");
      return this;
    }

    /** How transient store failures are retried (default {@link RetryPolicy#ofDefaults()}). */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Checks.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** How a retry waits (default {@link Sleeper#blocking()} on the processing thread). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Checks.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** When channels are frozen (default {@link CircuitBreakerConfig#ofDefaults()}). */
    public Builder circuitBreaker(CircuitBreakerConfig config) {
      this.breakerConfig = Checks.requireNonNull(config, "circuitBreaker");
      return this;
    }

    /**
     * The rolling windows of each channel's {@link ChannelHealth} (default {@link
     * HealthWindows#ofDefaults()}: the last 5 minutes, hour and 24 hours).
     */
    public Builder healthWindows(HealthWindows windows) {
      this.healthWindows = Checks.requireNonNull(windows, "healthWindows");
      return this;
    }

    /** The hourly volume check (default {@link VolumeAlertConfig#ofDefaults()}). */
    public Builder volumeAlerts(VolumeAlertConfig config) {
      this.volumeConfig = Checks.requireNonNull(config, "volumeAlerts");
      return this;
    }

    /**
     * Whether an order whose amounts do not add up is dead-lettered as {@link
     * DeadLetterReason#AMOUNTS_INCONSISTENT} (default {@code true}) or imported as the platform sent it.
     */
    public Builder rejectInconsistentAmounts(boolean reject) {
      this.rejectInconsistentAmounts = reject;
      return this;
    }

    /**
     * An executor of the host's on which accepted offers are drained (one drain task at a time).
     * Without one the host calls {@link Intake#drain()}.
     */
    public Builder executor(Executor executor) {
      this.executor = Checks.requireNonNull(executor, "executor");
      return this;
    }

    /** The bounded queue's capacity, 1 to 10,000,000 (default 10,000). */
    public Builder queueCapacity(int capacity) {
      Checks.requireArgument(capacity >= 1 && capacity <= 10_000_000, "queueCapacity", capacity,
          "is not in 1..10000000");
      this.queueCapacity = capacity;
      return this;
    }

    /**
     * @throws InvalidValueException when no adapter or no store is given, or a channel has secrets
     *     but no adapter or no webhook verifier
     */
    public Intake build() {
      Checks.requireArgument(!adapters.isEmpty(), "adapters", null, "needs at least one adapter");
      Checks.requireNonNull(store, "store");
      for (ChannelId channel : secrets.keySet()) {
        ChannelAdapter adapter = adapters.get(channel);
        Checks.requireArgument(adapter != null, "secrets", channel, "are given for a channel without an adapter");
        Checks.requireArgument(adapter.webhookVerifier().isPresent(), "secrets", channel,
            "are given but the channel's adapter has no webhook verifier");
      }
      return new Intake(this);
    }
  }
}
