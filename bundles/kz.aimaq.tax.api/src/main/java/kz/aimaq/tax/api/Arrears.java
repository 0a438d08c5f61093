package kz.aimaq.tax.api;

import java.time.LocalDate;

/**
 * What one taxpayer owes on one КБК as of a day.
 *
 * @param okrug          the okrug
 * @param taxpayerId     IIN or BIN (mask it before showing or exporting an IIN)
 * @param kbk            the budget classification code
 * @param principalTiyn  unpaid tax past its due date
 * @param penaltyTiyn    accrued penalty not yet paid with КНП 912
 * @param oldestDue      due date of the oldest unpaid liability; for a debt of penalty only, of the oldest
 *                       liability whose penalty is unpaid (КНП 912 payments settle penalties oldest first)
 * @param daysOverdue    days from that due date to the day asked
 * @param bucket         the ageing bucket of the oldest unpaid liability
 * @param creditTiyn     overpayment kept for this taxpayer and КБК (0 when none)
 */
public record Arrears(String okrug, String taxpayerId, String kbk, long principalTiyn, long penaltyTiyn,
        LocalDate oldestDue, long daysOverdue, AgeBucket bucket, long creditTiyn) {

    public long totalTiyn() {
        return principalTiyn + penaltyTiyn;
    }
}
