package io.orderhub.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void knownChannelsAreInternedAndCustomOnesAccepted() {
    assertThat(ChannelId.of("taobao")).isSameAs(ChannelId.TAOBAO);
    assertThat(ChannelId.known()).extracting(ChannelId::value).containsExactly(
        "taobao", "tmall", "jd", "douyin", "pinduoduo", "shopify", "woocommerce", "amazon", "offline");
    ChannelId custom = ChannelId.of("xiaohongshu");
    assertThat(custom.isKnown()).isFalse();
    assertThat(ChannelId.JD.isKnown()).isTrue();
  }

  @Test
  void badChannelIdsNameTheValue() {
    assertThatThrownBy(() -> ChannelId.of("Taobao"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("channel: \"Taobao\" is not a channel id");
    assertThatThrownBy(() -> ChannelId.of("")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void nineteenDigitIdsStayExact() {
    ExternalOrderId tid = ExternalOrderId.of("3987112233445566778");
    assertThat(tid.value()).isEqualTo("3987112233445566778");
    assertThat(OrderId.of(ChannelId.TAOBAO, tid).value()).isEqualTo("taobao-3987112233445566778");
  }

  @Test
  void idsRejectBlankAndControlCharacters() {
    assertThatThrownBy(() -> Sku.of(" ")).hasMessageContaining("sku: \" \" is not an id");
    assertThatThrownBy(() -> Sku.of(" A")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> WarehouseId.of("HZ\n01")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> OrderId.of("x".repeat(129))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new ExternalOrderId(null)).hasMessage("externalId: null is required");
    assertThat(Sku.of("TEA 250G").value()).isEqualTo("TEA 250G");
  }
}
