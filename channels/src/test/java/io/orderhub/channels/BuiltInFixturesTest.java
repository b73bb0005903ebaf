package io.orderhub.channels;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.ChannelId;
import io.orderhub.core.Order;
import io.orderhub.core.json.OrderJson;
import io.orderhub.core.validation.OrderChecks;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture of every built-in platform normalises to an order the model's validation accepts. */
class BuiltInFixturesTest {
  private static final Channels CHANNELS = Channels.builtIns();

  static Stream<Arguments> fixtures() {
    return Fixtures.CHANNELS.stream().flatMap(c -> Fixtures.names(c).stream().map(n -> Arguments.of(c, n)));
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("fixtures")
  void normalisesToAValidOrder(String channel, String name) {
    Order order = CHANNELS.normalize(ChannelId.of(channel), Fixtures.bytes(channel, name));

    assertThat(OrderChecks.check(order)).as(order.toString()).isEmpty();
    assertThat(order.channel()).isEqualTo(ChannelId.of(channel));
    assertThat(order.lines()).isNotEmpty();
    assertThat(order.attributes()).containsKey("platformStatus");
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("fixtures")
  void survivesTheCanonicalJsonRoundTrip(String channel, String name) {
    Order order = CHANNELS.normalize(ChannelId.of(channel), Fixtures.bytes(channel, name));

    assertThat(OrderJson.standard().read(OrderJson.standard().write(order))).isEqualTo(order);
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("fixtures")
  void isDeterministic(String channel, String name) {
    byte[] payload = Fixtures.bytes(channel, name);

    assertThat(CHANNELS.normalize(ChannelId.of(channel), payload))
        .isEqualTo(CHANNELS.normalize(ChannelId.of(channel), payload));
  }
}
