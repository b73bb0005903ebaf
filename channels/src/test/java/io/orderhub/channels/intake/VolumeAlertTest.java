package io.orderhub.channels.intake;

import static io.orderhub.channels.intake.TestOrders.json;
import static io.orderhub.channels.intake.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.ChannelId;
import io.orderhub.core.InvalidValueException;
import io.orderhub.core.store.InMemoryOrderStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The hourly volume check: a spike above 300 % of the trailing mean, silence in business hours. */
class VolumeAlertTest {
  /** 10:00 in Shanghai. */
  private static final Instant H0 = Instant.parse("2026-11-11T02:00:00Z");
  private final TestClock clock = new TestClock(H0);
  private final List<IntakeAlert> alerts = new CopyOnWriteArrayList<>();
  private final Intake intake = Intake.builder().adapter(TestAdapter.of(ChannelId.TAOBAO))
      .adapter(TestAdapter.of(ChannelId.JD)).store(new InMemoryOrderStore()).clock(clock).alertSink(alerts::add)
      .build();
  private int sequence;

  private void deliver(int hour, int count) {
    for (int i = 0; i < count; i++) {
      Instant at = H0.plus(Duration.ofHours(hour)).plusSeconds(i);
      intake.process(Delivery.pull(ChannelId.TAOBAO, json(order(ChannelId.TAOBAO, "v" + (++sequence))), at));
    }
  }

  @Test
  void anHourAboveThreeTimesTheTrailingMeanRaisesOneSpikeAlert() {
    for (int h = 0; h < 5; h++) {
      deliver(h, 10);
    }
    deliver(5, 31);
    clock.set(H0.plus(Duration.ofHours(6)).plusSeconds(300));

    List<IntakeAlert> raised = intake.checkVolumes();

    assertThat(raised).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(IntakeAlert.Kind.VOLUME_SPIKE);
      assertThat(a.channel()).isEqualTo(ChannelId.TAOBAO);
      assertThat(a.message()).contains("31 deliveries").contains("310 %");
    });
    assertThat(alerts).isEqualTo(raised);
    assertThat(intake.checkVolumes()).isEmpty();
  }

  @Test
  void exactlyThreeTimesTheMeanIsNoSpike() {
    for (int h = 0; h < 5; h++) {
      deliver(h, 10);
    }
    deliver(5, 30);
    clock.set(H0.plus(Duration.ofHours(6)));
    assertThat(intake.checkVolumes()).isEmpty();
  }

  @Test
  void aSilentBusinessHourRaisesAnAlertButANightHourDoesNot() {
    for (int h = 0; h < 5; h++) {
      deliver(h, 10);
    }
    clock.set(H0.plus(Duration.ofHours(6))); // hour 5 = 15:00 in Shanghai, no delivery
    assertThat(intake.checkVolumes()).singleElement()
        .satisfies(a -> assertThat(a.kind()).isEqualTo(IntakeAlert.Kind.VOLUME_SILENT));

    for (int h = 6; h < 13; h++) {
      deliver(h, 10);
    }
    clock.set(H0.plus(Duration.ofHours(14))); // hour 13 = 23:00 in Shanghai
    assertThat(intake.checkVolumes()).isEmpty();
  }

  @Test
  void aChannelTooYoungOrTooQuietIsNotJudged() {
    deliver(0, 10);
    clock.set(H0.plus(Duration.ofHours(2)));
    assertThat(intake.checkVolumes()).isEmpty(); // one hour of history; JD never delivered at all
  }

  @Test
  void theConfigNamesBadValues() {
    assertThatThrownBy(() -> VolumeAlertConfig.builder().spikeRatio(1.0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("spikeRatio");
    assertThatThrownBy(() -> VolumeAlertConfig.builder()
        .businessHours(LocalTime.of(22, 0), LocalTime.of(9, 0), ZoneId.of("Asia/Shanghai")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("businessHours");
    assertThatThrownBy(() -> VolumeAlertConfig.builder().trailingHours(2).minHistoryHours(3).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("minHistoryHours");
  }
}
