package kz.aimaq.readiness.api;

/** How a parent unit's indicator value was obtained from its children. */
public enum RollUpMethod {
    /** factor · Σ numerator / Σ denominator over the children, then normalised as usual. */
    RATIO,
    /** The population-weighted mean of the children's indicator scores. */
    POPULATION_WEIGHTED,
    /** No child had a usable value. */
    NONE
}
