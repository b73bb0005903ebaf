package io.orderhub.examples.cli;

import io.orderhub.examples.demo.AllocationSection;
import io.orderhub.examples.demo.ChannelsSection;
import io.orderhub.examples.demo.DemoContext;
import io.orderhub.examples.demo.DemoSection;
import io.orderhub.examples.demo.HtmlReport;
import io.orderhub.examples.demo.IntakeSection;
import io.orderhub.examples.demo.LifecycleSection;
import io.orderhub.examples.demo.OrderModelSection;
import io.orderhub.examples.demo.ReconcileSection;
import io.orderhub.examples.demo.RulesSection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code orderhub demo}: the whole pipeline on bundled sample data, a console summary and an HTML report. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Runs the whole pipeline on bundled sample data, prints a summary and writes an HTML report.")
final class DemoCommand implements Callable<Integer> {
  /** The demo's fixed "now", so every run prints the same. */
  static final Instant DEMO_NOW = Instant.parse("2026-11-11T04:00:00Z");

  @Spec CommandSpec spec;

  @Option(names = "--report", paramLabel = "<file>", description = "Where to write the HTML report (default: ${DEFAULT-VALUE}).")
  Path report = Path.of("orderhub-demo.html");

  @Option(names = "--seed", description = "Random seed of the generated data (default: ${DEFAULT-VALUE}).")
  long seed = 20261111L;

  static List<DemoSection> sections() {
    return List.of(new OrderModelSection(), new ChannelsSection(), new IntakeSection(), new LifecycleSection(),
        new RulesSection(), new AllocationSection(), new ReconcileSection());
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    HtmlReport html = new HtmlReport("OrderHub demo");
    DemoContext context = new DemoContext(out, html, Clock.fixed(DEMO_NOW, ZoneOffset.UTC), seed);
    for (DemoSection section : sections()) {
      out.println();
      out.println("== " + section.title());
      html.heading(section.title());
      section.run(context);
    }
    try {
      html.writeTo(report);
    } catch (IOException e) {
      throw Inputs.unwritable(report, e);
    }
    out.println();
    out.println("HTML report written to " + report.toAbsolutePath().normalize());
    out.flush();
    return 0;
  }
}
