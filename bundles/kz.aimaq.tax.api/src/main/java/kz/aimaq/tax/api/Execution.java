package kz.aimaq.tax.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * Plan against actual for one КБК of a unit (an okrug, or a district or region summed up).
 *
 * @param unit           KATO code of the unit
 * @param year           the budget year
 * @param kbk            the budget classification code
 * @param planTiyn       the latest plan version's amount (summed over okrugs for a higher unit)
 * @param actualTiyn     receipts so far in the year (tax and penalty)
 * @param monthlyTiyn    receipts per month, January first, 12 entries
 * @param percentOfPlan  actual as a percent of plan, 1 decimal; {@code null} without a plan
 * @param forecastTiyn   year-end forecast: the months so far at their average pace
 */
public record Execution(String unit, int year, String kbk, long planTiyn, long actualTiyn, List<Long> monthlyTiyn,
        BigDecimal percentOfPlan, long forecastTiyn) {

    public Execution {
        monthlyTiyn = List.copyOf(monthlyTiyn);
    }
}
