package io.orderhub.examples.cli;

import io.orderhub.core.lifecycle.Lifecycle;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orderhub diagram}: the standard order lifecycle as a Mermaid state diagram (or Graphviz DOT). */
@Command(name = "diagram", mixinStandardHelpOptions = true,
    description = "Prints the standard order lifecycle as a Mermaid stateDiagram-v2 (or Graphviz DOT).")
final class DiagramCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { mermaid, dot }

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "<format>",
      description = "mermaid or dot (default: ${DEFAULT-VALUE}).")
  Format format = Format.mermaid;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    var machine = Lifecycle.standard().machine();
    out.print(format == Format.dot ? machine.toDot() : machine.toMermaid());
    out.flush();
    return 0;
  }
}
