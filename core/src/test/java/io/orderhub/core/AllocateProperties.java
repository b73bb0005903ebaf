package io.orderhub.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/** The {@code long} fast path of {@link Money#allocate(List)} agrees with the {@code BigInteger} one. */
class AllocateProperties {

  @Property(tries = 1000)
  void longPathAgreesWithBigIntegerPath(
      @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long minor,
      @ForAll @Size(min = 1, max = 20) List<@BigRange(min = "0", max = "100000") @Scale(3) BigDecimal> weights,
      @ForAll @IntRange(min = 0, max = 3) int tieHeavy) {
    List<BigDecimal> ws = new ArrayList<>(weights);
    if (tieHeavy > 0) { // many equal remainders: the ties must go to the earlier part in both paths
      ws.replaceAll(w -> w.setScale(0, RoundingMode.DOWN).remainder(BigDecimal.valueOf(tieHeavy + 1)));
    }
    if (ws.stream().allMatch(w -> w.signum() == 0)) {
      ws.set(0, BigDecimal.ONE);
    }
    Money total = Money.ofMinor(minor, Money.CNY);
    int scale = ws.stream().mapToInt(BigDecimal::scale).max().orElse(0);
    List<BigInteger> ints = new ArrayList<>();
    BigInteger sum = BigInteger.ZERO;
    for (BigDecimal w : ws) {
      BigInteger i = w.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
      ints.add(i);
      sum = sum.add(i);
    }
    List<Money> big = total.allocateBig(total.amount().unscaledValue().abs(), ints, sum);
    assertThat(total.allocate(ws)).isEqualTo(big);
  }
}
