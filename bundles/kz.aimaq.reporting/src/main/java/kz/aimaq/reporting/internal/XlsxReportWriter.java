package kz.aimaq.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.reporting.api.Block;
import kz.aimaq.reporting.api.Chart;
import kz.aimaq.reporting.api.Column;
import kz.aimaq.reporting.api.MapPanel;
import kz.aimaq.reporting.api.Paragraph;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.Row;
import kz.aimaq.reporting.api.RowKind;
import kz.aimaq.reporting.api.Section;
import kz.aimaq.reporting.api.Table;

/**
 * XLSX: one sheet per section with real numbers and number formats (percentages stored as
 * fractions, shown as {@code 0.0%}), the header of the section's first table frozen, subtotals
 * and totals bold, charts and maps as the tables of their data; a last sheet with the metadata.
 */
final class XlsxReportWriter {

    private XlsxReportWriter() {
    }

    static void write(ReportResult result, OutputStream out, ProgressMonitor monitor) throws IOException {
        ReportStrings m = Labels.messages(result);
        Workbook workbook = new Workbook(out, "Aimaq", "1.0");
        Set<String> sheetNames = new HashSet<>();
        for (Section section : result.sections()) {
            Cancelled.check(monitor);
            Worksheet sheet = workbook.newWorksheet(sheetName(section.title(), sheetNames));
            int r = 0;
            sheet.value(r, 0, section.title());
            sheet.style(r, 0).bold().fontSize(13).set();
            r++;
            String banner = Labels.syntheticBanner(result);
            if (!banner.isEmpty()) {
                sheet.value(r, 0, banner);
                sheet.style(r, 0).bold().fontColor("C00000").set();
                r++;
            }
            boolean frozen = false;
            int[] widths = new int[64];
            for (Block block : section.blocks()) {
                r++;
                if (block instanceof Table table) {
                    if (!table.title().isEmpty()) {
                        sheet.value(r++, 0, table.title());
                    }
                    int header = r;
                    r = table(sheet, table, r, widths, monitor);
                    if (!frozen) {
                        sheet.freezePane(0, header + 1);
                        frozen = true;
                    }
                } else if (block instanceof Chart chart) {
                    r = chart(sheet, chart, r, m);
                } else if (block instanceof MapPanel map) {
                    r = map(sheet, map, r, m);
                } else if (block instanceof Paragraph paragraph) {
                    sheet.value(r++, 0, paragraph.text());
                }
            }
            for (int c = 0; c < widths.length; c++) {
                if (widths[c] > 0) {
                    sheet.width(c, Math.min(60, widths[c] + 2));
                }
            }
        }
        Worksheet about = workbook.newWorksheet(sheetName(m.get("meta.sheet"), sheetNames));
        about.value(0, 0, result.title());
        about.style(0, 0).bold().fontSize(13).set();
        int r = 2;
        String banner = Labels.syntheticBanner(result);
        if (!banner.isEmpty()) {
            about.value(1, 0, banner);
            about.style(1, 0).bold().fontColor("C00000").set();
        }
        for (Map.Entry<String, String> line : Labels.metadata(result)) {
            about.value(r, 0, line.getKey());
            about.value(r, 1, line.getValue());
            r++;
        }
        about.width(0, 24);
        about.width(1, 90);
        workbook.finish();
    }

    private static int table(Worksheet sheet, Table table, int start, int[] widths, ProgressMonitor monitor)
            throws Cancelled {
        int r = start;
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            String heading = Cells.heading(columns.get(c));
            sheet.value(r, c, heading);
            sheet.style(r, c).bold().fillColor("DDE6F0").wrapText(true).set();
            widths[c] = Math.max(widths[c], Math.min(heading.length(), 24));
        }
        r++;
        int n = 0;
        for (Row row : table.rows()) {
            if (++n % 500 == 0) {
                Cancelled.check(monitor);
            }
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                Object cell = row.cell(c);
                if (cell == null) {
                    continue;
                }
                if (column.numeric()) {
                    sheet.value(r, c, (Number) cell);
                } else if (cell instanceof java.time.LocalDate day) {
                    sheet.value(r, c, day);
                } else {
                    String text = c == 1 && row.level() > 0 ? "  ".repeat(row.level()) + cell : cell.toString();
                    sheet.value(r, c, text);
                    widths[c] = Math.max(widths[c], text.length());
                }
            }
            styleRow(sheet, columns, row, r);
            r++;
        }
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).numeric()) {
                widths[c] = Math.max(widths[c], 12);
            }
        }
        return r;
    }

    private static void styleRow(Worksheet sheet, List<Column> columns, Row row, int r) {
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            String format = format(column);
            boolean strong = row.kind() != RowKind.DETAIL;
            if (format == null && !strong) {
                continue;
            }
            var style = sheet.style(r, c);
            if (format != null) {
                style = style.format(format);
            }
            if (strong) {
                style = style.bold();
            }
            if (row.kind() == RowKind.TOTAL) {
                style = style.fillColor("EEEEEE");
            }
            style.set();
        }
    }

    private static String format(Column column) {
        return switch (column.type()) {
            case INTEGER -> "#,##0";
            case DECIMAL -> column.scale() == 0 ? "#,##0" : "#,##0." + "0".repeat(column.scale());
            case MONEY -> "#,##0.00";
            case PERCENT -> column.scale() == 0 ? "0%" : "0." + "0".repeat(column.scale()) + "%";
            case DATE -> "yyyy-mm-dd";
            case TEXT -> null;
        };
    }

    private static int chart(Worksheet sheet, Chart chart, int start, ReportStrings m) {
        int r = start;
        sheet.value(r, 0, m.get("chart.data") + ": " + chart.title());
        sheet.style(r, 0).bold().set();
        r++;
        for (int s = 0; s < chart.series().size(); s++) {
            sheet.value(r, s + 1, chart.series().get(s).name() + (chart.unit().isEmpty() ? "" : ", " + chart.unit()));
            sheet.style(r, s + 1).bold().set();
        }
        r++;
        for (int c = 0; c < chart.categories().size(); c++) {
            sheet.value(r, 0, chart.categories().get(c));
            for (int s = 0; s < chart.series().size(); s++) {
                Double v = chart.series().get(s).values().get(c);
                if (v != null) {
                    sheet.value(r, s + 1, BigDecimal.valueOf(v));
                }
            }
            r++;
        }
        return r;
    }

    private static int map(Worksheet sheet, MapPanel map, int start, ReportStrings m) {
        int r = start;
        sheet.value(r, 0, m.get("map.data") + ": " + map.title());
        sheet.style(r, 0).bold().set();
        r++;
        for (MapPanel.MapArea area : map.areas()) {
            sheet.value(r, 0, area.code());
            sheet.value(r, 1, area.name());
            sheet.value(r, 2, area.group());
            if (area.classIndex() >= 0) {
                sheet.value(r, 3, map.classes().get(area.classIndex()).label());
            }
            r++;
        }
        return r;
    }

    /** Excel's rules: at most 31 characters, none of {@code []:*?/\}, unique in the workbook. */
    static String sheetName(String title, Set<String> taken) {
        String base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (base.isEmpty()) {
            base = "Sheet";
        }
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            name = base + " " + i;
        }
        return name;
    }
}
