package kz.aimaq.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

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
import kz.aimaq.reporting.draw.Canvas.Align;
import kz.aimaq.reporting.draw.ChartPainter;
import kz.aimaq.reporting.draw.MapPainter;
import kz.aimaq.reporting.draw.Palette;

/**
 * PDF on A4 landscape: DejaVu Sans embedded (every Kazakh letter), tables broken across pages
 * with their header repeated, charts and maps as vector paths, and on every page a footer with
 * the title, the synthetic warning where it applies, and "page i of n".
 */
final class PdfReportWriter {

    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();
    private static final float MARGIN = 36;
    private static final float BOTTOM = HEIGHT - MARGIN - 16;
    private static final float CELL = 7.5f;
    private static final float ROW = 11;
    private static final float PAD = 3;
    private static final float CHART_HEIGHT = 250;
    private static final float MAP_HEIGHT = 380;
    private static final int RED = 0xC00000;

    private final ReportResult result;
    private final ProgressMonitor monitor;
    private final ReportStrings messages;
    private final Cells cells;
    private final PDDocument document = new PDDocument();
    private final List<PDPage> pages = new ArrayList<>();
    private PdfFonts fonts;
    private PDPageContentStream stream;
    private PdfCanvas canvas;
    private float y;

    private PdfReportWriter(ReportResult result, ProgressMonitor monitor) {
        this.result = result;
        this.monitor = monitor;
        this.messages = Labels.messages(result);
        this.cells = new Cells(result.locale());
    }

    static void write(ReportResult result, OutputStream out, ProgressMonitor monitor) throws IOException {
        PdfReportWriter writer = new PdfReportWriter(result, monitor);
        try (PDDocument document = writer.document) {
            try {
                writer.write();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            document.save(out);
        }
    }

    private void write() throws IOException {
        fonts = new PdfFonts(document);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(result.title());
        info.setAuthor(result.metadata().user());
        info.setCreator("Aimaq Workbench");
        newPage();
        heading(result.title(), 16);
        String banner = Labels.syntheticBanner(result);
        if (!banner.isEmpty()) {
            canvas.text(fonts.bold, banner, MARGIN, y + 10, 10, Align.LEFT, RED);
            y += 16;
        }
        List<Map.Entry<String, String>> metadata = Labels.metadata(result);
        // the values start after the widest label, within a third of the page
        float labels = 0;
        for (Map.Entry<String, String> line : metadata) {
            labels = Math.max(labels, fonts.width(fonts.bold, fonts.printable(fonts.bold, line.getKey() + ":"), CELL) + 8);
        }
        labels = Math.min(labels, (WIDTH - 2 * MARGIN) / 3);
        for (Map.Entry<String, String> line : metadata) {
            room(ROW);
            canvas.text(fonts.bold, fit(fonts.bold, line.getKey() + ":", CELL, labels - 4), MARGIN, y + CELL, CELL, Align.LEFT,
                    Palette.AXIS);
            canvas.text(fonts.regular, fit(fonts.regular, line.getValue(), CELL, WIDTH - 2 * MARGIN - labels), MARGIN + labels,
                    y + CELL, CELL, Align.LEFT, Palette.TEXT);
            y += ROW;
        }
        for (Section section : result.sections()) {
            Cancelled.check(monitor);
            y += 8;
            // a heading stays with the start of what follows it
            Block first = section.blocks().isEmpty() ? null : section.blocks().get(0);
            room(20 + (first instanceof Chart ? CHART_HEIGHT : first instanceof MapPanel ? MAP_HEIGHT : ROW * 4));
            heading(section.title(), 12);
            for (Block block : section.blocks()) {
                if (block instanceof Table table) {
                    table(table);
                } else if (block instanceof Chart chart) {
                    room(CHART_HEIGHT);
                    ChartPainter.paint(chart, canvas, MARGIN, y, Math.min(640, WIDTH - 2 * MARGIN), CHART_HEIGHT - 10);
                    y += CHART_HEIGHT;
                } else if (block instanceof MapPanel map) {
                    room(MAP_HEIGHT);
                    MapPainter.paint(map, canvas, MARGIN, y, WIDTH - 2 * MARGIN, MAP_HEIGHT - 10);
                    y += MAP_HEIGHT;
                } else if (block instanceof Paragraph paragraph) {
                    paragraph(paragraph.text());
                }
            }
        }
        stream.close();
        footers(banner);
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page);
        canvas = new PdfCanvas(stream, fonts, HEIGHT);
        y = MARGIN;
    }

    /** Starts a new page unless {@code height} fits below the cursor. */
    private boolean room(float height) throws IOException {
        if (y + height > BOTTOM && y > MARGIN) {
            newPage();
            return true;
        }
        return false;
    }

    private void heading(String text, float size) {
        canvas.text(fonts.bold, fit(fonts.bold, text, size, WIDTH - 2 * MARGIN), MARGIN, y + size, size, Align.LEFT, Palette.TEXT);
        y += size + 8;
    }

    private void paragraph(String text) throws IOException {
        float size = 9;
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fonts.width(fonts.regular, fonts.printable(fonts.regular, candidate), size) > WIDTH - 2 * MARGIN && !line.isEmpty()) {
                room(ROW + 2);
                canvas.text(fonts.regular, line.toString(), MARGIN, y + size, size, Align.LEFT, Palette.TEXT);
                y += ROW + 2;
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        room(ROW + 2);
        canvas.text(fonts.regular, line.toString(), MARGIN, y + size, size, Align.LEFT, Palette.TEXT);
        y += ROW + 6;
    }

    private String fit(PDType0Font font, String text, float size, double width) {
        String printable = fonts.printable(font, text);
        if (fonts.width(font, printable, size) <= width) {
            return printable;
        }
        String cut = printable;
        while (cut.length() > 1 && fonts.width(font, cut + "…", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private void table(Table table) throws IOException {
        List<Column> columns = table.columns();
        float[] widths = widths(table);
        if (!table.title().isEmpty()) {
            room(ROW * 3);
            canvas.text(fonts.bold, fit(fonts.bold, table.title(), 9, WIDTH - 2 * MARGIN), MARGIN, y + 9, 9, Align.LEFT, Palette.TEXT);
            y += ROW + 2;
        }
        room(ROW * 3);
        header(columns, widths);
        int n = 0;
        for (Row row : table.rows()) {
            if (++n % 200 == 0) {
                Cancelled.check(monitor);
            }
            if (room(ROW)) {
                header(columns, widths);
            }
            PDType0Font font = row.kind() == RowKind.DETAIL ? fonts.regular : fonts.bold;
            if (row.kind() != RowKind.DETAIL) {
                canvas.fillRect(MARGIN, y, sum(widths), ROW, row.kind() == RowKind.TOTAL ? 0xE2E2E2 : 0xF3F3F3);
            }
            float x = MARGIN;
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                String text = cells.display(column, row.cell(c));
                float indent = c == 1 ? 8 * row.level() : 0;
                String shown = fit(font, text, CELL, widths[c] - 2 * PAD - indent);
                if (column.numeric()) {
                    canvas.text(font, shown, x + widths[c] - PAD, y + CELL + 1, CELL, Align.RIGHT, Palette.TEXT);
                } else {
                    canvas.text(font, shown, x + PAD + indent, y + CELL + 1, CELL, Align.LEFT, Palette.TEXT);
                }
                x += widths[c];
            }
            canvas.line(MARGIN, y + ROW, MARGIN + sum(widths), y + ROW, 0xE0E0E0, 0.3);
            y += ROW;
        }
        y += 10;
    }

    private void header(List<Column> columns, float[] widths) {
        float height = ROW + 4;
        canvas.fillRect(MARGIN, y, sum(widths), height, 0xDDE6F0);
        float x = MARGIN;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            String shown = fit(fonts.bold, Cells.heading(column), CELL, widths[c] - 2 * PAD);
            if (column.numeric()) {
                canvas.text(fonts.bold, shown, x + widths[c] - PAD, y + CELL + 3, CELL, Align.RIGHT, Palette.TEXT);
            } else {
                canvas.text(fonts.bold, shown, x + PAD, y + CELL + 3, CELL, Align.LEFT, Palette.TEXT);
            }
            x += widths[c];
        }
        y += height;
    }

    /** Each column as wide as its widest cell (of the first thousand rows) or heading, shrunk to the page. */
    private float[] widths(Table table) {
        List<Column> columns = table.columns();
        float[] widths = new float[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = Math.min(fonts.width(fonts.bold, fonts.printable(fonts.bold, Cells.heading(columns.get(c))), CELL), 120);
        }
        int sampled = 0;
        for (Row row : table.rows()) {
            if (sampled++ > 1000 && row.kind() == RowKind.DETAIL) {
                continue;
            }
            for (int c = 0; c < columns.size(); c++) {
                String text = cells.display(columns.get(c), row.cell(c));
                float indent = c == 1 ? 8 * row.level() : 0;
                widths[c] = Math.max(widths[c], fonts.width(fonts.bold, fonts.printable(fonts.bold, text), CELL) + indent);
            }
        }
        float available = WIDTH - 2 * MARGIN;
        for (int c = 0; c < widths.length; c++) {
            widths[c] += 2 * PAD + 1;
        }
        float total = sum(widths);
        if (total > available) {
            float numeric = 0;
            for (int c = 0; c < widths.length; c++) {
                numeric += columns.get(c).numeric() ? widths[c] : 0;
            }
            // numbers keep their width while they can: text columns give up room first
            float textRoom = Math.max(available * 0.3f, available - numeric);
            float textTotal = total - numeric;
            float numericScale = Math.min(1, (available - Math.min(textRoom, textTotal)) / numeric);
            for (int c = 0; c < widths.length; c++) {
                widths[c] *= columns.get(c).numeric() ? numericScale : Math.min(textRoom, textTotal) / textTotal;
            }
        }
        return widths;
    }

    private static float sum(float[] widths) {
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        return sum;
    }

    private void footers(String banner) throws IOException {
        int count = pages.size();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                PdfCanvas c = new PdfCanvas(footer, fonts, HEIGHT);
                float baseline = HEIGHT - MARGIN + 10;
                c.line(MARGIN, baseline - 10, WIDTH - MARGIN, baseline - 10, Palette.GRID, 0.5);
                c.text(fonts.regular, fit(fonts.regular, result.title(), 7, 300), MARGIN, baseline, 7, Align.LEFT, Palette.AXIS);
                if (!banner.isEmpty()) {
                    c.text(fonts.bold, banner, WIDTH / 2, baseline, 7, Align.CENTER, RED);
                }
                c.text(fonts.regular, messages.get("pdf.page", i + 1, count), WIDTH - MARGIN, baseline, 7, Align.RIGHT,
                        Palette.AXIS);
            }
        }
    }
}
