package io.orderhub.channels.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import io.orderhub.core.internal.Checks;
import io.orderhub.core.internal.Decimals;
import io.orderhub.core.json.InvalidPayloadException;
import io.orderhub.core.json.PayloadNode;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Small readers over {@link PayloadNode} used by every adapter. Not API. */
public final class Read {
  private Read() {}

  /** The text of the first of {@code fields} that is present. */
  public static Optional<String> first(PayloadNode n, String... fields) {
    return Optional.ofNullable(firstOrNull(n, fields));
  }

  /** {@link #first} without the {@code Optional}: {@code null} when none is present. */
  public static @Nullable String firstOrNull(PayloadNode n, String... fields) {
    for (String f : fields) {
      String t = n.textOrNull(f);
      if (t != null && !t.isBlank()) {
        return t;
      }
    }
    return null;
  }

  /** The first present of {@code fields}, checked to be an id (1-128 characters, no control characters). */
  public static Optional<String> id(PayloadNode n, String... fields) {
    return Optional.ofNullable(idOrNull(n, fields));
  }

  /** {@link #id} without the {@code Optional}: {@code null} when none is present. */
  public static @Nullable String idOrNull(PayloadNode n, String... fields) {
    for (String f : fields) {
      String t = n.textOrNull(f);
      if (t == null) {
        continue;
      }
      t = t.strip();
      if (!t.isEmpty() && !t.equals("0")) {
        // the check Sku's constructor makes (same field name and problem), without the Sku
        return n.parse(f, t, s -> Checks.requireId(s, "sku"), "is not an id (1-128 characters)");
      }
    }
    return null;
  }

  /** Like {@link #id}, failing on the first field's path when none is present. */
  public static String requiredId(PayloadNode n, String... fields) {
    String id = idOrNull(n, fields);
    if (id == null) {
      throw n.missing(fields[0]);
    }
    return id;
  }

  /**
   * The value of {@code field} among the status fields handed to {@code statusOf}.
   *
   * @throws InvalidPayloadException naming {@code $.field} when it is missing
   */
  public static String statusField(Map<String, String> statusFields, String field) {
    String value = statusFields.get(field);
    if (value == null) {
      throw new InvalidPayloadException("$." + field, null, "is required");
    }
    return value;
  }

  /** A required amount in major units (yuan strings or numbers). */
  public static Money money(PayloadNode n, String field, Currency currency) {
    return optMoney(n, field, currency).orElseThrow(() -> n.missing(field));
  }

  /**
   * An amount in major units: a JSON number, or a plain decimal string ({@code "12.50"}, outer
   * spaces ignored, no exponent); empty when absent. Same rules as {@link PayloadNode#money}, read
   * without a regular expression.
   */
  public static Optional<Money> optMoney(PayloadNode n, String field, Currency currency) {
    return Optional.ofNullable(moneyOrNull(n, field, currency));
  }

  /** {@link #optMoney} without the {@code Optional}: {@code null} when absent. */
  public static @Nullable Money moneyOrNull(PayloadNode n, String field, Currency currency) {
    JsonNode child = n.json().get(field);
    if (child == null || child.isNull() || (child.isTextual() && child.textValue().isEmpty())) {
      return null;
    }
    if (child.isTextual()) {
      Money fast = fromPlainText(child.textValue(), currency);
      if (fast != null) {
        return fast;
      }
    }
    return textOrNumber(n, field, child, currency);
  }

  /**
   * The common yuan string, {@code \d{1,18}(\.\d{1,s})?} with {@code s} the currency's fraction
   * digits, read straight into {@code BigDecimal.valueOf(unscaled, scale)}: the same value and scale
   * {@code new BigDecimal(text)} gives, without copying the text into a {@code char[]}, and one that
   * {@link Money} accepts as it is (so nothing here can fail). {@code null} for any other text (a
   * sign, spaces, more digits, an exponent, garbage), which the reference path then reads or rejects
   * exactly as before (a property test checks they agree).
   */
  static @Nullable Money fromPlainText(String s, Currency currency) {
    int n = s.length();
    long unscaled = 0;
    int digits = 0;
    int i = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      unscaled = unscaled * 10 + (c - '0');
      digits++;
    }
    if (digits == 0) {
      return null;
    }
    int scale = 0;
    if (i < n) {
      if (s.charAt(i) != '.') {
        return null;
      }
      for (i++; i < n; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return null;
        }
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        scale++;
      }
      if (scale == 0) {
        return null;
      }
    }
    if (digits > 18 || scale > currency.getDefaultFractionDigits()) {
      return null;
    }
    return Money.of(BigDecimal.valueOf(unscaled, scale), currency);
  }

  /** {@link #optMoney} without the {@link #fromPlainText} fast path: what the tests compare it with. */
  static Optional<Money> optMoneyWithoutFastPath(PayloadNode n, String field, Currency currency) {
    JsonNode child = n.json().get(field);
    if (child == null || child.isNull() || (child.isTextual() && child.textValue().isEmpty())) {
      return Optional.empty();
    }
    return Optional.ofNullable(textOrNumber(n, field, child, currency));
  }

  private static @Nullable Money textOrNumber(PayloadNode n, String field, JsonNode child, Currency currency) {
    if (child.isBigDecimal()) {
      Money exact = fromDecimal(child.decimalValue(), currency);
      if (exact != null) {
        return exact;
      }
    }
    String text = child.isNumber() && !child.isFloatingPointNumber() ? null : child.asText();
    if (child.isIntegralNumber()) {
      return n.parse(field, child.asText(), s -> Money.of(child.decimalValue(), currency),
          "is not a money amount");
    }
    if (!child.isValueNode() || text == null || !Decimals.isPlain(text.strip())) {
      return n.money(field, currency).orElse(null); // the reference reader names the path and the problem
    }
    return n.parse(field, text, s -> Money.of(new BigDecimal(s.strip()), currency), "is not a money amount");
  }

  /**
   * A JSON decimal number as money, read from the parsed {@link BigDecimal} instead of its text,
   * when the text path below would accept it: its plain form has at most 30 integer and 30 fraction
   * digits and no exponent ({@link BigDecimal#toString} writes an exponent below 1E-6), and it fits
   * the currency's scale. {@code null} otherwise, and the text path then reads it or names the
   * problem exactly as before.
   */
  private static @Nullable Money fromDecimal(BigDecimal d, Currency currency) {
    int scale = d.scale();
    int adjusted = d.precision() - scale - 1;
    if (scale < 0 || scale > 30 || adjusted >= 30 || adjusted < -6
        || scale > currency.getDefaultFractionDigits()) {
      return null;
    }
    return Money.of(d, currency);
  }

  /** A required amount in minor units (fen). */
  public static Money minor(PayloadNode n, String field, Currency currency) {
    return n.minorUnits(field, currency).orElseThrow(() -> n.missing(field));
  }

  /** Runs {@code build} (an address, buyer, ...) and reports a model error at {@code n}'s path. */
  public static <T> T at(PayloadNode n, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      throw new InvalidPayloadException(n.path(), e.value(), e.field() + " " + e.problem(), e);
    }
  }
}
