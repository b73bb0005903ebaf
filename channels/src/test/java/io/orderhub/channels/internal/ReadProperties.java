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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
    Optional<Money>[] expected = new Optional[1];
    Throwable referenceFailure = catchThrowable(() -> expected[0] = n.money("v", currency));
    Optional<Money>[] got = new Optional[1];
    Throwable failure = catchThrowable(() -> got[0] = Read.optMoney(n, "v", currency));
    if (referenceFailure != null) {
      assertThat(failure).as(number).isNotNull().hasMessage(referenceFailure.getMessage());
    } else {
      assertThat(failure).as(number).isNull();
      assertThat(got[0]).as(number).isEqualTo(expected[0]);
    }
  }
}
