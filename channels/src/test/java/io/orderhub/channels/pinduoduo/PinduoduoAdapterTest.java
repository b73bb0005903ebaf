package io.orderhub.channels.pinduoduo;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.channels.Fixtures;
import io.orderhub.core.Address;
import io.orderhub.core.Order;
import io.orderhub.core.OrderLine;
import io.orderhub.core.OrderStatus;
import io.orderhub.core.Protection;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinduoduoAdapterTest {
  private final PinduoduoAdapter pdd = new PinduoduoAdapter();

  @Test
  void yuanNumbersAreExactAndTheOrderDiscountIsSpreadAwayFromTheGift() {
    Order order = pdd.normalize(Fixtures.bytes("pinduoduo", "envelope_encrypted_gift.json"));

    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    assertThat(order.amounts().goods().toPlainString()).isEqualTo("79.80");
    assertThat(order.amounts().paid().toPlainString()).isEqualTo("71.80");
    assertThat(order.lines()).extracting(l -> l.total().toPlainString()).containsExactly("71.80", "0.00");
    assertThat(order.lines()).extracting(l -> l.sku().value()).containsExactly("TISSUE-24", "1200999999999");
    assertThat(order.sellerNote()).contains("老客户");
  }

  @Test
  void ciphertextWithAMaskSiblingIsEncryptedAndTheMaskIsKept() {
    Order order = pdd.normalize(Fixtures.bytes("pinduoduo", "envelope_encrypted_gift.json"));
    Address a = order.shippingAddress().orElseThrow();

    assertThat(a.name().protection()).isEqualTo(Protection.ENCRYPTED);
    assertThat(a.phone().protection()).isEqualTo(Protection.ENCRYPTED);
    assertThat(a.detail().value()).startsWith("~AgAAAAEjG8cC");
    assertThat(a.district()).isEqualTo("南山区");
    assertThat(order.attributes()).containsKeys("receiver_phone_mask", "address", "remark_tag");
  }

  @Test
  void aPresaleInRefundWithMasksOnly() {
    Order order = pdd.normalize(Fixtures.bytes("pinduoduo", "presale_refunding_bare.json"));

    assertThat(order.status()).isEqualTo(OrderStatus.REFUND_REQUESTED);
    assertThat(order.lines()).allSatisfy(l -> assertThat(l.hasTag(OrderLine.TAG_PRESALE)).isTrue());
    assertThat(order.amounts().discount().toPlainString()).isEqualTo("15.00");
    assertThat(order.shippingAddress().orElseThrow().phone().protection()).isEqualTo(Protection.MASKED);
    assertThat(order.buyerNote()).contains("定金已付，尾款付清请尽快发货");
  }

  @ParameterizedTest
  @CsvSource({"1, 1, 1, PAID", "2, 1, 1, PICKED_UP", "3, 1, 1, DELIVERED", "1, 0, 1, PENDING_PAYMENT",
      "1, 2, 1, CANCELLED", "1, 1, 2, REFUND_REQUESTED", "2, 1, 3, REFUND_REQUESTED", "3, 1, 4, REFUNDED",
      "9, 1, 1, ON_HOLD"})
  void statusOfCombinesTheThreeStatusFields(String order, String confirm, String refund, OrderStatus expected) {
    Map<String, String> f = new HashMap<>();
    f.put("order_status", order);
    f.put("confirm_status", confirm);
    f.put("refund_status", refund);

    assertThat(pdd.statusOf(f)).isEqualTo(expected);
  }
}
