package io.orderhub.channels;

import io.orderhub.channels.douyin.DouyinAdapter;
import io.orderhub.channels.jd.JdAdapter;
import io.orderhub.channels.pinduoduo.PinduoduoAdapter;
import io.orderhub.channels.shopify.ShopifyAdapter;
import io.orderhub.channels.spi.ChannelAdapter;
import io.orderhub.channels.taobao.TaobaoAdapter;
import io.orderhub.channels.woocommerce.WooCommerceAdapter;
import io.orderhub.core.ChannelId;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Order;
import io.orderhub.core.internal.Checks;
import io.orderhub.core.json.InvalidPayloadException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * The adapters a host uses, one per channel. Built once and shared (immutable, thread-safe):
 *
 * <pre>{@code
 * Channels channels = Channels.builder()
 *     .registerBuiltIns()                 // Taobao, Tmall, JD, Douyin, Pinduoduo, Shopify, WooCommerce
 *     .register(new MyMiniProgramAdapter())
 *     .build();
 * Order order = channels.normalize(ChannelId.JD, rawBytes);
 * }</pre>
 *
 * Adapters are found by explicit registration; {@link Builder#discover(ClassLoader)} adds those
 * declared through {@link ServiceLoader} only when the host asks. There is no global registry.
 */
public final class Channels {
  private final Map<ChannelId, ChannelAdapter> adapters;

  private Channels(Map<ChannelId, ChannelAdapter> adapters) {
    this.adapters = Collections.unmodifiableMap(new TreeMap<>(adapters));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every built-in adapter and nothing else. */
  public static Channels builtIns() {
    return builder().registerBuiltIns().build();
  }

  /**
   * New instances of the built-in adapters: Taobao, Tmall, JD, Douyin (without push verification,
   * which needs the app key: register {@code new DouyinAdapter(appKey)} for it), Pinduoduo, Shopify,
   * WooCommerce (site times in UTC).
   */
  public static List<ChannelAdapter> builtInAdapters() {
    return List.of(TaobaoAdapter.taobao(), TaobaoAdapter.tmall(), new JdAdapter(), new DouyinAdapter(),
        new PinduoduoAdapter(), new ShopifyAdapter(), new WooCommerceAdapter());
  }

  /** The registered channels, sorted. */
  public Set<ChannelId> channels() {
    return adapters.keySet();
  }

  /** The adapter of {@code channel}, if one is registered. */
  public Optional<ChannelAdapter> adapter(ChannelId channel) {
    return Optional.ofNullable(adapters.get(channel));
  }

  /**
   * The adapter of {@code channel}.
   *
   * @throws UnknownChannelException when none is registered
   */
  public ChannelAdapter require(ChannelId channel) {
    ChannelAdapter a = adapters.get(Checks.requireNonNull(channel, "channel"));
    if (a == null) {
      throw new UnknownChannelException(channel, adapters.keySet());
    }
    return a;
  }

  /**
   * Normalises one payload with the channel's adapter.
   *
   * @throws PayloadException with the channel, path, value and raw bytes when the payload cannot be
   *     read, whatever the adapter threw ({@link InvalidPayloadException} or a model {@link
   *     InvalidValueException})
   * @throws UnknownChannelException when no adapter is registered for {@code channel}
   */
  public Order normalize(ChannelId channel, byte[] payload) {
    ChannelAdapter adapter = require(channel);
    Checks.requireNonNull(payload, "payload");
    try {
      return adapter.normalize(payload);
    } catch (PayloadException e) {
      throw e;
    } catch (InvalidPayloadException e) {
      throw new PayloadException(channel, payload, e);
    } catch (InvalidValueException e) {
      throw new PayloadException(channel, payload,
          new InvalidPayloadException("$", e.value(), e.field() + " " + e.problem(), e));
    }
  }

  @Override
  public String toString() {
    return "Channels" + adapters.keySet();
  }

  /** Builds {@link Channels}; registering a channel twice is an error. */
  public static final class Builder {
    private final Map<ChannelId, ChannelAdapter> adapters = new TreeMap<>();

    private Builder() {}

    /**
     * Adds {@code adapter} for its channel.
     *
     * @throws InvalidValueException when the channel already has an adapter
     */
    public Builder register(ChannelAdapter adapter) {
      Checks.requireNonNull(adapter, "adapter");
      ChannelId id = Checks.requireNonNull(adapter.channel(), "adapter.channel");
      Checks.requireArgument(!adapters.containsKey(id), "adapter", id.value(),
          "is registered twice (already " + adapters.get(id) + ")");
      adapters.put(id, adapter);
      return this;
    }

    /** Adds every adapter of {@link #builtInAdapters()}. */
    public Builder registerBuiltIns() {
      builtInAdapters().forEach(this::register);
      return this;
    }

    /**
     * Adds the adapters declared in {@code META-INF/services/io.orderhub.channels.spi.ChannelAdapter}
     * visible to {@code loader}, in the order found. Only on the host's request: nothing is
     * discovered otherwise.
     *
     * @throws InvalidValueException when a discovered adapter's channel is already registered
     */
    public Builder discover(ClassLoader loader) {
      Checks.requireNonNull(loader, "loader");
      for (ChannelAdapter a : ServiceLoader.load(ChannelAdapter.class, loader)) {
        register(a);
      }
      return this;
    }

    public Channels build() {
      return new Channels(adapters);
    }
  }
}
