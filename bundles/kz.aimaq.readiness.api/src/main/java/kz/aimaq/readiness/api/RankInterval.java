package kz.aimaq.readiness.api;

/**
 * A unit's rank under perturbed modelling choices.
 *
 * @param unit       the unit code
 * @param medianRank the median rank over the draws
 * @param low        the 5th percentile rank (the best plausible rank)
 * @param high       the 95th percentile rank (the worst plausible rank)
 */
public record RankInterval(String unit, double medianRank, int low, int high) {
}
