package kz.aimaq.tax.api;

/**
 * One КБК line of an okrug's budget plan, in one version of the maslikhat decision.
 *
 * @param okrug      the okrug
 * @param year       the budget year
 * @param kbk        the budget classification code
 * @param version    1 for the adopted budget, then each amendment
 * @param amountTiyn the planned receipts, in tiyn
 * @param decision   the maslikhat decision that set it
 */
public record PlanLine(String okrug, int year, String kbk, int version, long amountTiyn, String decision) {
}
