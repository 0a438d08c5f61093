package kz.aimaq.reporting.api;

import java.util.Objects;

/**
 * A table column.
 *
 * @param id          a stable id, unique in its table
 * @param title       the heading, localised
 * @param type        what the cells hold
 * @param unit        the unit of measure shown with the heading (e.g. {@code people}, {@code ₸}), or empty
 * @param scale       decimals shown for {@link ColumnType#DECIMAL} and {@link ColumnType#PERCENT}
 * @param total       how subtotals are made
 * @param numerator   for {@link Total#RATIO}: the id of the numerator column, else {@code null}
 * @param denominator for {@link Total#RATIO}: the id of the denominator column, else {@code null}
 */
public record Column(String id, String title, ColumnType type, String unit, int scale, Total total,
        String numerator, String denominator) {

    public Column {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(total, "total");
        unit = unit == null ? "" : unit;
        if (total == Total.RATIO && (numerator == null || denominator == null)) {
            throw new IllegalArgumentException("column " + id + ": a ratio total needs numerator and denominator columns");
        }
        if (total != Total.NONE && (type == ColumnType.TEXT || type == ColumnType.DATE)) {
            throw new IllegalArgumentException("column " + id + ": text and date columns cannot be totalled");
        }
    }

    public static Column text(String id, String title) {
        return new Column(id, title, ColumnType.TEXT, "", 0, Total.NONE, null, null);
    }

    /** Whole numbers, summed in subtotals. */
    public static Column count(String id, String title, String unit) {
        return new Column(id, title, ColumnType.INTEGER, unit, 0, Total.SUM, null, null);
    }

    /** Decimals shown with {@code scale} places, not totalled. */
    public static Column decimal(String id, String title, String unit, int scale) {
        return new Column(id, title, ColumnType.DECIMAL, unit, scale, Total.NONE, null, null);
    }

    /** Money in tenge, summed. */
    public static Column money(String id, String title) {
        return new Column(id, title, ColumnType.MONEY, "₸", 2, Total.SUM, null, null);
    }

    /** A share whose subtotals are sum(numerator) / sum(denominator). */
    public static Column ratio(String id, String title, String numerator, String denominator) {
        return new Column(id, title, ColumnType.PERCENT, "%", 1, Total.RATIO, numerator, denominator);
    }

    /** Whether cells are numbers (right-aligned, real numbers in spreadsheets). */
    public boolean numeric() {
        return type != ColumnType.TEXT && type != ColumnType.DATE;
    }
}
