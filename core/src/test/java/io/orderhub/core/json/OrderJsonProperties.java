package io.orderhub.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.Order;
import io.orderhub.core.arbitraries.OrderArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OrderJsonProperties {
  private final OrderJson json = OrderJson.standard();

  @Property(tries = 300)
  void readOfWriteIsIdentity(@ForAll("orders") Order order) {
    assertThat(json.read(json.write(order))).isEqualTo(order);
    assertThat(json.read(json.writeBytes(order))).isEqualTo(order);
  }

  @Property(tries = 200)
  void writingIsDeterministic(@ForAll("orders") Order order) {
    assertThat(json.write(json.read(json.write(order)))).isEqualTo(json.write(order));
  }

  @Provide
  Arbitrary<Order> orders() {
    return OrderArbitraries.orders();
  }
}
