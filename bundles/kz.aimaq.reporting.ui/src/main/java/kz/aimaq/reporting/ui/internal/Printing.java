package kz.aimaq.reporting.ui.internal;

import java.util.Locale;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.reporting.api.Block;
import kz.aimaq.reporting.api.Chart;
import kz.aimaq.reporting.api.MapPanel;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.Row;
import kz.aimaq.reporting.api.Section;
import kz.aimaq.reporting.api.Table;
import kz.aimaq.reporting.draw.ChartPainter;
import kz.aimaq.reporting.draw.MapPainter;

/**
 * Prints a result on the printer the user chose: the title and metadata, tables line by line
 * with their header repeated on each page, charts and maps as the window draws them, page numbers.
 * The PDF export is the better print for filing; this is for the paper on the desk.
 */
final class Printing {

    private Printing() {
    }

    static void print(ReportResult result, PrinterData data, Messages messages) {
        Printer printer = new Printer(data);
        try {
            if (!printer.startJob(result.title())) {
                throw new IllegalStateException(messages.get("reports.printRefused"));
            }
            new Pages(printer, result, messages).print();
            printer.endJob();
        } finally {
            printer.dispose();
        }
    }

    /** The cursor over pages of one print job. */
    private static final class Pages {

        private final Printer printer;
        private final ReportResult result;
        private final Messages messages;
        private final Rectangle area;
        private final double scale;
        private GC gc;
        private SwtCanvas canvas;
        private int y;
        private int page;

        Pages(Printer printer, ReportResult result, Messages messages) {
            this.printer = printer;
            this.result = result;
            this.messages = messages;
            Point dpi = printer.getDPI();
            scale = dpi.y / 72.0;
            Rectangle client = printer.getClientArea();
            int margin = dpi.x / 2;
            area = new Rectangle(margin, margin, client.width - 2 * margin, client.height - 2 * margin);
        }

        void print() {
            newPage();
            line(result.title(), 14);
            if (result.metadata().synthetic()) {
                line(messages.get("preview.synthetic"), 10);
            }
            result.metadata().parameters().forEach((k, v) -> line(k + ": " + v, 8));
            result.metadata().notes().forEach(note -> line(note, 8));
            for (Section section : result.sections()) {
                line(section.title(), 12);
                for (Block block : section.blocks()) {
                    if (block instanceof Table table) {
                        table(table);
                    } else if (block instanceof Chart || block instanceof MapPanel) {
                        int height = (int) (300 * scale);
                        room(height);
                        double s = 1 / scale;
                        // painters work in points: draw at the printer's resolution by scaling coordinates
                        org.eclipse.swt.graphics.Transform transform = new org.eclipse.swt.graphics.Transform(printer);
                        transform.scale((float) scale, (float) scale);
                        gc.setTransform(transform);
                        if (block instanceof Chart chart) {
                            ChartPainter.paint(chart, canvas, area.x * s, y * s, area.width * s, 290);
                        } else {
                            MapPainter.paint((MapPanel) block, canvas, area.x * s, y * s, area.width * s, 290);
                        }
                        gc.setTransform(null);
                        transform.dispose();
                        y += height;
                    }
                }
            }
            endPage();
        }

        private void table(Table table) {
            StringBuilder header = new StringBuilder();
            table.columns().forEach(c -> header.append(c.title()).append(" | "));
            line(header.toString(), 8);
            for (Row row : table.rows()) {
                StringBuilder text = new StringBuilder("  ".repeat(row.level()));
                for (int c = 0; c < table.columns().size(); c++) {
                    text.append(Preview.text(table.columns().get(c), row.cell(c), Locale.ROOT)).append(" | ");
                }
                if (room((int) (11 * scale))) {
                    line(header.toString(), 8);
                }
                line(text.toString(), 8);
            }
        }

        private void line(String text, double size) {
            room((int) ((size + 4) * scale));
            canvas.text(text, area.x, y + size * scale, size * scale, kz.aimaq.reporting.draw.Canvas.Align.LEFT, 0x222222);
            y += (int) ((size + 4) * scale);
        }

        private boolean room(int height) {
            if (y + height > area.y + area.height) {
                endPage();
                newPage();
                return true;
            }
            return false;
        }

        private void newPage() {
            printer.startPage();
            gc = new GC(printer);
            canvas = new SwtCanvas(gc);
            page++;
            y = area.y;
        }

        private void endPage() {
            canvas.text(messages.get("reports.page", page), area.x + area.width, area.y + area.height + 20 * scale, 7 * scale,
                    kz.aimaq.reporting.draw.Canvas.Align.RIGHT, 0x666666);
            canvas.close();
            gc.dispose();
            printer.endPage();
        }
    }
}
