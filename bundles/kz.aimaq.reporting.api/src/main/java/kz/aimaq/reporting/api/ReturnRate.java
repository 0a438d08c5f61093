package kz.aimaq.reporting.api;

/**
 * Whether one unit was expected to submit a return for a period, and did so, and in time.
 *
 * @param unit     the unit's KATO code
 * @param expected whether it existed through the whole period (and is of an expected kind)
 * @param received whether its return was received (counted only where expected)
 * @param onTime   whether it was received by the data set's deadline (only where received)
 */
public record ReturnRate(String unit, boolean expected, boolean received, boolean onTime) {

    public ReturnRate {
        if (received && !expected || onTime && !received) {
            throw new IllegalArgumentException(unit + ": received only where expected, on time only where received");
        }
    }
}
