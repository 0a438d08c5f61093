package kz.aimaq.readiness.api;

/**
 * What one indicator adds to a unit's index. Over all indicators of a scored unit, the
 * contributions sum to the index. In an arithmetic tree {@code contribution = W·I} and
 * {@code pointsLost = W·(scale − I)} with W the product of the weights on the indicator's
 * path; a geometric node shares its loss among its children in proportion to
 * {@code w·(ln scale − ln s)}, which decomposes its log exactly.
 *
 * @param indicator       the indicator id
 * @param value           the raw value used (NaN when missing)
 * @param score           the normalised score (NaN when missing)
 * @param effectiveWeight W, after renormalisation over scored siblings (0 when missing)
 * @param contribution    points this indicator brings to the index
 * @param pointsLost      points this indicator loses against a perfect score
 * @param imputation      how the value was filled, {@link Imputation#NONE} when observed
 * @param period          the period the value belongs to (its vintage), or {@code null}
 * @param source          the value's source, or {@code null}
 */
public record Contribution(String indicator, double value, double score, double effectiveWeight,
        double contribution, double pointsLost, Imputation imputation, String period, String source) {

    public boolean imputed() {
        return imputation != Imputation.NONE;
    }
}
