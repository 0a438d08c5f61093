package kz.aimaq.csv;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line   the 1-based line it starts on
 * @param fields its fields, as many as the header has
 */
public record CsvRow(int line, List<String> fields) {

    /** The field in a column, or {@code ""} for a column the file does not have ({@code column < 0}). */
    public String get(int column) {
        return column < 0 ? "" : fields.get(column);
    }
}
