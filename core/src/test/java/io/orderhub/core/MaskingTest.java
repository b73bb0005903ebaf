package io.orderhub.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {
  @Test
  void phonesNamesAndDetailsAreMasked() {
    assertThat(Phone.of("13812345678").toString()).isEqualTo("138****5678");
    assertThat(Phone.of("138****5678").protection()).isEqualTo(Protection.MASKED);
    assertThat(Phone.of("138****5678").toString()).isEqualTo("138****5678");
    assertThat(new Phone("AES:9f8e7d", Protection.ENCRYPTED).toString()).isEqualTo("<encrypted>");
    assertThat(new Phone("oaid-123", Protection.REFERENCE).toString()).isEqualTo("<reference>");
    assertThat(PersonName.of("张三").toString()).isEqualTo("张*");
    assertThat(PersonName.of("欧阳娜娜").toString()).isEqualTo("欧***");
    assertThat(AddressDetail.of("黄龙溪镇石牛村3组临时住所").toString()).isEqualTo("黄龙溪镇***");
  }

  @Test
  void orderToStringShowsNoPersonalData() {
    Order order = Fixtures.order();
    String s = order.toString();
    assertThat(s).doesNotContain("13812345678", "王小明", "龙井路18号", "茶友小王", "请尽快发货")
        .contains("138****5678", "王**", "taobao-3987112233445566778", "398.00 CNY");
  }
}
