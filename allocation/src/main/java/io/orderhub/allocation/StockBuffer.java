package io.orderhub.allocation;

import io.orderhub.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How much of the stock on hand may be sold: either a ratio ({@code sellable = floor(onHand × ratio)
 * − reserved}, 0.95 by default) or a fixed safety stock ({@code sellable = onHand − safety −
 * reserved}). Immutable; the arithmetic is exact (the ratio is kept in millionths, never a {@code
 * double}).
 */
public final class StockBuffer {
  private static final long MICROS = 1_000_000L;

  /** The default buffer: 95 % of the stock on hand is sellable. */
  public static final StockBuffer DEFAULT = ratio(new BigDecimal("0.95"));
  /** No buffer: everything on hand is sellable. */
  public static final StockBuffer NONE = ratio(BigDecimal.ONE);

  private final @Nullable BigDecimal ratio;
  private final long ratioMicros;
  private final long safetyStock;

  private StockBuffer(@Nullable BigDecimal ratio, long ratioMicros, long safetyStock) {
    this.ratio = ratio;
    this.ratioMicros = ratioMicros;
    this.safetyStock = safetyStock;
  }

  /**
   * A ratio buffer.
   *
   * @param ratio greater than 0, at most 1, at most 6 decimal places
   * @throws io.orderhub.core.InvalidValueException naming {@code buffer.ratio} otherwise
   */
  public static StockBuffer ratio(BigDecimal ratio) {
    Checks.requireNonNull(ratio, "buffer.ratio");
    Checks.requireArgument(ratio.signum() > 0 && ratio.compareTo(BigDecimal.ONE) <= 0,
        "buffer.ratio", ratio.toPlainString(), "is not in (0, 1]");
    BigDecimal micros = ratio.movePointRight(6);
    Checks.requireArgument(micros.stripTrailingZeros().scale() <= 0,
        "buffer.ratio", ratio.toPlainString(), "has more than 6 decimal places");
    return new StockBuffer(ratio.stripTrailingZeros(), micros.longValueExact(), 0);
  }

  /** A ratio buffer from its decimal text, e.g. {@code "0.95"}. */
  public static StockBuffer ratio(String ratio) {
    Checks.requireNonNull(ratio, "buffer.ratio");
    try {
      return ratio(new BigDecimal(ratio.strip()));
    } catch (NumberFormatException e) {
      throw new io.orderhub.core.InvalidValueException("buffer.ratio", ratio, "is not a decimal number");
    }
  }

  /**
   * A fixed safety stock.
   *
   * @param units zero or more units held back
   */
  public static StockBuffer safetyStock(long units) {
    Checks.requireArgument(units >= 0 && units <= StockLevel.MAX_QUANTITY, "buffer.safetyStock", units,
        "is not in 0.." + StockLevel.MAX_QUANTITY);
    return new StockBuffer(null, 0, units);
  }

  /** The ratio, when this is a ratio buffer. */
  public Optional<BigDecimal> ratio() {
    return Optional.ofNullable(ratio);
  }

  /** The units held back, when this is a safety-stock buffer (0 for a ratio buffer). */
  public long safetyStock() {
    return safetyStock;
  }

  /**
   * Units that may be sold or reserved out of {@code onHand} before counting reservations: {@code
   * floor(onHand × ratio)} or {@code max(0, onHand − safetyStock)}.
   *
   * @param onHand 0 to {@link StockLevel#MAX_QUANTITY}
   */
  public long capacity(long onHand) {
    if (ratio != null) {
      return Math.multiplyExact(onHand, ratioMicros) / MICROS;
    }
    return Math.max(0, onHand - safetyStock);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StockBuffer
        && ((StockBuffer) o).ratioMicros == ratioMicros
        && ((StockBuffer) o).safetyStock == safetyStock
        && (((StockBuffer) o).ratio == null) == (ratio == null);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(ratioMicros) * 31 + Long.hashCode(safetyStock);
  }

  @Override
  public String toString() {
    return ratio != null ? "ratio " + ratio.toPlainString() : "safety stock " + safetyStock;
  }
}
