package io.orderhub.core.lifecycle;

import io.orderhub.core.internal.Checks;
import java.time.Instant;

/**
 * Why an order is on hold and who looks at it.
 *
 * @param reason why it is held, e.g. {@code "presale: ships after 11-11"}
 * @param queue the review queue it waits in, e.g. {@code "approval"}
 * @param since when the hold began (the hold event's time)
 */
public record Hold(String reason, String queue, Instant since) {
  /** The reason used when a hold event carries none. */
  public static final String UNSPECIFIED_REASON = "unspecified";
  /** The queue used when a hold event names none. */
  public static final String DEFAULT_QUEUE = "default";

  public Hold {
    Checks.requireText(reason, "hold.reason");
    Checks.requireId(queue, "hold.queue");
    Checks.requireNonNull(since, "hold.since");
  }
}
