package kz.aimaq.reporting.api;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table row: one cell per column ({@code null} for empty), of the type the column says.
 *
 * @param kind  detail, subtotal or total
 * @param level the depth in the roll-up (0 nation or region, growing downwards), for indenting
 * @param cells the cells, as many as the table has columns
 */
public record Row(RowKind kind, int level, List<Object> cells) {

    public Row {
        Objects.requireNonNull(kind, "kind");
        // cells may hold nulls, which List.copyOf refuses
        cells = Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }

    public static Row of(Object... cells) {
        return new Row(RowKind.DETAIL, 0, java.util.Arrays.asList(cells));
    }

    public Object cell(int column) {
        return cells.get(column);
    }
}
