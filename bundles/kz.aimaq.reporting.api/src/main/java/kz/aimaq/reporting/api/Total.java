package kz.aimaq.reporting.api;

/** How a column's subtotals and totals are made from the rows below them. */
public enum Total {
    /** No subtotal: the cell stays empty in subtotal and total rows. */
    NONE,
    /** The sum of the rows below. */
    SUM,
    /** The sum of the numerator column divided by the sum of the denominator column. */
    RATIO
}
