package kz.aimaq.reporting.api;

/** What a report asks for before it runs. */
public enum Parameter {
    /** A unit's KATO code; none means the user's whole scope. */
    UNIT,
    /** A period such as {@code 2026}, {@code 2026Q1} or {@code 2026-03}, see {@link Period}. */
    PERIOD,
    /** The day the data is read as of. */
    AS_OF
}
