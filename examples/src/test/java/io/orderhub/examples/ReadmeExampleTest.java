package io.orderhub.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.Address;
import io.orderhub.core.Amounts;
import io.orderhub.core.ChannelId;
import io.orderhub.core.Money;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.Phone;
import io.orderhub.core.json.OrderJson;
import io.orderhub.core.validation.OrderChecks;
import io.orderhub.core.validation.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code sample of README.md, kept compiling and true. */
class ReadmeExampleTest {
  @Test
  void readmeSampleDoesWhatItsCommentsSay() {
    Order order = Order.builder()
        .channel(ChannelId.TAOBAO)
        .externalId("3987112233445566778")
        .status(OrderStatus.PAID)
        .line(OrderLine.builder().lineId("1").sku("TEA-250G").title("龙井 250g")
            .quantity(2).unitPrice(Money.cny("199.00")).discount(Money.cny("20.00")).build())
        .amounts(new Amounts(Money.cny("398.00"), Money.cny("0.00"), Money.cny("20.00"), Money.cny("378.00")))
        .shippingAddress(Address.builder().province("浙江省").city("杭州市").district("西湖区")
            .detail("龙井路18号").phone(Phone.of("13812345678")).build())
        .createdAt(Instant.parse("2026-11-11T00:00:05Z"))
        .build();

    List<Violation> problems = OrderChecks.check(order);
    String json = OrderJson.standard().write(order);

    assertThat(problems).isEmpty();
    assertThat(json).contains("\"paid\":{\"amount\":\"378.00\",\"currency\":\"CNY\"}");
    assertThat(order.toString()).contains("138****5678").doesNotContain("13812345678");
  }
}
