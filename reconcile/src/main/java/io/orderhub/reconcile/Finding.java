package io.orderhub.reconcile;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import io.orderhub.core.internal.Checks;
import java.time.Duration;

/**
 * One reason an order did not match, with the amounts finance needs to act on it without opening
 * the bills.
 *
 * @param reason the typed reason
 * @param side the side that is missing something or disagrees
 * @param expected what that side should show (e.g. the paid amount a settlement should carry)
 * @param actual what it shows (zero when the side is missing)
 * @param difference {@code actual - expected}
 * @param outsideBy for {@link Reason#OUTSIDE_TIME_WINDOW}, how far the record is outside its window;
 *     {@link Duration#ZERO} otherwise
 * @param message one sentence saying which side is missing what, with the amounts
 */
public record Finding(
    Reason reason, Source side, Money expected, Money actual, Money difference, Duration outsideBy, String message) {

  /** Validates the components; {@code difference} must be {@code actual - expected}. */
  public Finding {
    Checks.requireNonNull(reason, "reason");
    Checks.requireNonNull(side, "side");
    Checks.requireNonNull(expected, "expected");
    Checks.requireNonNull(actual, "actual");
    Checks.requireNonNull(difference, "difference");
    Checks.requireNonNull(outsideBy, "outsideBy");
    Checks.requireText(message, "message");
    if (!actual.minus(expected).equals(difference)) {
      throw new InvalidValueException("difference", difference, "is not actual - expected (" + actual.minus(expected) + ")");
    }
    Checks.requireArgument(!outsideBy.isNegative(), "outsideBy", outsideBy, "is negative");
  }

  /** A finding about amounts: the difference is computed. */
  public static Finding of(Reason reason, Source side, Money expected, Money actual, String message) {
    return new Finding(reason, side, expected, actual, actual.minus(expected), Duration.ZERO, message);
  }

  /**
   * The money at stake: the absolute difference, or for a finding without one (a record outside its
   * time window) the amount concerned.
   */
  public Money amountAtStake() {
    return difference.isZero() ? expected.abs() : difference.abs();
  }
}
