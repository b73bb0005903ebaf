package io.orderhub.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.lifecycle.Lifecycle;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DiagramCommandTest {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    CommandLine cli = new CommandLine(new DiagramCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void printsTheStandardLifecycleAsMermaid() {
    assertThat(run()).isZero();
    assertThat(out.toString()).isEqualTo(Lifecycle.standard().machine().toMermaid())
        .startsWith("stateDiagram-v2\n")
        .contains("    [*] --> PENDING_PAYMENT\n")
        .contains("    LABEL_PRINTED --> PICKED_UP : PICK_UP\n")
        .contains("    COMPLETED --> [*]\n");
  }

  @Test
  void printsDotOnRequest() {
    assertThat(run("--format", "dot")).isZero();
    assertThat(out.toString()).startsWith("digraph \"order lifecycle\" {").contains("PAID -> STOCK_LOCKED");
  }

  @Test
  void anUnknownFormatIsBadInput() {
    assertThat(run("--format", "png")).isEqualTo(2);
    assertThat(err.toString()).contains("--format").contains("png");
    assertThat(out.toString()).isEmpty();
  }
}
