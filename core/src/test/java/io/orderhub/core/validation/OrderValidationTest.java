package io.orderhub.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.Amounts;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The constraints on Order, checked with Hibernate Validator as a host would. */
class OrderValidationTest {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static Order order(String goods, String shipping, String discount, String paid, OrderLine... lines) {
    return Order.builder().channel(ChannelId.TMALL).externalId("20261111001").status(OrderStatus.PAID)
        .lines(List.of(lines))
        .amounts(new Amounts(Money.cny(goods), Money.cny(shipping), Money.cny(discount), Money.cny(paid)))
        .createdAt(Instant.parse("2026-11-11T00:00:00Z")).build();
  }

  private static OrderLine line(String price, int qty, String discount) {
    return OrderLine.builder().lineId("L" + price).sku("SKU").quantity(qty).unitPrice(Money.cny(price))
        .discount(Money.cny(discount)).build();
  }

  private static List<String> messages(Order order) {
    Set<ConstraintViolation<Order>> v = VALIDATOR.validate(order);
    return v.stream().map(c -> c.getPropertyPath() + ": " + c.getMessage()).sorted().collect(Collectors.toList());
  }

  @Test
  void consistentOrderHasNoViolations() {
    assertThat(messages(order("418.00", "0.00", "20.00", "398.00", line("199.00", 2, "20.00"), line("20.00", 1, "0")))).isEmpty();
  }

  @Test
  void paidMismatchNamesPathAndValues() {
    Order o = order("418.00", "0.00", "20.00", "397.00", line("199.00", 2, "20.00"), line("20.00", 1, "0"));
    assertThat(messages(o)).containsExactly("amounts.paid: amounts.paid: 397.00 != goods 418.00 + shipping 0.00 − discount 20.00");
    assertThat(OrderChecks.check(o)).extracting(Violation::toString)
        .containsExactly("amounts.paid: 397.00 != goods 418.00 + shipping 0.00 − discount 20.00");
  }

  @Test
  void lineTotalsMustAddUpToGoodsLessLineDiscounts() {
    Order o = order("418.00", "0.00", "0.00", "418.00", line("199.00", 2, "0"), line("10.00", 1, "0"));
    assertThat(OrderChecks.check(o)).extracting(Violation::toString)
        .containsExactly("lines: line totals 408.00 != goods 418.00 − line discounts 0.00");
    assertThat(messages(o)).hasSize(1);
  }

  @Test
  void mixedCurrenciesAreReportedNotSummed() {
    OrderLine usd = OrderLine.builder().lineId("1").sku("A").quantity(1)
        .unitPrice(Money.of("1.00", Currency.getInstance("USD"))).build();
    Order o = order("1.00", "0", "0", "1.00", usd);
    assertThat(OrderChecks.check(o)).extracting(Violation::path)
        .containsExactly("lines[0].unitPrice.currency", "lines[0].discount.currency", "lines[0].total.currency");
  }

  @Test
  void fieldConstraintsAreReported() {
    Order o = order("0.00", "0", "0", "0.00", line("0.00", 0, "0"));
    assertThat(messages(o)).anyMatch(m -> m.startsWith("lines[0].quantity:"));
    assertThat(OrderChecks.check(o)).extracting(Violation::toString).contains("lines[0].quantity: 0 is not > 0");
    Order empty = order("0.00", "0", "0", "0.00");
    assertThat(messages(empty)).anyMatch(m -> m.startsWith("lines:"));
  }
}
