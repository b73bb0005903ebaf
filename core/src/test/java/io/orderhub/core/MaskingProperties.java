package io.orderhub.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.arbitraries.OrderArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MaskingProperties {
  @Property(tries = 200)
  void noFullPhoneOrNameEverAppearsInToString(@ForAll("orders") Order order) {
    String s = order.toString();
    order.shippingAddress().ifPresent(a -> {
      if (a.phone() != null && a.phone().isPlain()) {
        assertThat(s).doesNotContain(a.phone().value());
      }
      if (a.name() != null && a.name().isPlain()) {
        assertThat(s).doesNotContain(a.name().value());
      }
      if (a.detail() != null && a.detail().isPlain()) {
        assertThat(s).doesNotContain(a.detail().value());
      }
    });
    order.buyer().map(Buyer::phone).filter(Phone::isPlain).ifPresent(p -> assertThat(s).doesNotContain(p.value()));
  }

  @Provide
  Arbitrary<Order> orders() {
    return OrderArbitraries.orders();
  }
}
