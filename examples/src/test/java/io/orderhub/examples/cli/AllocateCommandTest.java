package io.orderhub.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AllocateCommandTest {
  @TempDir Path dir;
  private Path warehouses;
  private Path orders;

  @BeforeEach
  void copySamples() throws IOException {
    warehouses = copy("warehouses.json");
    orders = copy("orders.jsonl");
  }

  private Path copy(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/samples/allocation/" + name)) {
      Path p = dir.resolve(name);
      Files.write(p, in.readAllBytes());
      return p;
    }
  }

  private AllocateCommand command(Path warehouses, Path orders) {
    AllocateCommand c = new AllocateCommand();
    c.warehouses = warehouses;
    c.orders = orders;
    return c;
  }

  @Test
  void printsOneAllocationPerOrderInFileOrder() throws IOException {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new AllocateCommand());
    cli.setOut(new PrintWriter(out));
    int status = cli.execute("--warehouses", warehouses.toString(), "--orders", orders.toString());
    assertThat(status).isZero();
    List<JsonNode> lines = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    for (String line : out.toString().split("\n")) {
      lines.add(mapper.readTree(line));
    }
    assertThat(lines).extracting(j -> j.get("outcome").asText())
        .containsExactly("SINGLE", "SPLIT", "BACKORDER", "SINGLE", "SINGLE");
    assertThat(lines).extracting(j -> j.get("externalId").asText()).first().isEqualTo("3987110000001");
    JsonNode single = lines.get(0);
    assertThat(single.get("shipments").get(0).get("warehouse").asText()).isEqualTo("WH-HZ");
    assertThat(single.get("shipments").get(0).get("carrier").asText()).isEqualTo("ZTO");
    assertThat(single.get("explanation").get("candidates").get(1).get("verdict").asText())
        .isEqualTo("no waybills left");
    JsonNode split = lines.get(1);
    assertThat(split.get("shipments")).hasSize(2);
    JsonNode backorder = lines.get(2);
    assertThat(backorder.get("missing").get(0).get("sku").asText()).isEqualTo("LIGHTER-GAS");
    assertThat(backorder.get("promisedShipDate").asText()).isEqualTo("2026-11-18");
    assertThat(lines.get(3).get("shipments").get(0).get("carrier").asText()).isEqualTo("SF"); // order override
  }

  @Test
  void aBadWarehousesFileIsOneLineNamingTheFileAndPath() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"warehouses\": [{\"id\": \"A\", \"region\": \"浙江\", \"carriers\": {}, \"waybills\": -3}]}",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> command(bad, orders).call()).isInstanceOf(CliException.class)
        .hasMessage(bad + ": $.warehouses[0].waybills: -3 is negative");
  }

  @Test
  void aBadOrderLineNamesTheFileAndLine() throws IOException {
    Path bad = dir.resolve("bad.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(orders));
    lines.add(1, "{\"id\": 1}");
    Files.write(bad, lines);
    assertThatThrownBy(() -> command(warehouses, bad).call()).isInstanceOf(CliException.class)
        .hasMessageStartingWith(bad + ":2: $.");
  }

  @Test
  void aMissingFileIsNamed() {
    Path none = dir.resolve("none.json");
    assertThatThrownBy(() -> command(none, orders).call()).isInstanceOf(CliException.class)
        .hasMessage(none + ": no such file");
  }

  @Test
  void theHelpDocumentsTheWarehousesFormat() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new AllocateCommand());
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("--help")).isZero();
    assertThat(out.toString()).contains("--warehouses").contains("dailyCap").contains("onTimeRate")
        .contains("carriers").contains("restocks");
  }
}
