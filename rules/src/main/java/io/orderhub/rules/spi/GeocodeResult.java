package io.orderhub.rules.spi;

import io.orderhub.core.internal.Checks;

/**
 * What a {@link Geocoder} found for an address.
 *
 * @param confidence how sure the geocoder is that the address exists as written, from 0 to 1
 * @param matchedLevel the finest level it matched ({@code "street"}, {@code "district"}, ...),
 *     free text for explanations
 */
public record GeocodeResult(double confidence, String matchedLevel) {
  public GeocodeResult {
    Checks.requireArgument(
        confidence >= 0 && confidence <= 1, "geocode.confidence", confidence, "is outside 0..1");
    Checks.requireNonNull(matchedLevel, "geocode.matchedLevel");
  }
}
