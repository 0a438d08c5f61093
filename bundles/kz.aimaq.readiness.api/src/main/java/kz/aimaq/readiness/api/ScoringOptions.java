package kz.aimaq.readiness.api;

/**
 * Choices made per scoring run.
 *
 * @param period       the period to score, or {@code null} for the latest period in the data
 * @param rankDecimals rank on scores rounded to this many decimals, as a publisher who ranks
 *                     its rounded figures does (ties then match); −1 ranks at full precision,
 *                     which is about 12 significant digits: scores that differ only in the last
 *                     bits of their binary sums tie
 */
public record ScoringOptions(String period, int rankDecimals) {

    /** The latest period, ranked at full precision. */
    public static ScoringOptions latest() {
        return new ScoringOptions(null, -1);
    }

    public ScoringOptions withPeriod(String newPeriod) {
        return new ScoringOptions(newPeriod, rankDecimals);
    }

    public ScoringOptions withRankDecimals(int decimals) {
        return new ScoringOptions(period, decimals);
    }
}
