package io.orderhub.rules;

import io.orderhub.core.Money;
import io.orderhub.core.Sku;
import io.orderhub.core.internal.Checks;
import io.orderhub.rules.internal.AddressMissing;
import io.orderhub.rules.internal.DetailContains;
import io.orderhub.rules.internal.GeocodeBelow;
import io.orderhub.rules.internal.PaidAbove;
import io.orderhub.rules.internal.RefundWithin;
import io.orderhub.rules.internal.SkuIn;
import io.orderhub.rules.internal.Tagged;
import io.orderhub.rules.internal.VelocityAbove;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The typed built-in conditions. Each is a value object (equal when its parameters are), has a
 * JSON form in rule files (see {@link RuleSetJson}) and explains itself with the actual value it
 * looked at.
 */
public final class Conditions {
  private Conditions() {}

  /** The shipping address detail contains one of {@code words} (JSON {@code addressDetailContains}). */
  public static Condition addressDetailContainsAny(Collection<String> words) {
    return new DetailContains(new ArrayList<>(Checks.requireNonNull(words, "words")));
  }

  /** The shipping address misses one of {@code parts}, or there is none (JSON {@code addressMissing}). */
  public static Condition addressMissingAny(Set<AddressPart> parts) {
    return new AddressMissing(parts);
  }

  /**
   * More than {@code threshold} orders share one of this order's keys in {@code dimension} within
   * {@code window} (JSON {@code velocityCount}). The order itself counts once the {@link RuleRunner}
   * (or the host) has recorded it.
   */
  public static Condition velocityCountAbove(VelocityDimension dimension, Duration window, long threshold) {
    return new VelocityAbove(dimension, window, threshold, VelocityAbove.Measure.COUNT);
  }

  /** Like {@link #velocityCountAbove} with the sum of amounts (units) instead of the count (JSON {@code velocitySum}). */
  public static Condition velocitySumAbove(VelocityDimension dimension, Duration window, long threshold) {
    return new VelocityAbove(dimension, window, threshold, VelocityAbove.Measure.SUM);
  }

  /** The buyer asked for a refund within {@code afterPayment} of paying (JSON {@code refundRequestedWithin}). */
  public static Condition refundRequestedWithin(Duration afterPayment) {
    return new RefundWithin(afterPayment);
  }

  /** A line of the order carries {@code tag} (JSON {@code lineTagged}). */
  public static Condition anyLineTagged(String tag) {
    return new Tagged(tag, true);
  }

  /** The order carries {@code tag} (JSON {@code orderTagged}). */
  public static Condition orderTagged(String tag) {
    return new Tagged(tag, false);
  }

  /** A line's SKU is one of {@code skus}; an empty list matches nothing (JSON {@code skuIn}). */
  public static Condition anySkuIn(Collection<Sku> skus) {
    return new SkuIn(new HashSet<>(Checks.requireNonNull(skus, "skus")));
  }

  /** The host's geocoder is less confident than {@code threshold} (JSON {@code geocodeConfidenceBelow}). */
  public static Condition geocodeConfidenceBelow(double threshold) {
    return new GeocodeBelow(threshold);
  }

  /** The paid amount exceeds {@code threshold}, in the same currency (JSON {@code paidAbove}). */
  public static Condition paidAbove(Money threshold) {
    return new PaidAbove(threshold);
  }
}
