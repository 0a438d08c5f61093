package kz.aimaq.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.aimaq.csv.CsvConvention;
import kz.aimaq.csv.CsvOutput;
import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.reporting.api.Column;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.Row;
import kz.aimaq.reporting.api.Section;
import kz.aimaq.reporting.api.Table;

/**
 * CSV in the house convention of the result's language ({@code kz.aimaq.csv}): UTF-8 with a
 * byte-order mark, {@code ;} and a decimal comma in Kazakh and Russian, {@code ,} and a point in
 * English, headers {@code Label [code]}. The file holds the title and metadata as label–value
 * lines, then each table: a line with its section and caption, its header and its rows.
 * Percentages are written as percentages (40.0, not 0.4), as the header's unit says.
 */
final class CsvReportWriter {

    private CsvReportWriter() {
    }

    static void write(ReportResult result, OutputStream out, ProgressMonitor monitor) throws IOException {
        CsvConvention convention = CsvConvention.of(result.locale());
        try (CsvOutput csv = CsvOutput.open(out, convention)) {
            csv.row(result.title());
            String banner = Labels.syntheticBanner(result);
            if (!banner.isEmpty()) {
                csv.row(banner);
            }
            for (Map.Entry<String, String> line : Labels.metadata(result)) {
                csv.row(line.getKey(), line.getValue());
            }
            for (Section section : result.sections()) {
                for (Table table : section.tables()) {
                    Cancelled.check(monitor);
                    csv.row(table.title().isEmpty() ? section.title() : section.title() + " — " + table.title());
                    csv.row(table.columns().stream().map(c -> convention.header(Cells.heading(c), c.id())).toList());
                    rows(table, csv);
                }
            }
        }
    }

    /** The rows of a table, each cell as the convention writes it. */
    static void rows(Table table, CsvOutput csv) {
        CsvConvention convention = csv.convention();
        List<String> record = new ArrayList<>(table.columns().size());
        for (Row row : table.rows()) {
            record.clear();
            for (int c = 0; c < table.columns().size(); c++) {
                record.add(cell(convention, table.columns().get(c), row.cell(c)));
            }
            csv.row(record);
        }
    }

    private static String cell(CsvConvention convention, Column column, Object cell) {
        if (cell == null) {
            return "";
        }
        return switch (column.type()) {
            case TEXT, DATE -> cell.toString();
            case INTEGER -> convention.integer((Long) cell);
            case DECIMAL -> convention.number((BigDecimal) cell, column.scale());
            case MONEY -> convention.number((BigDecimal) cell, 2);
            case PERCENT -> convention.number(((BigDecimal) cell).movePointRight(2), column.scale());
        };
    }
}
