package io.orderhub.core.lifecycle.machine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a definition as Mermaid or Graphviz DOT text. */
final class Diagrams {
  private Diagrams() {}

  static String mermaid(StateMachine<?, ?, ?> machine) {
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    out.append("    %% ").append(machine.name()).append('\n');
    out.append("    [*] --> ").append(machine.initialState()).append('\n');
    for (Map.Entry<String, List<String>> edge : edges(machine).entrySet()) {
      out.append("    ").append(edge.getKey().replace("\u0000", " --> ")).append(" : ")
          .append(String.join(", ", edge.getValue())).append('\n');
    }
    for (Object terminal : machine.terminalStates()) {
      out.append("    ").append(terminal).append(" --> [*]\n");
    }
    return out.toString();
  }

  static String dot(StateMachine<?, ?, ?> machine) {
    StringBuilder out = new StringBuilder("digraph \"").append(machine.name().replace("\"", "'")).append("\" {\n");
    out.append("  rankdir=LR;\n  node [shape=box, style=rounded];\n  \"[*]\" [shape=point];\n");
    out.append("  \"[*]\" -> ").append(machine.initialState()).append(";\n");
    for (Object terminal : machine.terminalStates()) {
      out.append("  ").append(terminal).append(" [peripheries=2];\n");
    }
    for (Map.Entry<String, List<String>> edge : edges(machine).entrySet()) {
      out.append("  ").append(edge.getKey().replace("\u0000", " -> ")).append(" [label=\"")
          .append(String.join("\\n", edge.getValue()).replace("\"", "'")).append("\"];\n");
    }
    return out.append("}\n").toString();
  }

  /** Transitions grouped by (from, to) in definition order; each label is the event and its guard. */
  private static Map<String, List<String>> edges(StateMachine<?, ?, ?> machine) {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    for (Transition<?, ?, ?> t : machine.transitions()) {
      String label = t.event() + t.guardName().map(g -> " [" + g + "]").orElse("");
      List<String> labels = edges.computeIfAbsent(t.from() + "\u0000" + t.to(), k -> new ArrayList<>());
      if (!labels.contains(label)) {
        labels.add(label);
      }
    }
    return edges;
  }
}
