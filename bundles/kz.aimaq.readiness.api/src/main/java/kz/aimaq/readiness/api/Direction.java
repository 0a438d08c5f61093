package kz.aimaq.readiness.api;

/** Whether a higher or a lower raw value is better. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
