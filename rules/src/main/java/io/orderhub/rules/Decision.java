package io.orderhub.rules;

import io.orderhub.core.ExternalOrderId;
import io.orderhub.core.OrderId;
import io.orderhub.core.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link RuleSet} decided for one order: the rules that fired in priority order (highest
 * first, ties by id) with their outcomes and explanations, and, when asked for with {@link
 * Explain#FIRED_AND_NOT_FIRED}, the evaluated rules that did not fire.
 *
 * @param orderId the order
 * @param externalId the platform's order id
 * @param evaluatedAt the evaluation time
 * @param fired the rules that fired, in priority order (unmodifiable)
 * @param notFired the rules evaluated that did not fire, in priority order; empty unless requested
 */
public record Decision(
    OrderId orderId, ExternalOrderId externalId, Instant evaluatedAt, List<RuleResult> fired, List<RuleResult> notFired) {
  public Decision {
    Checks.requireNonNull(orderId, "orderId");
    Checks.requireNonNull(externalId, "externalId");
    Checks.requireNonNull(evaluatedAt, "evaluatedAt");
    fired = List.copyOf(Checks.requireNonNull(fired, "fired"));
    notFired = List.copyOf(Checks.requireNonNull(notFired, "notFired"));
  }

  /** Whether no rule fired. */
  public boolean isClear() {
    return fired.isEmpty();
  }

  /** The ids of the rules that fired, in priority order. */
  public List<String> firedIds() {
    List<String> ids = new ArrayList<>(fired.size());
    for (RuleResult r : fired) {
      ids.add(r.ruleId());
    }
    return List.copyOf(ids);
  }

  /** Whether the rule {@code ruleId} fired. */
  public boolean fired(String ruleId) {
    return result(ruleId).isPresent();
  }

  /** The fired rule {@code ruleId}. */
  public Optional<RuleResult> result(String ruleId) {
    return fired.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
  }

  /** Every outcome of the fired rules, in priority order. */
  public List<Outcome> outcomes() {
    List<Outcome> out = new ArrayList<>();
    for (RuleResult r : fired) {
      out.addAll(r.outcomes());
    }
    return List.copyOf(out);
  }

  /** The queues the outcomes name, first mention first. */
  public List<String> queues() {
    LinkedHashSet<String> queues = new LinkedHashSet<>();
    for (Outcome o : outcomes()) {
      o.queueName().ifPresent(queues::add);
    }
    return List.copyOf(queues);
  }

  /**
   * The holds and freezes this decision asks of the lifecycle, in priority order: one per {@link
   * Outcome.Hold}, {@link Outcome.RequireApproval} (a hold, reason {@code approval-required}) and
   * {@link Outcome.FreezeShipment} (reason {@code freeze-shipment}).
   */
  public List<LifecycleRequest> lifecycleRequests() {
    List<LifecycleRequest> out = new ArrayList<>();
    for (RuleResult r : fired) {
      for (Outcome o : r.outcomes()) {
        if (o instanceof Outcome.Hold) {
          Outcome.Hold h = (Outcome.Hold) o;
          out.add(new LifecycleRequest(orderId, r.ruleId(), LifecycleRequest.Kind.HOLD, h.queue(), h.reason()));
        } else if (o instanceof Outcome.RequireApproval) {
          Outcome.RequireApproval a = (Outcome.RequireApproval) o;
          out.add(new LifecycleRequest(orderId, r.ruleId(), LifecycleRequest.Kind.HOLD, a.queue(), "approval-required"));
        } else if (o instanceof Outcome.FreezeShipment) {
          Outcome.FreezeShipment f = (Outcome.FreezeShipment) o;
          out.add(new LifecycleRequest(orderId, r.ruleId(), LifecycleRequest.Kind.FREEZE_SHIPMENT, f.queue(),
              "freeze-shipment"));
        }
      }
    }
    return List.copyOf(out);
  }

  /** The fired rules and their explanations, as text. */
  public String render() {
    StringBuilder sb = new StringBuilder(orderId.value()).append(fired.isEmpty() ? ": no rule fired" : ":");
    for (RuleResult r : fired) {
      sb.append("\n- ").append(r.ruleId()).append(" -> ").append(r.outcomes()).append('\n');
      for (String line : r.explanation().render().split("\n", -1)) {
        sb.append("    ").append(line).append('\n');
      }
      sb.setLength(sb.length() - 1);
    }
    return sb.toString();
  }
}
