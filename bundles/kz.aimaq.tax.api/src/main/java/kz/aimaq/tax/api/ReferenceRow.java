package kz.aimaq.tax.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One dated row of a reference table (MCI, base rate, vehicle rates, property scale, land rates,
 * КБК list, due dates), as shipped or imported.
 *
 * @param table      the table's name, e.g. {@code mci}
 * @param key        what the row is about within the table, e.g. {@code 2017:passenger:1500-2000}
 * @param values     the row's values, in the table's column order
 * @param validFrom  first day the row applies
 * @param validTo    first day it no longer applies, {@code null} while open
 * @param source     where the figure comes from
 * @param confidence how sure the source is
 */
public record ReferenceRow(String table, String key, List<String> values, LocalDate validFrom, LocalDate validTo,
        String source, Confidence confidence) {

    public ReferenceRow {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
    }

    /** Whether the row applies on {@code day}. */
    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }
}
