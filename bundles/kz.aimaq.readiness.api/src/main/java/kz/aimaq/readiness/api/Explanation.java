package kz.aimaq.readiness.api;

import java.util.List;

/**
 * Why a unit scores what it scores.
 *
 * @param unit          the unit code
 * @param total         its index
 * @param contributions one per indicator, in methodology order
 * @param weakest       the (up to) three indicators losing the most points: the biggest levers
 * @param imputed       the contributions whose value was imputed
 * @param oldestPeriod  the oldest vintage among the values used, or {@code null} if none
 * @param newestPeriod  the newest vintage among the values used, or {@code null} if none
 * @param synthetic     true when any value used is synthetic demonstration data
 */
public record Explanation(String unit, NodeScore total, List<Contribution> contributions,
        List<Contribution> weakest, List<Contribution> imputed, String oldestPeriod,
        String newestPeriod, boolean synthetic) {
}
