package io.orderhub.allocation;

/**
 * One factor of one candidate's score.
 *
 * @param factor the factor's name
 * @param raw the raw value (days, units, a rate, ...)
 * @param normalised the raw value scaled across the order's candidates to 0..1, 1 being best
 * @param weight the factor's normalised weight (the weights sum to 1)
 * @param contribution {@code normalised × weight}, this factor's share of the total
 */
public record FactorScore(String factor, double raw, double normalised, double weight, double contribution) {}
