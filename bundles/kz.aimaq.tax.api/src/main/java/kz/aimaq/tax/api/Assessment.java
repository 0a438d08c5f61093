package kz.aimaq.tax.api;

import java.time.LocalDate;

/**
 * The tax on one object for one year, by the rules in force for that year.
 *
 * @param okrug       the receiving okrug
 * @param objectId    the object
 * @param taxpayerId  the owner
 * @param year        the tax year
 * @param kbk         the budget classification code the tax is paid to
 * @param amountTiyn  the tax, in tiyn
 * @param dueDate     the last day to pay without penalty
 * @param computation how the amount was reached: rate row, MCI, coefficient, months, in English
 * @param unverified  whether a reference row used is marked [M] or [L]
 */
public record Assessment(String okrug, String objectId, String taxpayerId, int year, String kbk, long amountTiyn,
        LocalDate dueDate, String computation, boolean unverified) {
}
