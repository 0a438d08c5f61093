package kz.aimaq.reporting.api;

/** How long a reporting period is. */
public enum PeriodType {
    YEARLY, QUARTERLY, MONTHLY
}
