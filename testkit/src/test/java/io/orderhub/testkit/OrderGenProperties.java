package io.orderhub.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.validation.OrderChecks;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

class OrderGenProperties {
  @Property(tries = 100)
  void generatedOrdersAreValidAndInOneCurrency(@ForAll("cny") Order order) {
    assertThat(OrderChecks.check(order)).isEmpty();
    assertThat(order.amounts().currency()).isEqualTo(Money.CNY);
    assertThat(order.lines()).allMatch(l -> l.total().currency().equals(Money.CNY));
  }

  @Provide
  Arbitrary<Order> cny() {
    return OrderGen.orders(Money.CNY);
  }
}
