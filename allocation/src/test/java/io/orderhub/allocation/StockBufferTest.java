package io.orderhub.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import org.junit.jupiter.api.Test;

class StockBufferTest {
  @Test
  void ratioFloorsTheCapacity() {
    assertThat(StockBuffer.DEFAULT.capacity(100)).isEqualTo(95);
    assertThat(StockBuffer.DEFAULT.capacity(19)).isEqualTo(18); // 18.05 -> 18
    assertThat(StockBuffer.DEFAULT.capacity(1)).isZero();
    assertThat(StockBuffer.ratio("0.333333").capacity(3)).isEqualTo(0); // 0.999999 -> 0
    assertThat(StockBuffer.NONE.capacity(7)).isEqualTo(7);
    assertThat(StockBuffer.DEFAULT.capacity(StockLevel.MAX_QUANTITY)).isEqualTo(950_000_000_000L);
  }

  @Test
  void safetyStockHoldsUnitsBackButNeverGoesNegative() {
    assertThat(StockBuffer.safetyStock(5).capacity(12)).isEqualTo(7);
    assertThat(StockBuffer.safetyStock(5).capacity(3)).isZero();
  }

  @Test
  void badBuffersNameTheFieldAndValue() {
    assertThatThrownBy(() -> StockBuffer.ratio("1.2")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("buffer.ratio").hasMessageContaining("1.2");
    assertThatThrownBy(() -> StockBuffer.ratio("0")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> StockBuffer.ratio("0.1234567")).hasMessageContaining("6 decimal places");
    assertThatThrownBy(() -> StockBuffer.ratio("abc")).hasMessageContaining("not a decimal");
    assertThatThrownBy(() -> StockBuffer.safetyStock(-1)).hasMessageContaining("buffer.safetyStock");
  }

  @Test
  void theMostSpecificBufferWins() {
    WarehouseId hz = WarehouseId.of("HZ");
    WarehouseId gz = WarehouseId.of("GZ");
    Sku tea = Sku.of("TEA");
    Sku cup = Sku.of("CUP");
    BufferPolicy p = BufferPolicy.builder().defaultBuffer(StockBuffer.ratio("0.9"))
        .warehouse(hz, StockBuffer.safetyStock(1))
        .sku(tea, StockBuffer.safetyStock(2))
        .position(StockKey.of(hz, tea), StockBuffer.safetyStock(3))
        .build();
    assertThat(p.bufferFor(StockKey.of(hz, tea))).isEqualTo(StockBuffer.safetyStock(3));
    assertThat(p.bufferFor(StockKey.of(gz, tea))).isEqualTo(StockBuffer.safetyStock(2));
    assertThat(p.bufferFor(StockKey.of(hz, cup))).isEqualTo(StockBuffer.safetyStock(1));
    assertThat(p.bufferFor(StockKey.of(gz, cup))).isEqualTo(StockBuffer.ratio("0.9"));
    assertThat(BufferPolicy.ofDefaults().bufferFor(StockKey.of(gz, cup))).isEqualTo(StockBuffer.DEFAULT);
  }

  @Test
  void settingABufferTwiceIsAnError() {
    assertThatThrownBy(() -> BufferPolicy.builder().sku(Sku.of("A"), StockBuffer.NONE).sku(Sku.of("A"),
        StockBuffer.NONE)).isInstanceOf(InvalidValueException.class).hasMessageContaining("set twice");
  }
}
