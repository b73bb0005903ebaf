package io.orderhub.examples.cli;

import io.orderhub.core.OrderHubException;
import io.orderhub.rules.BuiltInRules;
import io.orderhub.rules.Explain;
import io.orderhub.rules.InvalidRuleFileException;
import io.orderhub.rules.RuleRunner;
import io.orderhub.rules.RuleSet;
import io.orderhub.rules.RuleSetJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code orderhub rules [--rules <rules.json>] --orders <orders.jsonl>}: evaluates a rule set over
 * canonical order JSON lines, in file order (velocity windows accumulate across the file, each order
 * evaluated at its {@code createdAt}), and prints one decision JSON object per order.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Evaluates routing rules over canonical order JSON lines and prints one decision JSON per order.")
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--rules", paramLabel = "<rules.json>",
      description = "A JSON rule file (default: the built-in rule set).")
  Path rules;

  @Option(names = "--orders", paramLabel = "<orders.jsonl>", required = true,
      description = "Canonical order JSON, one order per line.")
  Path orders;

  @Option(names = "--explain-not-fired", description = "Also explain the rules that did not fire.")
  boolean explainNotFired;

  @Override
  public Integer call() {
    RuleSet set = rules == null ? BuiltInRules.defaults() : load(rules);
    RuleRunner runner = RuleRunner.builder(set).clock(Clock.systemUTC())
        .explain(explainNotFired ? Explain.FIRED_AND_NOT_FIRED : Explain.FIRED).build();
    PrintWriter out = spec.commandLine().getOut();
    Inputs.lines(orders, (line, text) -> {
      try {
        out.println(runner.replayJsonLine(text));
      } catch (OrderHubException e) {
        throw CliException.at(orders, line, e.getMessage());
      }
    });
    out.flush();
    return 0;
  }

  private static RuleSet load(Path file) {
    try {
      return RuleSetJson.standard().read(Inputs.bytes(file), file.toString());
    } catch (InvalidRuleFileException e) {
      throw new CliException(e.getMessage(), e);
    }
  }
}
