package io.orderhub.rules.spi;

import io.orderhub.core.Address;
import java.util.Optional;

/**
 * The host's geocoding service (AMap, Baidu, Tencent, Google, ...), used by the {@code
 * address.low-confidence} rule. Called at most once per evaluation; implementations should cache
 * and must be thread-safe.
 */
@FunctionalInterface
public interface Geocoder {
  /** The result for {@code address}, or empty when the service could not say. */
  Optional<GeocodeResult> geocode(Address address);
}
