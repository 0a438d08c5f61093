package kz.aimaq.reporting.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A table with typed columns; cells are checked against their column's type when made.
 *
 * @param title   a caption, localised, or empty
 * @param columns the columns
 * @param rows    the rows: details, subtotals and a total
 */
public record Table(String title, List<Column> columns, List<Row> rows) implements Block {

    public Table {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("table '" + title + "' row " + (r + 1) + " has "
                        + row.cells().size() + " cells for " + columns.size() + " columns");
            }
            for (int c = 0; c < columns.size(); c++) {
                Object cell = row.cell(c);
                if (cell != null && !fits(columns.get(c).type(), cell)) {
                    throw new IllegalArgumentException("table '" + title + "' row " + (r + 1) + " column "
                            + columns.get(c).id() + ": " + cell.getClass().getSimpleName() + " in a "
                            + columns.get(c).type() + " column");
                }
            }
        }
    }

    private static boolean fits(ColumnType type, Object cell) {
        return switch (type) {
            case TEXT -> cell instanceof String;
            case INTEGER -> cell instanceof Long;
            case DECIMAL, MONEY, PERCENT -> cell instanceof BigDecimal;
            case DATE -> cell instanceof LocalDate;
        };
    }

    /** The index of the column with this id. */
    public int column(String id) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table '" + title + "' has no column " + id);
    }

    /** The total row, if the table has one. */
    public java.util.Optional<Row> total() {
        return rows.stream().filter(r -> r.kind() == RowKind.TOTAL).findFirst();
    }
}
