package io.orderhub.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.ChannelId;
import io.orderhub.core.Order;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.json.OrderJson;
import io.orderhub.core.validation.OrderChecks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class NormalizeCommandTest {
  private static final Path SAMPLES = Path.of("src/main/resources/samples/channels");
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Exception failure;

  private int run(String... args) {
    CommandLine cli = new CommandLine(new NormalizeCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler((ex, c, p) -> {
      failure = ex;
      return 2;
    });
    return cli.execute(args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"taobao", "tmall", "jd", "douyin", "pinduoduo", "shopify", "woocommerce"})
  void everyChannelSamplePrintsAValidCanonicalOrder(String channel) {
    int status = run("--channel", channel, "--in", SAMPLES.resolve(channel + ".json").toString());

    assertThat(status).as("%s", failure).isZero();
    Order order = OrderJson.standard().read(out.toString().strip());
    assertThat(order.channel()).isEqualTo(ChannelId.of(channel));
    assertThat(OrderChecks.check(order)).isEmpty();
    assertThat(out.toString().strip()).doesNotContain("\n");
  }

  @Test
  void aMappingFileNormalisesACustomPlatform() {
    int status = run("--mapping", SAMPLES.resolve("mini-program-mapping.json").toString(),
        "--in", SAMPLES.resolve("mini-program.json").toString());

    assertThat(status).as("%s", failure).isZero();
    Order order = OrderJson.standard().read(out.toString().strip());
    assertThat(order.channel().value()).isEqualTo("mini-program");
    assertThat(order.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(order.amounts().paid().toPlainString()).isEqualTo("137.00");
    assertThat(OrderChecks.check(order)).isEmpty();
  }

  @Test
  void anInvalidPayloadNamesTheFileTheJsonPathAndTheProblem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("jd.json");
    Files.writeString(file, Files.readString(SAMPLES.resolve("jd.json")).replace("\"jdPrice\": \"59.90\"", "\"jdPrice\": \"59,90\""));

    assertThat(run("--channel", "jd", "--in", file.toString())).isEqualTo(2);
    assertThat(failure).isInstanceOf(CliException.class).hasMessage(file + ": "
        + "$.jingdong_pop_order_get_responce.orderDetailInfo.orderInfo.itemInfoList[1].jdPrice: \"59,90\" is not a decimal amount like 12.50");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void malformedJsonNamesTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"tid\": 1,");

    assertThat(run("--channel", "taobao", "--in", file.toString())).isEqualTo(2);
    assertThat(failure).isInstanceOf(CliException.class).hasMessageStartingWith(file + ": $: ")
        .hasMessageContaining("is not valid JSON");
  }

  @Test
  void anUnknownChannelAMissingFileAndABadMappingAreOneLineErrors(@TempDir Path dir) throws Exception {
    assertThat(run("--channel", "ebay", "--in", SAMPLES.resolve("jd.json").toString())).isEqualTo(2);
    assertThat(failure).hasMessageStartingWith("--channel: \"ebay\" is not one of ");

    assertThat(run("--channel", "jd", "--in", dir.resolve("none.json").toString())).isEqualTo(2);
    assertThat(failure).hasMessage(dir.resolve("none.json") + ": no such file");

    Path mapping = dir.resolve("m.json");
    Files.writeString(mapping, "{\"channel\": \"x\", \"fields\": {\"buyer.email\": \"e\"}}");
    assertThat(run("--mapping", mapping.toString(), "--in", SAMPLES.resolve("jd.json").toString())).isEqualTo(2);
    assertThat(failure).hasMessageStartingWith(mapping + ": fields.buyer.email: is not a canonical order field");

    assertThat(run("--in", SAMPLES.resolve("jd.json").toString())).isEqualTo(2);
    assertThat(failure).hasMessageContaining("exactly one of --channel");
  }
}
