package io.orderhub.testkit;

import io.orderhub.core.Address;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.Phone;
import io.orderhub.core.arbitraries.OrderArbitraries;
import java.util.Currency;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries of the order model for hosts' property tests. Generated orders are valid (their
 * amounts pass {@link io.orderhub.core.validation.OrderChecks}) and mix plain, masked, encrypted and
 * reference personal data. The generators themselves live in core's test-jar, where core's own
 * properties use them too; this class is their stable, documented entry point.
 */
public final class OrderGen {
  private OrderGen() {}

  /** Valid orders in CNY, USD, EUR or JPY, 1-5 lines each. */
  public static Arbitrary<Order> orders() {
    return OrderArbitraries.orders();
  }

  /** Valid orders in one currency. */
  public static Arbitrary<Order> orders(Currency currency) {
    return OrderArbitraries.orders(currency);
  }

  /** Money in {@code currency} between -10,000,000 and 10,000,000 major units. */
  public static Arbitrary<Money> money(Currency currency) {
    return OrderArbitraries.money(currency);
  }

  /** Phones as platforms send them: plain, masked, encrypted or a reference. */
  public static Arbitrary<Phone> phones() {
    return OrderArbitraries.phones();
  }

  /** Mainland addresses, sometimes missing a district or detail. */
  public static Arbitrary<Address> addresses() {
    return OrderArbitraries.addresses();
  }
}
