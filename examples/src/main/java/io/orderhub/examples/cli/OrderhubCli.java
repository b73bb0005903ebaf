package io.orderhub.examples.cli;

import io.orderhub.core.OrderHubException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code orderhub} command line. Subcommands keep the contract of DESIGN.md: exit status 0 on
 * success; on bad input one line on stderr naming the file, line or field and the problem, exit
 * status 2, no stack trace.
 */
@Command(
    name = "orderhub",
    mixinStandardHelpOptions = true,
    versionProvider = OrderhubCli.Version.class,
    description = "OrderHub: typed orders from every channel, one lifecycle, routing, allocation and reconciliation.",
    subcommands = {DemoCommand.class, NormalizeCommand.class, RulesCommand.class, AllocateCommand.class,
        ReconcileCommand.class, DiagramCommand.class})
public final class OrderhubCli implements Runnable {
  /** Exit status for bad input (unknown subcommand, bad flag, unreadable or invalid file). */
  public static final int BAD_INPUT = 2;
  /** Exit status for a failure that is not the input's fault. */
  public static final int FAILURE = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit status (for tests and embedding). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new OrderhubCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("orderhub: " + ex.getMessage()
          + " (see 'orderhub " + ex.getCommandLine().getCommandName().replace("orderhub", "").trim() + " --help')");
      return BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter e = commandLine.getErr();
      if (ex instanceof CliException || ex instanceof OrderHubException || ex instanceof UncheckedIOException) {
        e.println("orderhub: " + oneLine(ex.getMessage()));
        return BAD_INPUT;
      }
      e.println("orderhub: internal error: " + ex.getClass().getSimpleName() + ": " + oneLine(ex.getMessage()));
      if (System.getenv("ORDERHUB_DEBUG") != null) {
        ex.printStackTrace(e);
      }
      return FAILURE;
    });
    return cli.execute(args);
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replace('\n', ' ').replace('\r', ' ');
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = OrderhubCli.class.getPackage().getImplementationVersion();
      return new String[] {"orderhub " + (v == null ? "development build" : v)};
    }
  }
}
