package io.orderhub.core;

import io.orderhub.core.internal.Checks;
import io.orderhub.core.internal.Decimals;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of money in one currency.
 *
 * <p>The amount always has the currency's number of fraction digits ({@code 12.5 CNY} is held as
 * {@code 12.50}); an amount with more digits than the currency allows is rejected unless the
 * caller names a {@link RoundingMode}. Amounts come from decimal strings ({@code "12.50"}), minor
 * units ({@code 1250} fen) or a {@link BigDecimal}, and never pass through {@code double}: there is
 * deliberately no factory taking one.
 *
 * <p>Arithmetic between different currencies throws {@link CurrencyMismatchException}.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
  /** Chinese yuan, the currency of the domestic platforms. */
  public static final Currency CNY = Currency.getInstance("CNY");

  /**
   * Canonical constructor: the amount is brought to the currency's scale when that is exact.
   *
   * @throws InvalidValueException when the amount has more fraction digits than the currency
   *     allows, or the currency has no fraction digits defined (e.g. {@code XXX})
   */
  public Money {
    Checks.requireNonNull(amount, "amount");
    Checks.requireNonNull(currency, "currency");
    amount = toScale(amount, currency, null);
  }

  /** An amount in minor units: {@code ofMinor(1250, CNY)} is 12.50 CNY. */
  public static Money ofMinor(long minorUnits, Currency currency) {
    Checks.requireNonNull(currency, "currency");
    return new Money(BigDecimal.valueOf(minorUnits, digits(currency)), currency);
  }

  /** An exact amount; see the class comment for the scale rule. */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /** An amount rounded to the currency's scale with {@code rounding}. */
  public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
    Checks.requireNonNull(amount, "amount");
    Checks.requireNonNull(currency, "currency");
    Checks.requireNonNull(rounding, "rounding");
    return new Money(toScale(amount, currency, rounding), currency);
  }

  /**
   * Parses a plain decimal string such as {@code "12.50"}, {@code "12.5"} or {@code " 12.50 "}
   * (outer white space is ignored; no exponent, grouping or currency sign).
   *
   * @throws InvalidValueException naming the text when it is not such a number or is too precise
   */
  public static Money of(String amount, Currency currency) {
    return new Money(parse(amount), currency);
  }

  /** Parses like {@link #of(String, Currency)}, rounding extra digits with {@code rounding}. */
  public static Money of(String amount, Currency currency, RoundingMode rounding) {
    return of(parse(amount), currency, rounding);
  }

  /** Parses like {@link #of(String, Currency)} with an ISO 4217 currency code. */
  public static Money of(String amount, String currencyCode) {
    return of(amount, currency(currencyCode));
  }

  /** An amount in yuan: {@code Money.cny("12.50")}. */
  public static Money cny(String amount) {
    return of(amount, CNY);
  }

  /** Zero in {@code currency}. */
  public static Money zero(Currency currency) {
    return ofMinor(0, currency);
  }

  /**
   * The currency with this ISO 4217 code.
   *
   * @throws InvalidValueException when the code is unknown
   */
  public static Currency currency(String code) {
    Checks.requireNonNull(code, "currency");
    try {
      return Currency.getInstance(code.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("currency", code, "is not an ISO 4217 currency code");
    }
  }

  public Money plus(Money other) {
    requireSameCurrency(other, "add");
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other, "subtract");
    return new Money(amount.subtract(other.amount), currency);
  }

  /** This amount times a quantity, e.g. a unit price times the units ordered. */
  public Money times(long quantity) {
    return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  public Money abs() {
    return amount.signum() < 0 ? negate() : this;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /** The amount in minor units (fen for CNY, cents for USD). */
  public long toMinorUnits() {
    return amount.unscaledValue().longValueExact();
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /** Orders by amount; comparing different currencies throws {@link CurrencyMismatchException}. */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other, "compare");
    return amount.compareTo(other.amount);
  }

  /**
   * Splits this amount into parts proportional to {@code weights} that add up exactly to this
   * amount (largest-remainder method, in minor units). Leftover minor units go to the parts with
   * the largest remainders, ties to the earlier part, so the result is deterministic.
   *
   * @param weights one non-negative weight per part, at least one of them positive
   * @return one amount per weight, in the same order
   */
  public List<Money> allocate(List<BigDecimal> weights) {
    Checks.requireNonNull(weights, "weights");
    Checks.requireArgument(!weights.isEmpty(), "weights", weights, "is empty");
    int scale = 0;
    for (BigDecimal w : weights) {
      Checks.requireNonNull(w, "weights[]");
      Checks.requireArgument(w.signum() >= 0, "weights", weights, "holds a negative weight");
      scale = Math.max(scale, w.scale());
    }
    List<BigInteger> ints = new ArrayList<>(weights.size());
    BigInteger sum = BigInteger.ZERO;
    for (BigDecimal w : weights) {
      BigInteger i = w.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
      ints.add(i);
      sum = sum.add(i);
    }
    Checks.requireArgument(sum.signum() > 0, "weights", weights, "are all zero");
    BigInteger total = amount.unscaledValue().abs();
    if (ints.size() <= SMALL_PARTS && total.bitLength() + sum.bitLength() <= 62) {
      return allocateSmall(total.longValue(), ints, sum.longValue());
    }
    return allocateBig(total, ints, sum);
  }

  /** Parts that {@link #allocate(List)} handles with {@code long}s, when every product fits. */
  private static final int SMALL_PARTS = 64;

  /**
   * {@link #allocateBig} in {@code long} arithmetic, for the usual case (a few lines, amounts far
   * below 2<sup>62</sup>): {@code total × weight} cannot overflow because {@code total × sum} does
   * not. The leftover minor units go to the largest remainders, ties to the earlier part, exactly as
   * there; a property test checks the two agree.
   */
  private List<Money> allocateSmall(long total, List<BigInteger> ints, long sum) {
    int n = ints.size();
    long[] shares = new long[n];
    long[] remainders = new long[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      long product = total * ints.get(i).longValue();
      shares[i] = product / sum;
      remainders[i] = product % sum;
      given += shares[i];
    }
    int left = (int) (total - given); // < n
    for (int k = 0; k < left; k++) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best])) {
          best = i;
        }
      }
      shares[best]++;
      remainders[best] = -1; // taken
    }
    int digits = digits(currency);
    Money[] parts = new Money[n];
    for (int i = 0; i < n; i++) {
      parts[i] = new Money(BigDecimal.valueOf(amount.signum() < 0 ? -shares[i] : shares[i], digits), currency);
    }
    return List.of(parts);
  }

  /** The general case of {@link #allocate(List)}, in {@code BigInteger}s. Package-private for a test. */
  List<Money> allocateBig(BigInteger total, List<BigInteger> ints, BigInteger sum) {
    BigInteger[] shares = new BigInteger[ints.size()];
    BigInteger[] remainders = new BigInteger[ints.size()];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < shares.length; i++) {
      BigInteger[] qr = total.multiply(ints.get(i)).divideAndRemainder(sum);
      shares[i] = qr[0];
      remainders[i] = qr[1];
      given = given.add(qr[0]);
    }
    int left = total.subtract(given).intValueExact(); // < number of parts
    Integer[] order = new Integer[shares.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
        .thenComparing(i -> i));
    for (int k = 0; k < left; k++) {
      shares[order[k]] = shares[order[k]].add(BigInteger.ONE);
    }
    int digits = digits(currency);
    List<Money> parts = new ArrayList<>(shares.length);
    for (BigInteger share : shares) {
      BigInteger signed = amount.signum() < 0 ? share.negate() : share;
      parts.add(new Money(new BigDecimal(signed, digits), currency));
    }
    return Collections.unmodifiableList(parts);
  }

  /** {@link #allocate(List)} with whole-number weights. */
  public List<Money> allocate(long... weights) {
    Checks.requireNonNull(weights, "weights");
    List<BigDecimal> list = new ArrayList<>(weights.length);
    for (long w : weights) {
      list.add(BigDecimal.valueOf(w));
    }
    return allocate(list);
  }

  /** The amount as a plain decimal string with the currency's scale, e.g. {@code "12.50"}. */
  public String toPlainString() {
    return amount.toPlainString();
  }

  /** {@code "12.50 CNY"}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }

  private void requireSameCurrency(Money other, String operation) {
    Checks.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency, operation);
    }
  }

  private static BigDecimal parse(String text) {
    Checks.requireNonNull(text, "amount");
    String t = text.strip();
    if (!Decimals.isPlain(t)) { // [+-]?\d{1,30}(\.\d{1,30})?
      throw new InvalidValueException("amount", text, "is not a decimal amount like 12.50");
    }
    return new BigDecimal(t);
  }

  private static int digits(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new InvalidValueException(
          "currency", currency.getCurrencyCode(), "has no minor unit and cannot hold money");
    }
    return digits;
  }

  private static BigDecimal toScale(
      BigDecimal amount, Currency currency, @Nullable RoundingMode rounding) {
    int digits = digits(currency);
    if (amount.scale() == digits) {
      return amount;
    }
    try {
      return amount.setScale(digits, rounding == null ? RoundingMode.UNNECESSARY : rounding);
    } catch (ArithmeticException e) {
      throw new InvalidValueException(
          "amount",
          amount.toPlainString(),
          "has more than " + digits + " fraction digits for " + currency.getCurrencyCode()
              + " (pass a RoundingMode to round)");
    }
  }
}
