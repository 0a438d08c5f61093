package kz.aimaq.tax.api;

import java.time.LocalDate;

/**
 * How many taxpayer × КБК accounts still owe tax of one due date and how much: an aggregate.
 *
 * @param kbk        the budget classification code
 * @param dueDate    the due date
 * @param accounts   accounts with tax of that due date unpaid
 * @param unpaidTiyn their unpaid tax of that due date
 * @since 1.1
 */
public record DueTotal(String kbk, LocalDate dueDate, long accounts, long unpaidTiyn) {
}
