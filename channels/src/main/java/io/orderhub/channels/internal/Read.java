package io.orderhub.channels.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Money;
import io.orderhub.core.Sku;
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
    for (String f : fields) {
      Optional<String> t = n.text(f);
      if (t.isPresent() && !t.get().isBlank()) {
        return t;
      }
    }
    return Optional.empty();
  }

  /** The first present of {@code fields}, checked to be an id (1-128 characters, no control characters). */
  public static Optional<String> id(PayloadNode n, String... fields) {
    for (String f : fields) {
      Optional<String> t = n.text(f).map(String::strip);
      if (t.isPresent() && !t.get().isEmpty() && !t.get().equals("0")) {
        return Optional.of(n.parse(f, t.get(), s -> Sku.of(s).value(), "is not an id (1-128 characters)"));
      }
    }
    return Optional.empty();
  }

  /** Like {@link #id}, failing on the first field's path when none is present. */
  public static String requiredId(PayloadNode n, String... fields) {
    return id(n, fields).orElseThrow(() -> n.missing(fields[0]));
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
    JsonNode child = n.json().get(field);
    if (child == null || child.isNull() || (child.isTextual() && child.textValue().isEmpty())) {
      return Optional.empty();
    }
    if (child.isBigDecimal()) {
      Money exact = fromDecimal(child.decimalValue(), currency);
      if (exact != null) {
        return Optional.of(exact);
      }
    }
    String text = child.isNumber() && !child.isFloatingPointNumber() ? null : child.asText();
    if (child.isIntegralNumber()) {
      return Optional.of(n.parse(field, child.asText(), s -> Money.of(child.decimalValue(), currency),
          "is not a money amount"));
    }
    if (!child.isValueNode() || text == null || !Decimals.isPlain(text.strip())) {
      return n.money(field, currency); // the reference reader names the path and the problem
    }
    return Optional.of(n.parse(field, text, s -> Money.of(new BigDecimal(s.strip()), currency),
        "is not a money amount"));
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
