package kz.aimaq.tax.api;

/** The taxes of individuals that fourth-level budgets receive and the module assesses. */
public enum TaxKind {
    PROPERTY,
    LAND,
    VEHICLE
}
