package kz.aimaq.reporting.api;

/** The chart kinds every renderer draws. */
public enum ChartKind {
    BAR, STACKED_BAR, LINE, PIE
}
