package io.orderhub.channels.internal;

import io.orderhub.core.OrderStatus;
import org.jspecify.annotations.Nullable;

/**
 * A platform status mapped to the model: the status, the platform's value verbatim, the hold reason
 * when the status is {@link OrderStatus#ON_HOLD}, and an optional tag (e.g. partly shipped). Not
 * API.
 */
public record StatusResult(OrderStatus status, String platformValue, @Nullable String holdReason, @Nullable String tag) {

  public static StatusResult of(OrderStatus status, String platformValue) {
    return new StatusResult(status, platformValue, status == OrderStatus.ON_HOLD ? platformValue : null, null);
  }

  /** An on-hold status for a value the mapping does not know: kept for a person to look at, never dropped. */
  public static StatusResult unknown(String platformValue) {
    return new StatusResult(OrderStatus.ON_HOLD, platformValue, "unknown platform status " + platformValue, null);
  }

  public StatusResult withTag(String tag) {
    return new StatusResult(status, platformValue, holdReason, tag);
  }

  public StatusResult withHoldReason(String reason) {
    return new StatusResult(status, platformValue, reason, tag);
  }
}
