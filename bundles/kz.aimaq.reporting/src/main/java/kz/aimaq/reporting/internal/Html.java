package kz.aimaq.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import kz.aimaq.platform.api.jobs.ProgressMonitor;
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
import kz.aimaq.reporting.draw.ChartPainter;
import kz.aimaq.reporting.draw.MapPainter;

/**
 * One self-contained HTML file: styles inline, charts and maps as inline SVG, no script, no
 * link to anything outside, so it opens offline and prints as it shows.
 */
final class Html {

    static final double CHART_WIDTH = 720;
    static final double CHART_HEIGHT = 360;

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static void write(ReportResult result, OutputStream out, ProgressMonitor monitor) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Cells cells = new Cells(result.locale());
        w.write("<!DOCTYPE html>\n<html lang=\"" + result.locale().getLanguage() + "\"><head><meta charset=\"utf-8\">");
        w.write("<title>" + escape(result.title()) + "</title><style>"
                + "body{font-family:'DejaVu Sans',sans-serif;font-size:13px;margin:24px;color:#222}"
                + "table{border-collapse:collapse;margin:8px 0 16px}th,td{border:1px solid #ccc;padding:2px 6px}"
                + "th{background:#dde6f0;position:sticky;top:0}td.n{text-align:right}tr.sub td{font-weight:bold;background:#f6f6f6}"
                + "tr.total td{font-weight:bold;background:#e6e6e6}.synthetic{color:#c00000;font-weight:bold;border:2px solid #c00000;padding:4px}"
                + "dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px}dt{color:#666}dd{margin:0}"
                + "@media print{th{position:static}}</style></head><body>\n");
        w.write("<h1>" + escape(result.title()) + "</h1>\n");
        String banner = Labels.syntheticBanner(result);
        if (!banner.isEmpty()) {
            w.write("<p class=\"synthetic\">" + escape(banner) + "</p>\n");
        }
        w.write("<dl>");
        for (Map.Entry<String, String> line : Labels.metadata(result)) {
            w.write("<dt>" + escape(line.getKey()) + "</dt><dd>" + escape(line.getValue()) + "</dd>");
        }
        w.write("</dl>\n");
        for (Section section : result.sections()) {
            Cancelled.check(monitor);
            w.write("<h2>" + escape(section.title()) + "</h2>\n");
            for (Block block : section.blocks()) {
                if (block instanceof Table table) {
                    table(w, table, cells);
                } else if (block instanceof Chart chart) {
                    StringBuilder svg = new StringBuilder();
                    ChartPainter.paint(chart, new SvgCanvas(svg), 4, 4, CHART_WIDTH - 8, CHART_HEIGHT - 8);
                    svg(w, svg);
                } else if (block instanceof MapPanel map) {
                    StringBuilder svg = new StringBuilder();
                    MapPainter.paint(map, new SvgCanvas(svg), 4, 4, CHART_WIDTH - 8, CHART_HEIGHT - 8);
                    svg(w, svg);
                } else if (block instanceof Paragraph paragraph) {
                    w.write("<p>" + escape(paragraph.text()) + "</p>\n");
                }
            }
        }
        w.write("</body></html>\n");
        w.flush();
    }

    private static void svg(Writer w, StringBuilder svg) throws IOException {
        w.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (int) CHART_WIDTH + "\" height=\"" + (int) CHART_HEIGHT
                + "\" font-family=\"DejaVu Sans, sans-serif\">\n");
        w.write(svg.toString());
        w.write("</svg>\n");
    }

    private static void table(Writer w, Table table, Cells cells) throws IOException {
        w.write("<table>");
        if (!table.title().isEmpty()) {
            w.write("<caption>" + escape(table.title()) + "</caption>");
        }
        w.write("<thead><tr>");
        for (Column column : table.columns()) {
            w.write("<th>" + escape(Cells.heading(column)) + "</th>");
        }
        w.write("</tr></thead><tbody>\n");
        StringBuilder line = new StringBuilder();
        for (Row row : table.rows()) {
            line.setLength(0);
            line.append(row.kind() == RowKind.TOTAL ? "<tr class=\"total\">" : row.kind() == RowKind.SUBTOTAL ? "<tr class=\"sub\">" : "<tr>");
            for (int c = 0; c < table.columns().size(); c++) {
                Column column = table.columns().get(c);
                String text = escape(cells.display(column, row.cell(c)));
                if (column.numeric()) {
                    line.append("<td class=\"n\">").append(text).append("</td>");
                } else if (c == 1 && row.level() > 0) {
                    line.append("<td style=\"padding-left:").append(6 + 14 * row.level()).append("px\">").append(text).append("</td>");
                } else {
                    line.append("<td>").append(text).append("</td>");
                }
            }
            line.append("</tr>\n");
            w.write(line.toString());
        }
        w.write("</tbody></table>\n");
    }
}
