package io.orderhub.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.orderhub.core.internal.Checks;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a {@link Decision} as one compact JSON object (one line), e.g. for {@code orderhub rules}:
 *
 * <pre>{@code
 * {"orderId":"pinduoduo-241111-1","externalId":"241111-1","evaluatedAt":"2026-11-11T03:30:00Z",
 *  "fired":["address.vague"],
 *  "outcomes":[{"rule":"address.vague","type":"routeTo","queue":"address-review"}],
 *  "explanation":[{"rule":"address.vague","priority":70,"description":"...",
 *    "because":["address.detail contains \"村\", \"组\", \"临时\" (value: \"黄龙溪镇石牛村3组临时住所\")"],
 *    "tree":{"condition":"any of","matched":true,"children":[...]}}]}
 * }</pre>
 *
 * <p>{@code because} lists the leaves that matched; {@code tree} is the whole explanation. Rules that
 * did not fire appear under {@code notFired} when the decision holds them. Explanations already mask
 * phones. Stateless and thread-safe.
 */
public final class DecisionJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private DecisionJson() {}

  /** The decision as one line of JSON. */
  public static String write(Decision decision) {
    Checks.requireNonNull(decision, "decision");
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(decision, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the decision as a JSON object with {@code g}; the caller owns the generator. */
  public static void write(Decision decision, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("orderId", decision.orderId().value());
    g.writeStringField("externalId", decision.externalId().value());
    g.writeStringField("evaluatedAt", decision.evaluatedAt().toString());
    g.writeArrayFieldStart("fired");
    for (RuleResult r : decision.fired()) {
      g.writeString(r.ruleId());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("outcomes");
    for (RuleResult r : decision.fired()) {
      for (Outcome o : r.outcomes()) {
        writeOutcome(r.ruleId(), o, g);
      }
    }
    g.writeEndArray();
    writeResults("explanation", decision.fired(), g);
    if (!decision.notFired().isEmpty()) {
      writeResults("notFired", decision.notFired(), g);
    }
    g.writeEndObject();
  }

  private static void writeResults(String field, List<RuleResult> results, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(field);
    for (RuleResult r : results) {
      g.writeStartObject();
      g.writeStringField("rule", r.ruleId());
      g.writeNumberField("priority", r.priority());
      g.writeStringField("description", r.description());
      g.writeArrayFieldStart("because");
      for (Explanation leaf : r.explanation().leaves()) {
        if (leaf.matched() == r.fired()) {
          g.writeString(leaf.line());
        }
      }
      g.writeEndArray();
      g.writeFieldName("tree");
      writeTree(r.explanation(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeTree(Explanation e, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("condition", e.condition());
    g.writeBooleanField("matched", e.matched());
    if (e.value().isPresent()) {
      g.writeStringField("value", e.value().get());
    }
    if (!e.children().isEmpty()) {
      g.writeArrayFieldStart("children");
      for (Explanation c : e.children()) {
        writeTree(c, g);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeOutcome(String rule, Outcome o, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", rule);
    g.writeStringField("type", o.type());
    if (o instanceof Outcome.RouteTo) {
      g.writeStringField("queue", ((Outcome.RouteTo) o).queue());
    } else if (o instanceof Outcome.Hold) {
      g.writeStringField("queue", ((Outcome.Hold) o).queue());
      g.writeStringField("reason", ((Outcome.Hold) o).reason());
    } else if (o instanceof Outcome.Tag) {
      g.writeStringField("tag", ((Outcome.Tag) o).tag());
    } else if (o instanceof Outcome.Flag) {
      Outcome.Flag f = (Outcome.Flag) o;
      g.writeStringField("flag", f.flag());
      g.writeArrayFieldStart("reasons");
      for (String reason : f.reasons()) {
        g.writeString(reason);
      }
      g.writeEndArray();
    } else if (o instanceof Outcome.FreezeShipment) {
      g.writeStringField("queue", ((Outcome.FreezeShipment) o).queue());
    } else if (o instanceof Outcome.RequireApproval) {
      Outcome.RequireApproval a = (Outcome.RequireApproval) o;
      g.writeStringField("queue", a.queue());
      g.writeNumberField("approvers", a.approvers());
      if (a.escalateAfter().isPresent()) {
        g.writeStringField("escalateAfter", a.escalateAfter().get().toString());
      }
    }
    g.writeEndObject();
  }
}
