package io.orderhub.channels.intake;

import io.orderhub.core.internal.Checks;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The hourly volume check of {@link Intake#checkVolumes()}: the last complete hour's deliveries of a
 * channel are compared with the mean of its trailing hours. Immutable; build with {@link #builder()}.
 */
public final class VolumeAlertConfig {
  private final double spikeRatio;
  private final int trailingHours;
  private final int minHistoryHours;
  private final double minTrailingMean;
  private final LocalTime businessStart;
  private final LocalTime businessEnd;
  private final ZoneId zone;

  private VolumeAlertConfig(Builder b) {
    this.spikeRatio = b.spikeRatio;
    this.trailingHours = b.trailingHours;
    this.minHistoryHours = b.minHistoryHours;
    this.minTrailingMean = b.minTrailingMean;
    this.businessStart = b.businessStart;
    this.businessEnd = b.businessEnd;
    this.zone = b.zone;
  }

  /** Spike above 3.0× (300 %) of a 24-hour trailing mean, silence 09:00-22:00 China time. */
  public static VolumeAlertConfig ofDefaults() {
    return builder().build();
  }

  /** A builder starting from the defaults of {@link #ofDefaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** An hour with more than {@code spikeRatio ×} the trailing mean is a spike. */
  public double spikeRatio() {
    return spikeRatio;
  }

  /** How many hours before the checked one make the trailing mean. */
  public int trailingHours() {
    return trailingHours;
  }

  /** How many trailing hours the channel must have been seen for before it is judged. */
  public int minHistoryHours() {
    return minHistoryHours;
  }

  /** A channel whose trailing mean is below this is too quiet to judge. */
  public double minTrailingMean() {
    return minTrailingMean;
  }

  public LocalTime businessStart() {
    return businessStart;
  }

  public LocalTime businessEnd() {
    return businessEnd;
  }

  /** The zone of the business hours. */
  public ZoneId zone() {
    return zone;
  }

  /** Whether the hour starting at {@code hourStart} (in {@link #zone()}) lies in business hours. */
  public boolean isBusinessHour(LocalTime hourStart) {
    return !hourStart.isBefore(businessStart) && hourStart.isBefore(businessEnd);
  }

  /** Builds a {@link VolumeAlertConfig}; every setter checks its value at once. */
  public static final class Builder {
    private double spikeRatio = 3.0;
    private int trailingHours = 24;
    private int minHistoryHours = 3;
    private double minTrailingMean = 1.0;
    private LocalTime businessStart = LocalTime.of(9, 0);
    private LocalTime businessEnd = LocalTime.of(22, 0);
    private ZoneId zone = ZoneId.of("Asia/Shanghai");

    private Builder() {}

    /** Greater than 1.0 (3.0 = 300 %). */
    public Builder spikeRatio(double spikeRatio) {
      Checks.requireArgument(spikeRatio > 1.0 && spikeRatio <= 1000.0, "spikeRatio", spikeRatio, "is not in (1.0, 1000]");
      this.spikeRatio = spikeRatio;
      return this;
    }

    /** 1 to 720 hours. */
    public Builder trailingHours(int trailingHours) {
      Checks.requireArgument(trailingHours >= 1 && trailingHours <= 720, "trailingHours", trailingHours,
          "is not in 1..720");
      this.trailingHours = trailingHours;
      return this;
    }

    /** 1 to 720 hours. */
    public Builder minHistoryHours(int minHistoryHours) {
      Checks.requireArgument(minHistoryHours >= 1 && minHistoryHours <= 720, "minHistoryHours", minHistoryHours,
          "is not in 1..720");
      this.minHistoryHours = minHistoryHours;
      return this;
    }

    /** Zero or more deliveries per hour. */
    public Builder minTrailingMean(double minTrailingMean) {
      Checks.requireArgument(minTrailingMean >= 0.0 && !Double.isNaN(minTrailingMean), "minTrailingMean",
          minTrailingMean, "is negative");
      this.minTrailingMean = minTrailingMean;
      return this;
    }

    /** Business hours {@code [start, end)} in {@code zone}; start before end. */
    public Builder businessHours(LocalTime start, LocalTime end, ZoneId zone) {
      Checks.requireNonNull(start, "businessStart");
      Checks.requireNonNull(end, "businessEnd");
      Checks.requireArgument(start.isBefore(end), "businessHours", start + "-" + end, "do not start before they end");
      this.businessStart = start;
      this.businessEnd = end;
      this.zone = Checks.requireNonNull(zone, "zone");
      return this;
    }

    /** @throws io.orderhub.core.InvalidValueException when minHistoryHours exceeds trailingHours */
    public VolumeAlertConfig build() {
      Checks.requireArgument(minHistoryHours <= trailingHours, "minHistoryHours", minHistoryHours,
          "is more than trailingHours " + trailingHours);
      return new VolumeAlertConfig(this);
    }
  }
}
