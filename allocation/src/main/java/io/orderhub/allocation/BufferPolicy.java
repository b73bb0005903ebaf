package io.orderhub.allocation;

import io.orderhub.core.Sku;
import io.orderhub.core.WarehouseId;
import io.orderhub.core.internal.Checks;
import java.util.HashMap;
import java.util.Map;

/**
 * Which {@link StockBuffer} applies to a stock position. The most specific setting wins: a
 * position's own buffer, then the SKU's, then the warehouse's, then the default ({@link
 * StockBuffer#DEFAULT}, 95 %). Immutable.
 */
public final class BufferPolicy {
  private static final BufferPolicy DEFAULTS = builder().build();

  private final StockBuffer defaultBuffer;
  private final Map<Sku, StockBuffer> perSku;
  private final Map<WarehouseId, StockBuffer> perWarehouse;
  private final Map<StockKey, StockBuffer> perPosition;

  private BufferPolicy(Builder b) {
    this.defaultBuffer = b.defaultBuffer;
    this.perSku = Map.copyOf(b.perSku);
    this.perWarehouse = Map.copyOf(b.perWarehouse);
    this.perPosition = Map.copyOf(b.perPosition);
  }

  /** 95 % of the stock on hand sellable everywhere. */
  public static BufferPolicy ofDefaults() {
    return DEFAULTS;
  }

  /** One buffer everywhere. */
  public static BufferPolicy of(StockBuffer buffer) {
    return builder().defaultBuffer(buffer).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The buffer that applies to {@code sku} in {@code warehouse}. */
  public StockBuffer bufferFor(WarehouseId warehouse, Sku sku) {
    if (isUniform()) {
      return defaultBuffer;
    }
    return bufferFor(new StockKey(warehouse, sku));
  }

  /** The buffer that applies at {@code key}. */
  public StockBuffer bufferFor(StockKey key) {
    if (!perPosition.isEmpty()) {
      StockBuffer b = perPosition.get(key);
      if (b != null) {
        return b;
      }
    }
    if (!perSku.isEmpty()) {
      StockBuffer b = perSku.get(key.sku());
      if (b != null) {
        return b;
      }
    }
    if (!perWarehouse.isEmpty()) {
      StockBuffer b = perWarehouse.get(key.warehouse());
      if (b != null) {
        return b;
      }
    }
    return defaultBuffer;
  }

  /** Whether {@link #defaultBuffer()} applies everywhere (nothing set per SKU, warehouse or position). */
  public boolean isUniform() {
    return perPosition.isEmpty() && perSku.isEmpty() && perWarehouse.isEmpty();
  }

  /** The buffer used where nothing more specific is set. */
  public StockBuffer defaultBuffer() {
    return defaultBuffer;
  }

  @Override
  public String toString() {
    return "BufferPolicy[default=" + defaultBuffer + ", skus=" + perSku + ", warehouses=" + perWarehouse
        + ", positions=" + perPosition + "]";
  }

  /** Builds a {@link BufferPolicy}; setting the same SKU, warehouse or position twice is an error. */
  public static final class Builder {
    private StockBuffer defaultBuffer = StockBuffer.DEFAULT;
    private final Map<Sku, StockBuffer> perSku = new HashMap<>();
    private final Map<WarehouseId, StockBuffer> perWarehouse = new HashMap<>();
    private final Map<StockKey, StockBuffer> perPosition = new HashMap<>();

    private Builder() {}

    public Builder defaultBuffer(StockBuffer buffer) {
      this.defaultBuffer = Checks.requireNonNull(buffer, "buffers.default");
      return this;
    }

    /** The buffer of {@code sku} in every warehouse (unless set for a position). */
    public Builder sku(Sku sku, StockBuffer buffer) {
      put(perSku, Checks.requireNonNull(sku, "buffers.sku"), buffer, "buffers.sku");
      return this;
    }

    /** The buffer of every SKU in {@code warehouse} (unless set for the SKU or the position). */
    public Builder warehouse(WarehouseId warehouse, StockBuffer buffer) {
      put(perWarehouse, Checks.requireNonNull(warehouse, "buffers.warehouse"), buffer, "buffers.warehouse");
      return this;
    }

    /** The buffer of one position. */
    public Builder position(StockKey key, StockBuffer buffer) {
      put(perPosition, Checks.requireNonNull(key, "buffers.position"), buffer, "buffers.position");
      return this;
    }

    private static <K> void put(Map<K, StockBuffer> map, K key, StockBuffer buffer, String field) {
      Checks.requireNonNull(buffer, field + "[" + key + "]");
      Checks.requireArgument(!map.containsKey(key), field, key, "is set twice");
      map.put(key, buffer);
    }

    public BufferPolicy build() {
      return new BufferPolicy(this);
    }
  }
}
