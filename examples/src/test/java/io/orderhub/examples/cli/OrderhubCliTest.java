package io.orderhub.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of DESIGN.md: exit 0 on success, one line on stderr and exit 2 on bad input. */
class OrderhubCliTest {
  @TempDir Path tmp;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = OrderhubCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void helpListsTheSubcommands() {
    Run r = run("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Usage: orderhub", "demo", "normalize", "rules", "allocate", "reconcile", "diagram");
  }

  @Test
  void versionPrintsOneLine() {
    Run r = run("--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("orderhub ");
  }

  @Test
  void unknownSubcommandIsOneLineAndExitTwo() {
    Run r = run("frobnicate");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip()).doesNotContain("\n").startsWith("orderhub: ").contains("frobnicate");
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void allocateWithABadWarehousesFileIsOneLineAndExitTwo() throws Exception {
    Path orders = tmp.resolve("orders.jsonl");
    Files.writeString(orders, "");
    String[][] files = {
      {"negative.json", "{\"warehouses\": [{\"id\": \"A\", \"region\": \"浙江\", \"carriers\": {}, \"waybills\": -3}]}",
        "$.warehouses[0].waybills"},
      {"unknown-field.json", "{\"warehouses\": [{\"id\": \"A\", \"region\": \"浙江\", \"carriers\": {}, \"cap\": 3}]}",
        "$.warehouses[0].cap"},
      {"not-json.json", "{\"warehouses\": [", ""},
      {"empty.json", "", ""},
    };
    for (String[] file : files) {
      Path bad = tmp.resolve(file[0]);
      Files.writeString(bad, file[1]);
      Run r = run("allocate", "--warehouses", bad.toString(), "--orders", orders.toString());
      assertThat(r.status()).as(file[0]).isEqualTo(2);
      assertThat(r.err().strip()).as(file[0]).doesNotContain("\n").contains(bad.toString()).contains(file[2]);
      assertThat(r.err()).as(file[0]).doesNotContain("Exception", "\tat ");
      assertThat(r.out()).as(file[0]).isEmpty();
    }
    Run missing = run("allocate", "--warehouses", tmp.resolve("none.json").toString(), "--orders", orders.toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err().strip()).doesNotContain("\n").contains("none.json");
  }

  @Test
  void badFlagIsOneLineAndExitTwo() {
    Run r = run("demo", "--no-such-flag");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip()).doesNotContain("\n").contains("--no-such-flag");
  }

  @Test
  void demoRunsAndWritesTheReport() throws Exception {
    Path report = tmp.resolve("report.html");
    Run r = run("demo", "--report", report.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("== Order model", "taobao-3987112233445566778", "\"currency\":\"CNY\"");
    assertThat(r.out()).contains("== Channel adapters", "== Intake", "== Order lifecycle", "== Routing rules",
        "== Allocation", "== Reconciliation");
    assertThat(r.err()).isEmpty();
    // the console shows personal data masked
    assertThat(r.out()).contains("龙井路 ***").doesNotContain("13812345678  ");
    assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("<h2>Order model</h2>");
  }

  @Test
  void demoIsRepeatable() {
    Path a = tmp.resolve("a.html");
    Path b = tmp.resolve("b.html");
    Run first = run("demo", "--report", a.toString());
    Run second = run("demo", "--report", b.toString());
    assertThat(first.out().replace(a.toString(), "X")).isEqualTo(second.out().replace(b.toString(), "X"));
  }

  @Test
  void unwritableReportIsBadInput() throws Exception {
    Path dir = tmp.resolve("file-not-dir");
    Files.writeString(dir, "x");
    Run r = run("demo", "--report", dir.resolve("report.html").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("orderhub: ").doesNotContain("\n");
  }
}
