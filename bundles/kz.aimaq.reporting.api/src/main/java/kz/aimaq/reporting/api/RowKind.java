package kz.aimaq.reporting.api;

/** What a table row is. */
public enum RowKind {
    /** A row of data. */
    DETAIL,
    /** The subtotal of a group (a district, a region), shown before its rows. */
    SUBTOTAL,
    /** The grand total, last. */
    TOTAL
}
