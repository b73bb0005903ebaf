package io.orderhub.benchmarks.channels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderhub.channels.Channels;
import io.orderhub.channels.spi.ChannelAdapter;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Order;
import io.orderhub.core.json.OrderJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What normalising a platform order costs compared with only parsing it: for each platform's
 * sample payload ({@code examples/src/main/resources/samples/channels/<channel>.json}, the same
 * files {@code orderhub normalize} and the demo use),
 *
 * <ul>
 *   <li>{@link #normalize} — the built-in adapter: hardened parse, envelope, every field, exact
 *       money, times, discount spreading, statuses, attributes, the immutable {@code Order};
 *   <li>{@link #parseTree} — the baseline: a default Jackson {@code ObjectMapper.readTree} of the
 *       same bytes, i.e. what any integration pays before reading a single field;
 *   <li>{@link #parseTreeHardened} — the bounded, exact-decimal parse that {@code normalize} starts
 *       with, to split the cost between parsing and mapping.
 * </ul>
 *
 * Throughput is orders per second. Target: {@code normalize} costs less than 2× the bare parse,
 * i.e. its orders/s is at least half of {@code parseTree}'s for every platform. Run from the
 * repository root (or pass {@code -jvmArgsAppend -Dorderhub.samples=<dir>}):
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar 'channels.NormalizeBenchmark' -f 1 -wi 3 -i 5
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalizeBenchmark {
  /** Where the sample payloads are, relative to the working directory unless absolute. */
  static final String SAMPLES = System.getProperty("orderhub.samples", "examples/src/main/resources/samples/channels");

  @Param({"taobao", "jd", "douyin", "pinduoduo", "shopify", "woocommerce"})
  public String channel;

  private byte[] payload;
  private ChannelAdapter adapter;
  private final ObjectMapper plain = new ObjectMapper();

  @Setup
  public void setUp() {
    Path file = Path.of(SAMPLES, channel + ".json");
    try {
      payload = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("sample payload " + file.toAbsolutePath()
          + " not found: run from the repository root or pass -Dorderhub.samples=<dir>", e);
    }
    adapter = Channels.builtIns().require(ChannelId.of(channel));
    adapter.normalize(payload); // fails the run at once if the sample does not normalise
  }

  @Benchmark
  public Order normalize() {
    return adapter.normalize(payload);
  }

  @Benchmark
  public JsonNode parseTree() throws IOException {
    return plain.readTree(payload);
  }

  @Benchmark
  public JsonNode parseTreeHardened() {
    return OrderJson.standard().readTree(payload);
  }
}
