package kz.aimaq.reporting.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where figures in a report came from.
 *
 * @param name      what it is, citable (e.g. {@code KATO 2026, stat.gov.kz})
 * @param asOf      the date the data describes or was last changed
 * @param synthetic true when the data is made-up demonstration data
 */
public record DataSource(String name, LocalDate asOf, boolean synthetic) {

    public DataSource {
        Objects.requireNonNull(name, "name");
    }
}
