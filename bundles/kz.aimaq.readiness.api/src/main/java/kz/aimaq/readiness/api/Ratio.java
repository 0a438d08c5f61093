package kz.aimaq.readiness.api;

/**
 * Declares an indicator as a ratio of two data series, so that a parent unit's value is
 * recomputed as {@code factor · Σ numerator / Σ denominator} over its children instead of a
 * population-weighted mean.
 *
 * @param numerator   the indicator id of the numerator series in the data
 * @param denominator the indicator id of the denominator series in the data
 * @param factor      e.g. 100 for a percentage
 */
public record Ratio(String numerator, String denominator, double factor) {
}
