package io.orderhub.allocation;

import io.orderhub.core.WarehouseId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How one warehouse fared for one order.
 *
 * @param warehouse the warehouse
 * @param filter why it was not a candidate, or {@code null} when it was scored
 * @param carrier the carrier it would have used, or {@code null} when it serves no route there
 * @param factors the factor scores, in factor order (empty when filtered)
 * @param total the weighted score, 0..1 (0 when filtered)
 * @param rank 1 for the best-scoring candidate, ...; 0 when filtered
 * @param chosen whether it ships (or sources) part of the order
 * @param verdict why it was chosen or why it lost, in one sentence
 */
public record CandidateExplanation(
    WarehouseId warehouse, @Nullable FilterReason filter, @Nullable String carrier, List<FactorScore> factors,
    double total, int rank, boolean chosen, String verdict) {

  public CandidateExplanation {
    factors = List.copyOf(factors);
  }

  /** Why it was not a candidate. */
  public Optional<FilterReason> filterReason() {
    return Optional.ofNullable(filter);
  }

  /** Whether a hard filter removed it. */
  public boolean filtered() {
    return filter != null;
  }
}
