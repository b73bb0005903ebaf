package io.orderhub.rules;

import io.orderhub.core.internal.Checks;
import io.orderhub.rules.internal.Texts;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a rule does when it fires. Outcomes are data: the host (or {@link Decision#lifecycleRequests()})
 * turns them into actions. Every outcome that names a queue must use a queue the {@link RuleSet}
 * declares.
 */
public sealed interface Outcome
    permits Outcome.RouteTo, Outcome.Hold, Outcome.Tag, Outcome.Flag, Outcome.FreezeShipment,
        Outcome.RequireApproval, Outcome.SkipStockLock {

  /** The queue this outcome sends the order to, if any. */
  Optional<String> queueName();

  /** The outcome's type name in JSON ({@code routeTo}, {@code hold}, ...). */
  String type();

  /** Send the order to a review queue; it may continue meanwhile. */
  static Outcome routeTo(String queue) {
    return new RouteTo(queue);
  }

  /** Stop the order in {@code queue} until someone releases it, for {@code reason}. */
  static Outcome hold(String queue, String reason) {
    return new Hold(queue, reason);
  }

  /** Add a tag to the order. */
  static Outcome tag(String tag) {
    return new Tag(tag);
  }

  /** Mark the order; a reviewer clearing the flag gives one of {@code reasons} (none required when empty). */
  static Outcome flag(String flag, List<String> reasons) {
    return new Flag(flag, reasons);
  }

  /** Do not ship; {@code queue} decides what happens next. */
  static Outcome freezeShipment(String queue) {
    return new FreezeShipment(queue);
  }

  /** Hold until {@code approvers} people in {@code queue} approve; escalate after {@code escalateAfter}. */
  static Outcome requireApproval(String queue, int approvers, Duration escalateAfter) {
    return new RequireApproval(queue, approvers, Optional.of(escalateAfter));
  }

  /** Hold until {@code approvers} people in {@code queue} approve, never escalating. */
  static Outcome requireApproval(String queue, int approvers) {
    return new RequireApproval(queue, approvers, Optional.empty());
  }

  /** Do not take the normal stock lock (the order needs a special check first). */
  static Outcome skipStockLock() {
    return SkipStockLock.INSTANCE;
  }

  /** @param queue the review queue */
  record RouteTo(String queue) implements Outcome {
    public RouteTo {
      Checks.requireId(queue, "routeTo.queue");
    }

    @Override
    public Optional<String> queueName() {
      return Optional.of(queue);
    }

    @Override
    public String type() {
      return "routeTo";
    }

    @Override
    public String toString() {
      return "route to " + queue;
    }
  }

  /**
   * @param queue where the order waits
   * @param reason why, as a short code ({@code address-unverified})
   */
  record Hold(String queue, String reason) implements Outcome {
    public Hold {
      Checks.requireId(queue, "hold.queue");
      Checks.requireText(reason, "hold.reason");
    }

    @Override
    public Optional<String> queueName() {
      return Optional.of(queue);
    }

    @Override
    public String type() {
      return "hold";
    }

    @Override
    public String toString() {
      return "hold in " + queue + " (" + reason + ")";
    }
  }

  /** @param tag the tag added to the order */
  record Tag(String tag) implements Outcome {
    public Tag {
      Checks.requireId(tag, "tag.tag");
    }

    @Override
    public Optional<String> queueName() {
      return Optional.empty();
    }

    @Override
    public String type() {
      return "tag";
    }

    @Override
    public String toString() {
      return "tag " + tag;
    }
  }

  /**
   * @param flag the flag's name ({@code duplicate-suspect})
   * @param reasons the reasons a reviewer may give to clear it (unmodifiable; empty: none required)
   */
  record Flag(String flag, List<String> reasons) implements Outcome {
    public Flag {
      Checks.requireId(flag, "flag.flag");
      Checks.requireNonNull(reasons, "flag.reasons");
      for (String r : reasons) {
        Checks.requireText(r, "flag.reasons[]");
      }
      reasons = List.copyOf(reasons);
    }

    /** Whether clearing the flag needs a reason. */
    public boolean requiresReason() {
      return !reasons.isEmpty();
    }

    @Override
    public Optional<String> queueName() {
      return Optional.empty();
    }

    @Override
    public String type() {
      return "flag";
    }

    @Override
    public String toString() {
      return "flag " + flag + (reasons.isEmpty() ? "" : " (clear with a reason: " + String.join(" | ", reasons) + ")");
    }
  }

  /** @param queue the queue that decides what happens next ({@code after-sales}) */
  record FreezeShipment(String queue) implements Outcome {
    public FreezeShipment {
      Checks.requireId(queue, "freezeShipment.queue");
    }

    @Override
    public Optional<String> queueName() {
      return Optional.of(queue);
    }

    @Override
    public String type() {
      return "freezeShipment";
    }

    @Override
    public String toString() {
      return "freeze shipment, " + queue + " decides";
    }
  }

  /**
   * @param queue who approves
   * @param approvers how many people must approve, at least one ({@code 2} is a double review)
   * @param escalateAfter when to escalate an approval still pending
   */
  record RequireApproval(String queue, int approvers, Optional<Duration> escalateAfter) implements Outcome {
    public RequireApproval {
      Checks.requireId(queue, "requireApproval.queue");
      Checks.requireArgument(approvers >= 1, "requireApproval.approvers", approvers, "is not at least 1");
      Checks.requireNonNull(escalateAfter, "requireApproval.escalateAfter");
      escalateAfter.ifPresent(d -> Checks.requireArgument(!d.isNegative() && !d.isZero(),
          "requireApproval.escalateAfter", d, "is not positive"));
    }

    @Override
    public Optional<String> queueName() {
      return Optional.of(queue);
    }

    @Override
    public String type() {
      return "requireApproval";
    }

    @Override
    public String toString() {
      return "approval by " + approvers + " in " + queue
          + escalateAfter.map(d -> ", escalate after " + Texts.duration(d)).orElse("");
    }
  }

  /** Skip the normal stock lock. */
  record SkipStockLock() implements Outcome {
    static final SkipStockLock INSTANCE = new SkipStockLock();

    @Override
    public Optional<String> queueName() {
      return Optional.empty();
    }

    @Override
    public String type() {
      return "skipStockLock";
    }

    @Override
    public String toString() {
      return "skip the normal stock lock";
    }
  }
}
