package io.orderhub.reconcile.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class PlainAmountProperties {

  @Property(tries = 2000)
  void writesWhatToPlainStringWrites(
      @ForAll @LongRange(min = -999_999_999_999_999_999L, max = 999_999_999_999_999_999L) long unscaled,
      @ForAll @IntRange(min = 0, max = 18) int scale) {
    BigDecimal amount = BigDecimal.valueOf(unscaled, scale);
    char[] buf = PlainAmount.buffer();
    int start = PlainAmount.write(amount, buf);
    assertThat(new String(buf, start, buf.length - start)).isEqualTo(amount.toPlainString());
  }

  @Example
  void theShapesBillsHold() {
    for (String s : new String[] {"0.00", "0.05", "-0.05", "12.50", "-12.50", "1500", "0", "-7", "100.00"}) {
      char[] buf = PlainAmount.buffer();
      int start = PlainAmount.write(new BigDecimal(s), buf);
      assertThat(new String(buf, start, buf.length - start)).isEqualTo(s);
    }
  }

  @Example
  void amountsBeyondEighteenDigitsOrWithANegativeScaleAreLeftToToPlainString() {
    char[] buf = PlainAmount.buffer();
    assertThat(PlainAmount.write(new BigDecimal("1234567890123456789.00"), buf)).isEqualTo(-1);
    assertThat(PlainAmount.write(new BigDecimal(BigInteger.valueOf(Long.MIN_VALUE), 2), buf)).isEqualTo(-1);
    assertThat(PlainAmount.write(new BigDecimal("1E+3"), buf)).isEqualTo(-1);
    assertThat(PlainAmount.write(new BigDecimal("999999999999999999"), buf)).isEqualTo(buf.length - 18);
  }
}
