package kz.aimaq.tax.api;

import java.time.LocalDate;

/**
 * One payment line of a bank file.
 *
 * @param date       the value date
 * @param payerId    IIN or BIN of the payer
 * @param kbk        the budget classification code
 * @param knp        the purpose code: {@code 911} the tax, {@code 912} penalty, {@code 913} fine
 * @param amountTiyn the amount, in tiyn; negative for a refund
 * @param document   the payment document number
 * @param okrug      KATO of the recipient fourth-level budget
 */
public record Payment(LocalDate date, String payerId, String kbk, String knp, long amountTiyn, String document,
        String okrug) {

    /** КНП of the tax itself. */
    public static final String KNP_TAX = "911";
    /** КНП of a penalty payment, which settles penalties of the same КБК. */
    public static final String KNP_PENALTY = "912";
}
