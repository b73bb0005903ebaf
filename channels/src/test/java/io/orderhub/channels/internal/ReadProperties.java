package io.orderhub.channels.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.orderhub.core.Money;
import io.orderhub.core.json.OrderJson;
import io.orderhub.core.json.PayloadNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** {@link Read#optMoney} on JSON decimal numbers agrees with the reference reader {@link PayloadNode#money}. */
class ReadProperties {

  @Property(tries = 2000)
  void decimalNumbersReadLikeTheReferenceReader(
      @ForAll @LongRange(min = -100_000_000_000L, max = 100_000_000_000L) long unscaled,
      @ForAll @IntRange(min = -3, max = 12) int scale,
      @ForAll boolean jpy) {
    Currency currency = jpy ? Currency.getInstance("JPY") : Money.CNY;
    String number = new BigDecimal(BigInteger.valueOf(unscaled), scale).toString();
    PayloadNode n = PayloadNode.root(OrderJson.standard()
        .readTree(("{\"v\":" + number + "}").getBytes(StandardCharsets.UTF_8)));
    readsLike(number, () -> n.money("v", currency), () -> Read.optMoney(n, "v", currency));
  }

  /** {@code read} gives what {@code reference} gives (amount and scale), or fails with the same message. */
  private static void readsLike(String input, Supplier<Optional<Money>> reference, Supplier<Optional<Money>> read) {
    Optional<Money>[] expected = new Optional[1];
    Throwable referenceFailure = catchThrowable(() -> expected[0] = reference.get());
    Optional<Money>[] got = new Optional[1];
    Throwable failure = catchThrowable(() -> got[0] = read.get());
    if (referenceFailure != null) {
      assertThat(failure).as(input).isNotNull().hasMessage(referenceFailure.getMessage());
    } else {
      assertThat(failure).as(input).isNull();
      assertThat(got[0]).as(input).isEqualTo(expected[0]);
      got[0].ifPresent(m -> assertThat(m.amount().scale()).as(input).isEqualTo(expected[0].get().amount().scale()));
    }
  }
  /**
   * Yuan strings (the fast path's shape, and near misses: signs, spaces, dots, long digit runs,
   * too many fraction digits) read the same with and without {@link Read#fromPlainText}: the same
   * amount and scale, or the same failure.
   */
  @Property(tries = 3000)
  void yuanStringsReadLikeWithoutTheFastPath(@ForAll("yuan") String text, @ForAll boolean jpy) {
    Currency currency = jpy ? Currency.getInstance("JPY") : Money.CNY;
    PayloadNode n = PayloadNode.root(OrderJson.standard().readTree(
        ("{\"v\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8)));
    readsLike(text, () -> Read.optMoneyWithoutFastPath(n, "v", currency), () -> Read.optMoney(n, "v", currency));
  }

  @Provide
  Arbitrary<String> yuan() {
    Arbitrary<String> plain = Combinators.combine(
        Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(21),
        Arbitraries.of("", ".", "."),
        Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(4)).as((a, dot, b) -> a + dot + b);
    Arbitrary<String> noisy = Arbitraries.strings().withChars("0123456789.-+ eE").ofMinLength(0).ofMaxLength(22);
    return Arbitraries.oneOf(plain, plain, noisy);
  }
}
