package kz.aimaq.readiness.api;

import java.util.List;

/**
 * Unit A against unit B as a sum of per-indicator differences:
 * {@code scoreA − scoreB = Σ differences[i].delta} whenever both are scored.
 *
 * @param unitA       first unit
 * @param unitB       second unit
 * @param scoreA      A's index (NaN if insufficient)
 * @param scoreB      B's index (NaN if insufficient)
 * @param differences one per indicator, largest |delta| first
 */
public record Comparison(String unitA, String unitB, double scoreA, double scoreB,
        List<Difference> differences) {

    /**
     * @param indicator     indicator id
     * @param contributionA its contribution to A
     * @param contributionB its contribution to B
     * @param delta         contributionA − contributionB
     */
    public record Difference(String indicator, double contributionA, double contributionB, double delta) {
    }
}
