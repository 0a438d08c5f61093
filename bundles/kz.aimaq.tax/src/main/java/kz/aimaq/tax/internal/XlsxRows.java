package kz.aimaq.tax.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.tax.api.InputProblem;

/**
 * The tax module's reading of an XLSX file: the first sheet, its first row the header (columns
 * matched by code as the CSV reader does: {@code kato} or {@code Код КАТО [kato]}), every other
 * row a data row. Problems name the file and sheet ({@code bank.xlsx!Payments}), the row, the
 * column and the cell.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    /** A data row of the sheet. */
    private static final class Row extends InputRow {
        private final XlsxSheet.SheetRow row;
        private final Map<String, Integer> columns;

        Row(String file, XlsxSheet.SheetRow row, Map<String, Integer> columns, Messages texts,
                List<InputProblem> problems) {
            super(file, row.number(), texts, problems);
            this.row = row;
            this.columns = columns;
        }

        @Override
        String text(String column) {
            Integer index = columns.get(column.toLowerCase(Locale.ROOT));
            return index == null ? "" : row.cell(index).trim();
        }

        @Override
        String cell(String column) {
            Integer index = columns.get(column.toLowerCase(Locale.ROOT));
            return index == null ? null : XlsxSheet.cellName(row.number(), index);
        }
    }

    /**
     * The data rows of the file's first sheet; an unreadable file or a missing column is a problem,
     * said in {@code locale}'s language, as are the rows' problems.
     */
    static List<InputRow> read(byte[] bytes, String file, List<String> requiredColumns, Locale locale,
            List<InputProblem> problems) throws IOException {
        Messages texts = ProblemTexts.of(locale);
        XlsxSheet sheet;
        try {
            sheet = XlsxSheet.read(bytes);
        } catch (XlsxSheet.XlsxException e) {
            problems.add(new InputProblem(file, 0, "-", e.reason(texts)));
            return List.of();
        }
        String label = file + "!" + sheet.name();
        List<InputRow> rows = new ArrayList<>();
        if (sheet.rows().isEmpty()) {
            problems.add(new InputProblem(label, 0, "-", texts.get("sheet.empty", String.join(",", requiredColumns))));
            return rows;
        }
        XlsxSheet.SheetRow header = sheet.rows().get(0);
        Map<String, Integer> columns = columnsOf(header.cells());
        for (String column : requiredColumns) {
            if (!columns.containsKey(column)) {
                problems.add(new InputProblem(label, header.number(), column, texts.get("header.missing", column,
                        String.join(",", requiredColumns))));
            }
        }
        for (XlsxSheet.SheetRow row : sheet.rows().subList(1, sheet.rows().size())) {
            rows.add(new Row(label, row, columns, texts, problems));
        }
        return rows;
    }

    /** Column codes to indexes: a header cell is its code, or ends with {@code [code]}. */
    private static Map<String, Integer> columnsOf(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            int open = name.lastIndexOf('[');
            if (name.endsWith("]") && open >= 0) {
                columns.putIfAbsent(name.substring(open + 1, name.length() - 1).strip().toLowerCase(Locale.ROOT), i);
            }
            columns.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }
}
