package kz.aimaq.reporting.api;

/** What a table column holds; renderers format and align by it. */
public enum ColumnType {
    /** Text: a {@link String}. */
    TEXT,
    /** A whole number: a {@link Long}. */
    INTEGER,
    /** A decimal: a {@link java.math.BigDecimal} shown with the column's scale. */
    DECIMAL,
    /** An amount of money in tenge: a {@link java.math.BigDecimal}, two decimals. */
    MONEY,
    /** A share in [0, 1]: a {@link java.math.BigDecimal} shown as a percentage. */
    PERCENT,
    /** A day: a {@link java.time.LocalDate}. */
    DATE
}
