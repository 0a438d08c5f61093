package kz.aimaq.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

import kz.aimaq.reporting.api.Column;

/** How cells read as text in a language, for people: grouped thousands, the decimal mark of the language. */
final class Cells {

    private final DecimalFormatSymbols symbols;

    Cells(Locale locale) {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(locale);
        // A plain space groups thousands: some fonts lack the narrow no-break space CLDR now uses.
        s.setGroupingSeparator(' ');
        this.symbols = s;
    }

    /** The cell as a reader sees it, e.g. {@code 1 234 567}, {@code 40,0} (a percentage), {@code 2026-03-01}. */
    String display(Column column, Object cell) {
        if (cell == null) {
            return "";
        }
        return switch (column.type()) {
            case TEXT -> cell.toString();
            case DATE -> ((LocalDate) cell).toString();
            case INTEGER -> format(BigDecimal.valueOf((Long) cell), 0);
            case DECIMAL -> format((BigDecimal) cell, column.scale());
            case MONEY -> format((BigDecimal) cell, 2);
            case PERCENT -> format(((BigDecimal) cell).movePointRight(2), column.scale());
        };
    }

    private String format(BigDecimal value, int scale) {
        DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale), symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** The heading with its unit: {@code Population, people}. */
    static String heading(Column column) {
        return column.unit().isEmpty() ? column.title() : column.title() + ", " + column.unit();
    }
}
