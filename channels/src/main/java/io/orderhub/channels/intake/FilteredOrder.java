package io.orderhub.channels.intake;

import io.orderhub.core.Order;
import java.time.Instant;

/**
 * An order the intake did not import because a filter matched it, kept for audit.
 *
 * @param order the order as normalised
 * @param reason the filter's explanation, e.g. {@code order number contains "TEST"}
 * @param filteredAt when it was filtered
 */
public record FilteredOrder(Order order, String reason, Instant filteredAt) {}
