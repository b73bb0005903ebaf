package io.orderhub.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RulesCommandTest {
  private static final Path SAMPLES = Path.of("src/main/resources/samples/rules");
  private final ObjectMapper mapper = new ObjectMapper();
  private final StringWriter out = new StringWriter();
  private Exception failure;

  private int run(String... args) {
    CommandLine cli = new CommandLine(new RulesCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setExecutionExceptionHandler((ex, c, p) -> {
      failure = ex;
      return 2;
    });
    return cli.execute(args);
  }

  /** externalId -> fired rule ids, one entry per output line. */
  private Map<String, List<String>> fired() throws Exception {
    Map<String, List<String>> fired = new LinkedHashMap<>();
    for (String line : out.toString().split("\n")) {
      JsonNode d = mapper.readTree(line);
      List<String> ids = new ArrayList<>();
      d.get("fired").forEach(n -> ids.add(n.asText()));
      fired.put(d.get("externalId").asText(), ids);
    }
    return fired;
  }

  @Test
  void theSampleFilesGiveOneDecisionPerOrderWithVelocityAccumulatingAcrossTheFile() throws Exception {
    int status = run("--rules", SAMPLES.resolve("rules.json").toString(), "--orders", SAMPLES.resolve("orders.jsonl").toString());
    assertThat(status).as("%s", failure).isZero();
    Map<String, List<String>> fired = fired();
    assertThat(fired).hasSize(12);
    assertThat(fired.get("3987000000000000001")).containsExactly("seller.tea-gift");
    assertThat(fired.get("241111-000000000002")).containsExactly("address.vague");
    assertThat(fired.get("692000000000000012")).isEmpty();
    assertThat(fired.get("692000000000000013")).containsExactly("buyer.velocity");
    assertThat(fired.get("3987000000000000020")).containsExactly("order.duplicate", "seller.tea-gift");
    assertThat(fired.get("3987000000000000030")).containsExactly("refund.fast");
    assertThat(fired.get("290000000040")).containsExactly("order.presale");
    assertThat(fired.get("3987000000000000050")).containsExactly("sku.hazardous");
    assertThat(fired.get("290000000060")).containsExactly("amount.high");
    assertThat(fired.get("6920000000000000070")).containsExactly("address.vague");
    assertThat(out.toString()).doesNotContain("13700001234").contains("137****1234");
  }

  @Test
  void withoutRulesTheDefaultSetIsUsed() throws Exception {
    assertThat(run("--orders", SAMPLES.resolve("orders.jsonl").toString())).isZero();
    Map<String, List<String>> fired = fired();
    assertThat(fired.get("3987000000000000001")).isEmpty();
    assertThat(fired.get("3987000000000000050")).isEmpty(); // the default hazardous list is empty
    assertThat(fired.get("692000000000000013")).containsExactly("buyer.velocity");
  }

  @Test
  void rulesThatDidNotFireAreExplainedOnRequest() throws Exception {
    assertThat(run("--orders", SAMPLES.resolve("orders.jsonl").toString(), "--explain-not-fired")).isZero();
    JsonNode first = mapper.readTree(out.toString().split("\n")[0]);
    assertThat(first.get("notFired")).hasSize(8);
    assertThat(first.get("notFired").get(3).get("rule").asText()).isEqualTo("address.vague");
    assertThat(first.get("notFired").get(3).get("because").get(0).asText())
        .startsWith("address.detail contains any of \"村\"");
  }

  @Test
  void aBadOrderLineNamesTheFileAndLine(@TempDir Path dir) throws Exception {
    List<String> lines = Files.readAllLines(SAMPLES.resolve("orders.jsonl"), StandardCharsets.UTF_8);
    Path orders = dir.resolve("orders.jsonl");
    Files.write(orders, List.of(lines.get(0), "", "{\"id\": \"x\"}"), StandardCharsets.UTF_8);
    assertThat(run("--orders", orders.toString())).isEqualTo(2);
    assertThat(failure).isInstanceOf(CliException.class);
    assertThat(failure.getMessage()).startsWith(orders + ":3: $.");
    assertThat(out.toString().split("\n")).hasSize(1);
  }

  @Test
  void aBadRuleFileNamesTheFileTheRuleAndThePath(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("rules.json");
    Files.writeString(rules, "{\"queues\": [\"q\"], \"rules\": [{\"id\": \"mine\", \"when\": {\"lineTagged\": {}}, "
        + "\"then\": [{\"routeTo\": {\"queue\": \"q\"}}]}]}");
    assertThat(run("--rules", rules.toString(), "--orders", SAMPLES.resolve("orders.jsonl").toString())).isEqualTo(2);
    assertThat(failure).isInstanceOf(CliException.class)
        .hasMessage(rules + ": rule \"mine\": $.rules[0].when.lineTagged.tag: is required");
    assertThat(run("--rules", dir.resolve("none.json").toString(), "--orders", "x")).isEqualTo(2);
    assertThat(failure).hasMessage(dir.resolve("none.json") + ": no such file");
  }
}
