package io.orderhub.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The command-line contract of DESIGN.md under damaged input: whatever is wrong with one of a
 * command's files (bytes flipped, the file cut short, a hostile token spliced in), the command
 * either runs (exit 0) or says what is wrong in one line on stderr and exits 2; never an internal
 * error (exit 1) or a stack trace.
 */
class CliFuzzProperties {
  /** Tokens that have broken readers, spliced in at a random place. */
  private static final List<String> TOKENS = List.of("1e999999999", "13E79246801358", "-", "\"", "\",\"", ",", "\n",
      "\r", "`", "\u0000", "\t", "{", "]", "null", "99999999999999999999", "-0.001", "２０２６", "\uFEFF",
      "9".repeat(70), "z".repeat(5_000));

  /** One command with its sample inputs, one of which is damaged; {@code %s} is that file's path. */
  record Case(String name, List<String> args, List<String> samples, String damaged) {
    @Override
    public String toString() {
      return name + " with " + damaged + " damaged";
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (String damaged : List.of("allocation/warehouses.json", "allocation/orders.jsonl")) {
      cases.add(new Case("allocate", List.of("allocate", "--warehouses", "allocation/warehouses.json", "--orders",
          "allocation/orders.jsonl"), List.of("allocation/warehouses.json", "allocation/orders.jsonl"), damaged));
    }
    for (String damaged : List.of("rules/rules.json", "rules/orders.jsonl")) {
      cases.add(new Case("rules", List.of("rules", "--rules", "rules/rules.json", "--orders", "rules/orders.jsonl"),
          List.of("rules/rules.json", "rules/orders.jsonl"), damaged));
    }
    for (String channel : List.of("taobao", "jd", "douyin", "pinduoduo", "shopify", "woocommerce")) {
      String file = "channels/" + channel + ".json";
      cases.add(new Case("normalize", List.of("normalize", "--channel", channel, "--in", file), List.of(file), file));
    }
    cases.add(new Case("normalize", List.of("normalize", "--mapping", "channels/mini-program-mapping.json", "--in",
        "channels/mini-program.json"), List.of("channels/mini-program-mapping.json", "channels/mini-program.json"),
        "channels/mini-program-mapping.json"));
    List<String> bills = List.of("reconcile/payments.csv", "reconcile/settlements.csv", "reconcile/shipments.csv");
    for (String damaged : bills) {
      cases.add(new Case("reconcile", List.of("reconcile", "--payments", bills.get(0), "--settlements", bills.get(1),
          "--shipments", bills.get(2), "--out", "report.json", "--html", "report.html"), bills, damaged));
    }
    for (String format : List.of("wechat", "alipay")) {
      String bill = "reconcile/" + format + "-bill.csv";
      cases.add(new Case("reconcile", List.of("reconcile", "--payments", bill, "--payments-format", format,
          "--settlements", bills.get(1), "--shipments", bills.get(2), "--out", "report.json"),
          List.of(bill, bills.get(1), bills.get(2)), bill));
    }
    List<String> amazon = List.of("reconcile/amazon-payments.csv", "reconcile/amazon-settlement.txt",
        "reconcile/amazon-shipments.csv");
    cases.add(new Case("reconcile", List.of("reconcile", "--currency", "USD", "--payments", amazon.get(0),
        "--settlements", amazon.get(1), "--settlements-format", "amazon", "--shipments", amazon.get(2), "--out",
        "report.json"), amazon, amazon.get(1)));
    return Arbitraries.of(cases);
  }

  @Property(tries = 150)
  void damagedInputIsExitZeroOrOneLineAndExitTwo(@ForAll("cases") Case c, @ForAll long seed) throws IOException {
    Path dir = Files.createTempDirectory("orderhub-cli-fuzz");
    try {
      for (String sample : c.samples()) {
        Path file = dir.resolve(sample);
        Files.createDirectories(file.getParent());
        byte[] bytes = sample(sample);
        Files.write(file, sample.equals(c.damaged()) ? damage(bytes, new Random(seed)) : bytes);
      }
      String[] args = c.args().stream()
          .map(a -> c.samples().contains(a) || a.startsWith("report.") ? dir.resolve(a).toString() : a)
          .toArray(String[]::new);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();

      int status = OrderhubCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));

      assertThat(status).as("exit status; stderr: %s", err).isIn(0, 2);
      if (status == 2) {
        assertThat(err.toString()).startsWith("orderhub: ").doesNotContain("internal error");
        assertThat(err.toString().strip().lines()).hasSize(1);
      }
    } finally {
      try (var paths = Files.walk(dir)) {
        paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** One to three kinds of damage: flipped bytes, a hostile token spliced in, the file cut short. */
  private static byte[] damage(byte[] bytes, Random random) {
    byte[] out = bytes;
    int kinds = 1 + random.nextInt(3);
    for (int k = 0; k < kinds; k++) {
      switch (random.nextInt(3)) {
        case 0 -> {
          out = out.clone();
          for (int i = 1 + random.nextInt(8); i > 0 && out.length > 0; i--) {
            out[random.nextInt(out.length)] ^= (byte) (1 + random.nextInt(127));
          }
        }
        case 1 -> {
          int at = random.nextInt(out.length + 1);
          byte[] token = TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8);
          byte[] spliced = Arrays.copyOf(out, out.length + token.length);
          System.arraycopy(token, 0, spliced, at, token.length);
          System.arraycopy(out, at, spliced, at + token.length, out.length - at);
          out = spliced;
        }
        default -> out = Arrays.copyOf(out, random.nextInt(out.length + 1));
      }
    }
    return out;
  }

  private static byte[] sample(String name) {
    try (InputStream in = CliFuzzProperties.class.getResourceAsStream("/samples/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
