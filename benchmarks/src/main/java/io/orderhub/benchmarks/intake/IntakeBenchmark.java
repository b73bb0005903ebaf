package io.orderhub.benchmarks.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderhub.channels.Channels;
import io.orderhub.channels.intake.Delivery;
import io.orderhub.channels.intake.Intake;
import io.orderhub.channels.intake.Outcome;
import io.orderhub.channels.spi.ChannelAdapter;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Order;
import io.orderhub.core.store.InMemoryOrderStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End-to-end intake throughput against a bare Jackson parse of the same payloads.
 *
 * <p>Payloads: the real Taobao, JD, Douyin, Pinduoduo, Shopify and WooCommerce fixtures in turn,
 * each with a distinct order id (one array copy and seven digit writes per payload, done the same
 * way in every benchmark); every 8th delivery re-sends the previous payload (a duplicate webhook).
 *
 * <ul>
 *   <li>{@link #intake}: {@link Intake#process} — normalise with the built-in adapter, check
 *       amounts, deduplicate (Caffeine idempotency store and the store's version), run the default
 *       test-order filters, insert into an {@link InMemoryOrderStore}; one intake and one store
 *       shared by both threads, rebuilt every iteration so that memory stays bounded;
 *   <li>{@link #normalizeOnly}: the adapter's {@code normalize} alone, for reference;
 *   <li>{@link #jacksonParse}: {@code ObjectMapper.readTree} of the same bytes: the floor.
 * </ul>
 *
 * <p>Targets (issue 5): {@code intake} ≥ 50,000 orders/s on a 2-core machine with 2 threads, and
 * {@code intake} ≥ half of {@code jacksonParse}. Run:
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar 'intake.IntakeBenchmark' -f 1 -prof gc</pre>
 *
 * <p>Warm-up is 8 × 2 s: with 2 cores C2 compiles the adapters and the pipeline (dozens of methods,
 * some of 50-70 kB of code, 0.2-1 s each) for more than 10 s, and a shorter warm-up measures partly
 * interpreted code, {@code intake} (the most code) most of all. The in-memory store keeps
 * every imported order until the next iteration, so {@code intake} also pays the young
 * collections that copy them (a real cost of any in-memory store); {@code gc.time} shows it. G1
 * copies each kept object twice (into a survivor region, then into the old generation), so what
 * counts is the number of objects an order keeps: about 90 (the typed order, its lines and money,
 * the store's and the idempotency store's entries), its unmapped platform fields being one JSON
 * document (see {@code InMemoryOrderStore}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
@Threads(2)
@State(Scope.Benchmark)
public class IntakeBenchmark {
  private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");

  private final IntakePayloads payloads = new IntakePayloads();
  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<ChannelId, ChannelAdapter> adapters = new HashMap<>();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final AtomicLong sequence = new AtomicLong();
  private Intake intake = newIntake();

  public IntakeBenchmark() {
    Channels.builtInAdapters().forEach(a -> adapters.put(a.channel(), a));
  }

  /** A fresh intake and store, so that each iteration stores at most its own orders. */
  @Setup(Level.Iteration)
  public void freshIntake() {
    intake = newIntake();
    sequence.set(0);
  }

  /** Fails fast if a payload no longer normalises into a stored order (e.g. an adapter changed). */
  @Setup(Level.Trial)
  public void checkPayloads() {
    Intake check = newIntake();
    Map<Outcome.Kind, Integer> outcomes = new EnumMap<>(Outcome.Kind.class);
    for (long s = 0; s < 2L * payloads.platforms(); s++) {
      Outcome o = check.process(Delivery.pull(payloads.channel(s), payloads.payload(s), NOW));
      outcomes.merge(o.kind(), 1, Integer::sum);
    }
    if (outcomes.getOrDefault(Outcome.Kind.IMPORTED, 0) != 2 * payloads.platforms()) {
      throw new IllegalStateException("benchmark payloads do not all import: " + outcomes + " " + check.deadLetters());
    }
  }

  private Intake newIntake() {
    return Intake.builder().adapters(Channels.builtInAdapters()).store(new InMemoryOrderStore()).clock(clock)
        .alertSink(a -> { }).idempotencyMaxKeys(2_000_000).build();
  }

  /** The sequence number of the next delivery: every 8th one repeats the one before. */
  private long next() {
    long n = sequence.getAndIncrement();
    return n - n / 8 - ((n % 8 == 7) ? 1 : 0);
  }

  @Benchmark
  public Outcome intake() {
    long s = next();
    return intake.process(Delivery.pull(payloads.channel(s), payloads.payload(s), NOW));
  }

  @Benchmark
  public Order normalizeOnly() {
    long s = next();
    return adapters.get(payloads.channel(s)).normalize(payloads.payload(s));
  }

  @Benchmark
  public JsonNode jacksonParse() throws IOException {
    long s = next();
    return mapper.readTree(payloads.payload(s));
  }
}
