package io.orderhub.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.channels.jd.JdAdapter;
import io.orderhub.channels.spi.ChannelAdapter;
import io.orderhub.channels.spi.ChannelTransport;
import io.orderhub.channels.spi.FetchCursor;
import io.orderhub.channels.spi.Tracking;
import io.orderhub.channels.spi.UnsupportedChannelOperationException;
import io.orderhub.core.ChannelId;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.Order;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelsTest {

  /** A custom platform adapter, as an integrator would write it (also found through ServiceLoader). */
  public static final class MiniShopAdapter implements ChannelAdapter {
    @Override
    public ChannelId channel() {
      return ChannelId.of("mini-shop");
    }

    @Override
    public Order normalize(byte[] payload) {
      throw new InvalidValueException("externalId", new String(payload, StandardCharsets.UTF_8), "is not an id");
    }
  }

  @Test
  void builtInsCoverEverySupportedChannel() {
    assertThat(Channels.builtIns().channels()).containsExactlyInAnyOrder(ChannelId.TAOBAO, ChannelId.TMALL,
        ChannelId.JD, ChannelId.DOUYIN, ChannelId.PINDUODUO, ChannelId.SHOPIFY, ChannelId.WOOCOMMERCE);
  }

  @Test
  void registeringAChannelTwiceFailsNamingIt() {
    assertThatThrownBy(() -> Channels.builder().register(new JdAdapter()).register(new JdAdapter()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("jd").hasMessageContaining("twice");
  }

  @Test
  void anUnknownChannelIsATypedFailure() {
    Channels channels = Channels.builder().register(new JdAdapter()).build();

    assertThat(channels.adapter(ChannelId.SHOPIFY)).isEmpty();
    assertThatThrownBy(() -> channels.normalize(ChannelId.SHOPIFY, new byte[0]))
        .isInstanceOfSatisfying(UnknownChannelException.class, e -> assertThat(e.channel()).isEqualTo(ChannelId.SHOPIFY));
  }

  @Test
  void aFailureCarriesTheChannelPathValueAndRawBytes() {
    byte[] raw = "{\"orderId\":\"1\",\"orderState\":\"LOCKED\"}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Channels.builtIns().normalize(ChannelId.JD, raw))
        .isInstanceOfSatisfying(PayloadException.class, e -> {
          assertThat(e.channel()).isEqualTo(ChannelId.JD);
          assertThat(e.path()).isEqualTo("$.orderStartTime");
          assertThat(e.rawPayload()).isEqualTo(raw);
          assertThat(e.getMessage()).startsWith("jd: $.orderStartTime");
        });
  }

  @Test
  void aModelErrorFromACustomAdapterIsWrappedToo() {
    Channels channels = Channels.builder().register(new MiniShopAdapter()).build();

    assertThatThrownBy(() -> channels.normalize(ChannelId.of("mini-shop"), "x".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(PayloadException.class, e -> assertThat(e.value()).isEqualTo("x"));
  }

  @Test
  void serviceLoaderDiscoveryOnlyWhenTheHostAsks(@TempDir Path dir) throws Exception {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(ChannelAdapter.class.getName()), MiniShopAdapter.class.getName() + "\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      assertThat(Channels.builder().build().channels()).isEmpty();
      assertThat(Channels.builder().discover(loader).build().channels()).containsExactly(ChannelId.of("mini-shop"));
      assertThatThrownBy(() -> Channels.builder().register(new MiniShopAdapter()).discover(loader))
          .isInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  void optionalOperationsSayTheyAreUnsupported() {
    ChannelAdapter custom = new MiniShopAdapter();
    ChannelTransport transport = request -> new byte[0];
    Order order = Channels.builtIns().normalize(ChannelId.JD, Fixtures.bytes("jd", "locked_envelope.json"));

    assertThat(custom.supportsFetch()).isFalse();
    assertThatThrownBy(() -> custom.fetch(transport, FetchCursor.window(Instant.EPOCH, Instant.EPOCH.plusSeconds(60))))
        .isInstanceOfSatisfying(UnsupportedChannelOperationException.class, e -> assertThat(e.operation()).isEqualTo("fetch"));
    assertThatThrownBy(() -> custom.pushShipment(transport, order, Tracking.of("SF", "SF1234567890")))
        .isInstanceOf(UnsupportedChannelOperationException.class);
    assertThatThrownBy(() -> custom.acknowledge(transport, order)).isInstanceOf(UnsupportedChannelOperationException.class);
    assertThatThrownBy(() -> custom.statusOf(Map.of())).isInstanceOf(UnsupportedChannelOperationException.class);
  }

  @Test
  void fetchCursorsRejectAnEmptyWindow() {
    assertThatThrownBy(() -> FetchCursor.window(Instant.EPOCH, Instant.EPOCH)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("cursor.to");
    assertThat(FetchCursor.window(Instant.EPOCH, Instant.MAX).atPage("2").page()).contains("2");
  }
}
