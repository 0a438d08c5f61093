package kz.aimaq.tax.api;

import java.util.List;

/**
 * A newer version of a reference table, checked and not yet imported.
 *
 * @param table   the table, e.g. {@code base_rate}
 * @param file    the file name
 * @param sha256  the file's content hash
 * @param rows    every row of the new version
 * @param added   rows that are new against the table in force
 * @param changed rows in force whose end was set (an open rule closed from a day on)
 */
public record ReferencePreview(String table, String file, String sha256, List<ReferenceRow> rows, int added,
        int changed) {

    public ReferencePreview {
        rows = List.copyOf(rows);
    }
}
