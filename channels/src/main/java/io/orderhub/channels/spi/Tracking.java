package io.orderhub.channels.spi;

import io.orderhub.core.internal.Checks;
import java.util.List;

/**
 * A shipment to report back to the platform.
 *
 * @param carrierCode the platform's code of the carrier (e.g. {@code SF}, {@code YTO})
 * @param trackingNumber the waybill number
 * @param lineIds the lines shipped in this parcel; empty means the whole order
 */
public record Tracking(String carrierCode, String trackingNumber, List<String> lineIds) {
  public Tracking {
    Checks.requireId(carrierCode, "tracking.carrierCode");
    Checks.requireId(trackingNumber, "tracking.trackingNumber");
    lineIds = List.copyOf(Checks.requireNonNull(lineIds, "tracking.lineIds"));
  }

  /** A parcel holding the whole order. */
  public static Tracking of(String carrierCode, String trackingNumber) {
    return new Tracking(carrierCode, trackingNumber, List.of());
  }
}
