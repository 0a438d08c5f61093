package kz.aimaq.readiness.api;

import java.util.List;

/**
 * How a parent unit's scores were built from its children.
 *
 * @param unit                    the parent unit
 * @param depth                   its number of ancestors (0 = top); ranks compare units of one depth
 * @param populationShare         share of the children's population whose index is scored
 * @param populationWeightedScore the population-weighted mean of the children's scored
 *                                indices (the alternative to rebuilding from indicators); NaN if none
 * @param indicators              per indicator: the method and the population share covered
 */
public record RollUpInfo(String unit, int depth, double populationShare, double populationWeightedScore,
        List<IndicatorRollUp> indicators) {

    /**
     * @param indicator       indicator id
     * @param method          how the value was obtained
     * @param populationShare share of the children's population with a value for it
     */
    public record IndicatorRollUp(String indicator, RollUpMethod method, double populationShare) {
    }
}
