package io.orderhub.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.Order;
import io.orderhub.core.arbitraries.OrderArbitraries;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

class OrderValidationProperties {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterContainer
  static void close() {
    FACTORY.close();
  }

  @Property(tries = 100)
  void generatedOrdersAreValidForBothCheckers(@ForAll("orders") Order order) {
    assertThat(OrderChecks.check(order)).isEmpty();
    assertThat(VALIDATOR.validate(order)).isEmpty();
  }

  @Provide
  Arbitrary<Order> orders() {
    return OrderArbitraries.orders();
  }
}
