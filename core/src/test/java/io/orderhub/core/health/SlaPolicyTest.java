package io.orderhub.core.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.InvalidValueException;
import io.orderhub.core.OrderStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {
  @Test
  void defaultsComeFromTheSellersPractice() {
    SlaPolicy p = SlaPolicy.ofDefaults();
    assertThat(p.limit(OrderStatus.PAID)).contains(Duration.ofHours(2));
    assertThat(p.limit(OrderStatus.LABEL_PRINTED)).contains(Duration.ofHours(24));
    assertThat(p.limit(OrderStatus.ON_HOLD)).contains(Duration.ofHours(2));
    assertThat(p.limit(OrderStatus.PENDING_PAYMENT)).isEmpty();
    assertThat(p.limit(OrderStatus.COMPLETED)).isEmpty();
    assertThat(p.warningRatio()).isEqualTo(0.8);
    assertThat(p.paymentSync()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void aCustomPolicyStartsFromTheDefaultsOrABase() {
    SlaPolicy p = SlaPolicy.custom().limit(OrderStatus.PAID, Duration.ofHours(1)).noLimit(OrderStatus.PICKED_UP)
        .warningRatio(0.5).build();
    assertThat(p.limit(OrderStatus.PAID)).contains(Duration.ofHours(1));
    assertThat(p.limit(OrderStatus.PICKED_UP)).isEmpty();
    assertThat(p.limit(OrderStatus.LABEL_PRINTED)).contains(Duration.ofHours(24));
    SlaPolicy q = SlaPolicy.from(p).holdQueueLimit("risk", Duration.ofHours(8)).build();
    assertThat(q.limits()).isEqualTo(p.limits());
    assertThat(q.warningRatio()).isEqualTo(0.5);
    assertThat(q.holdQueueLimits()).containsEntry("risk", Duration.ofHours(8));
    assertThat(p.holdQueueLimits()).isEmpty();
  }

  @Test
  void settersRejectBadValuesAtOnce() {
    assertThatThrownBy(() -> SlaPolicy.custom().limit(OrderStatus.PAID, Duration.ZERO))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("limit[PAID]").hasMessageContaining("not positive");
    assertThatThrownBy(() -> SlaPolicy.custom().warningRatio(1.0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("warningRatio");
    assertThatThrownBy(() -> SlaPolicy.custom().holdQueueLimit(" ", Duration.ofHours(1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("queue");
    assertThatThrownBy(() -> SlaPolicy.custom().paymentSync(Duration.ofMinutes(-1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("paymentSync");
  }
}
