package io.orderhub.rules.internal;

import io.orderhub.core.internal.Checks;
import io.orderhub.rules.EvaluationContext;
import io.orderhub.rules.Explanation;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The buyer asked for a refund no later than {@code afterPayment} after paying (refund time from
 * the order's history, payment time from the order). A value object (equal when the durations
 * are); its description is made once.
 */
public final class RefundWithin extends ValueCondition {
  private final Duration afterPayment;

  /** @param afterPayment the longest time between payment and refund request that counts as fast */
  public RefundWithin(Duration afterPayment) {
    super("refund requested within " + Texts.duration(checked(afterPayment)) + " of payment", afterPayment);
    this.afterPayment = afterPayment;
  }

  private static Duration checked(Duration afterPayment) {
    Checks.requireNonNull(afterPayment, "afterPayment");
    Checks.requireArgument(!afterPayment.isNegative() && !afterPayment.isZero(), "afterPayment", afterPayment,
        "is not positive");
    return afterPayment;
  }

  /** The longest time between payment and refund request that counts as fast. */
  public Duration afterPayment() {
    return afterPayment;
  }

  private static Optional<Duration> gap(EvaluationContext context) {
    Optional<Instant> paid = context.order().paidAt();
    Optional<Instant> refund = context.history().refundRequestedAt();
    if (paid.isEmpty() || refund.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(paid.get(), refund.get()));
  }

  @Override
  public boolean test(EvaluationContext context) {
    Optional<Instant> refund = context.history().refundRequestedAt();
    if (refund.isEmpty()) { // most orders: asked first, it is the cheaper question
      return false;
    }
    Optional<Instant> paid = context.order().paidAt();
    if (paid.isEmpty()) {
      return false;
    }
    Duration gap = Duration.between(paid.get(), refund.get());
    return !gap.isNegative() && gap.compareTo(afterPayment) <= 0;
  }

  @Override
  public Explanation explain(EvaluationContext context) {
    if (context.order().paidAt().isEmpty()) {
      return Explanation.leaf(description(), false, "not paid");
    }
    if (context.history().refundRequestedAt().isEmpty()) {
      return Explanation.leaf(description(), false, "no refund requested");
    }
    Duration gap = gap(context).orElseThrow();
    return Explanation.leaf(description(), test(context), Texts.duration(gap) + " after payment");
  }
}
