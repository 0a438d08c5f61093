package kz.aimaq.reporting.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Display;

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
 * The PDF export is the better print for filing; this is for the paper on the desk. The pages are
 * laid out on a {@link PageDevice}: the printer, or images of the same pages (how the layout is
 * tested without a printer).
 */
final class Printing {

    /** When a report was made, as its footer says it: UTC to the minute. */
    private static final java.time.format.DateTimeFormatter MADE = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    private Printing() {
    }

    /** Where pages are drawn: a device with a resolution and a printable area, page by page. */
    interface PageDevice {

        Device device();

        Point dpi();

        Rectangle clientArea();

        /** A new page and a GC to draw it with. */
        GC startPage();

        /** The page drawn with {@code gc} is done: disposes of the GC and finishes the page. */
        void endPage(GC gc);
    }

    static void print(ReportResult result, PrinterData data, Messages messages) {
        Printer printer = new Printer(data);
        try {
            if (!printer.startJob(result.title())) {
                throw new IllegalStateException(messages.get("reports.printRefused"));
            }
            new Pages(new PageDevice() {
                @Override
                public Device device() {
                    return printer;
                }

                @Override
                public Point dpi() {
                    return printer.getDPI();
                }

                @Override
                public Rectangle clientArea() {
                    return printer.getClientArea();
                }

                @Override
                public GC startPage() {
                    printer.startPage();
                    return new GC(printer);
                }

                @Override
                public void endPage(GC gc) {
                    gc.dispose();
                    printer.endPage();
                }
            }, result, messages).print();
            printer.endJob();
        } finally {
            printer.dispose();
        }
    }

    /**
     * Lays the pages of a print job out as images of A4 landscape at {@code dpi}, the way the
     * printer gets them; returns the lines of text each page carries, in order, with the images.
     */
    static List<Page> images(ReportResult result, Messages messages, Display display, int dpi) {
        List<Page> pages = new ArrayList<>();
        int width = (int) Math.round(297 / 25.4 * dpi);
        int height = (int) Math.round(210 / 25.4 * dpi);
        Image[] current = new Image[1];
        Pages layout = new Pages(new PageDevice() {
            @Override
            public Device device() {
                return display;
            }

            @Override
            public Point dpi() {
                return new Point(dpi, dpi);
            }

            @Override
            public Rectangle clientArea() {
                return new Rectangle(0, 0, width, height);
            }

            @Override
            public GC startPage() {
                current[0] = new Image(display, width, height);
                GC gc = new GC(current[0]);
                gc.setBackground(display.getSystemColor(org.eclipse.swt.SWT.COLOR_WHITE));
                gc.fillRectangle(0, 0, width, height);
                return gc;
            }

            @Override
            public void endPage(GC gc) {
                gc.dispose();
                pages.add(new Page(current[0].getImageData(), List.of()));
                current[0].dispose();
            }
        }, result, messages);
        layout.print();
        List<Page> withText = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            withText.add(new Page(pages.get(i).image(), layout.lines.get(i)));
        }
        return withText;
    }

    /** One laid-out page: its picture and the lines of text on it. */
    record Page(ImageData image, List<String> lines) {
    }

    /** The cursor over pages of one print job. */
    private static final class Pages {

        private final PageDevice printer;
        private final ReportResult result;
        private final Messages messages;
        private final Rectangle area;
        private final double scale;
        /** The lines of text of every page so far, for the layout check. */
        final List<List<String>> lines = new ArrayList<>();
        private GC gc;
        private SwtCanvas canvas;
        private int y;
        private int page;

        Pages(PageDevice printer, ReportResult result, Messages messages) {
            this.printer = printer;
            this.result = result;
            this.messages = messages;
            Point dpi = printer.dpi();
            scale = dpi.y / 72.0;
            Rectangle client = printer.clientArea();
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
            result.metadata().sources().forEach(source -> line(messages.get("preview.source", source.name(),
                    source.asOf() == null ? "—" : source.asOf().toString()), 8));
            line(messages.get("reports.madeBy", MADE.format(result.metadata().madeAt()), result.metadata().user()), 8);
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
                        org.eclipse.swt.graphics.Transform transform = new org.eclipse.swt.graphics.Transform(printer.device());
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
                    text.append(Preview.text(table.columns().get(c), row.cell(c), result.locale())).append(" | ");
                }
                if (room((int) (11 * scale))) {
                    line(header.toString(), 8);
                }
                line(text.toString(), 8);
            }
        }

        private void line(String text, double size) {
            room((int) ((size + 4) * scale));
            lines.get(lines.size() - 1).add(text);
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
            gc = printer.startPage();
            canvas = new SwtCanvas(gc);
            lines.add(new ArrayList<>());
            page++;
            y = area.y;
        }

        private void endPage() {
            String number = messages.get("reports.page", page);
            canvas.text(number, area.x + area.width, area.y + area.height + 20 * scale, 7 * scale,
                    kz.aimaq.reporting.draw.Canvas.Align.RIGHT, 0x666666);
            lines.get(lines.size() - 1).add(number);
            canvas.close();
            printer.endPage(gc);
        }
    }
}
