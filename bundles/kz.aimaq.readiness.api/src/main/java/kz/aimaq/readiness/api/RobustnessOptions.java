package kz.aimaq.readiness.api;

/**
 * The Monte Carlo over modelling choices.
 *
 * @param draws             number of draws
 * @param weightSpread      each weight is multiplied by a uniform factor in [1 − s, 1 + s],
 *                          then renormalised among its siblings
 * @param varyAggregation   if true, half of the draws swap arithmetic and geometric
 *                          aggregation at every group
 * @param seed              the same seed gives the same intervals
 */
public record RobustnessOptions(int draws, double weightSpread, boolean varyAggregation, long seed) {

    /** 1 000 draws, weights ±25 %, aggregation varied, seed 1. */
    public static RobustnessOptions defaults() {
        return new RobustnessOptions(1000, 0.25, true, 1L);
    }
}
