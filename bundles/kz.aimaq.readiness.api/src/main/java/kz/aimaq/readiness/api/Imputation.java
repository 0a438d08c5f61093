package kz.aimaq.readiness.api;

/** What fills an indicator value missing for the scored period. Imputed values are flagged. */
public enum Imputation {
    /** Nothing: the value stays missing and counts against coverage. */
    NONE,
    /** The median of the same indicator and period over the unit's peers (siblings under the
     * same parent when a hierarchy is given, otherwise all units). */
    PEER_MEDIAN,
    /** The unit's most recent earlier value of the indicator. */
    LAST_OBSERVED
}
