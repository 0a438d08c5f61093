package kz.aimaq.tax.api;

import java.time.LocalDate;

/**
 * What one taxpayer still owes on one КБК for the liabilities of one due date, as of a day: the
 * collection calendar's "who is due or late".
 *
 * @param okrug       the okrug
 * @param taxpayerId  IIN or BIN (mask it before showing or exporting an IIN)
 * @param kbk         the budget classification code
 * @param dueDate     the due date of the liabilities
 * @param unpaidTiyn  their tax not yet paid (payments settle the oldest due date first)
 * @param penaltyTiyn the penalty accrued on them up to the day asked (before any КНП 912 payment)
 * @since 1.1
 */
public record DueAccount(String okrug, String taxpayerId, String kbk, LocalDate dueDate, long unpaidTiyn,
        long penaltyTiyn) {

    /** Whether the due date has passed on that day. */
    public boolean lateOn(LocalDate day) {
        return dueDate.isBefore(day);
    }
}
