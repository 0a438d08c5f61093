package kz.aimaq.reporting.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.reporting.api.Chart;
import kz.aimaq.reporting.api.ChartKind;
import kz.aimaq.reporting.api.Column;
import kz.aimaq.reporting.api.DataSource;
import kz.aimaq.reporting.api.ReportMetadata;
import kz.aimaq.reporting.api.ReportResult;
import kz.aimaq.reporting.api.Row;
import kz.aimaq.reporting.api.Section;
import kz.aimaq.reporting.api.Series;
import kz.aimaq.reporting.api.Table;
import kz.aimaq.testing.Ui;

/**
 * The print job's pages laid out without a printer: the same page renderer draws A4 landscape
 * pages into images; the text on each page is checked and the pictures are saved to look at.
 */
class PrintLayoutTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static ReportResult longReport() {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= 90; i++) {
            rows.add(Row.of(String.format("1932%02d100", i), "Ақжар-Қоңыраулы ауылдық округі " + i, (long) (1000 + i)));
        }
        Table table = new Table("Округтер", List.of(Column.text("code", "ӘАОЖ коды"), Column.text("name", "Округ"),
                Column.count("population", "Халқы", "адам")), rows);
        Chart chart = new Chart(ChartKind.BAR, "Аудандар бойынша халық", "адам", List.of("Балқаш ауданы", "Ұйғыр ауданы"),
                List.of(new Series("Халқы", List.of(30_000.0, 60_000.0))));
        ReportMetadata metadata = new ReportMetadata("test.print", Map.of("Бірлік", "Алматы облысы"),
                List.of(new DataSource("synthetic", LocalDate.of(2026, 1, 1), true)), Instant.parse("2026-12-01T10:00:00Z"),
                "айгүл", List.of("Ескерту: сынақ деректері"));
        return new ReportResult("Басып шығару сынағы: Алматы облысы", Languages.KAZAKH,
                List.of(new Section("Халық", List.of(chart, table))), metadata);
    }

    @Test
    void pagesRepeatTheTableHeaderAndAreNumbered() throws Exception {
        Messages messages = Messages.of(HomeView.class, Languages.KAZAKH);
        List<Printing.Page> pages = Printing.images(longReport(), messages, Ui.display(), 96);
        assertTrue(pages.size() >= 3, "90 rows, a chart and the heading do not fit two pages: " + pages.size());
        String header = "ӘАОЖ коды | Округ | Халқы | ";
        List<String> first = pages.get(0).lines();
        assertEquals("Басып шығару сынағы: Алматы облысы", first.get(0));
        assertTrue(first.contains(messages.get("preview.synthetic")), first.toString());
        assertTrue(first.contains("Жасалды: 2026-12-01 10:00 UTC, айгүл"), "when and by whom: " + first);
        assertTrue(first.stream().anyMatch(l -> l.contains("synthetic") && l.contains("2026-01-01")), "its sources: " + first);
        int rowsPrinted = 0;
        for (int p = 0; p < pages.size(); p++) {
            List<String> lines = pages.get(p).lines();
            assertEquals(messages.get("reports.page", p + 1), lines.get(lines.size() - 1), "page number last on page " + (p + 1));
            long tableRows = lines.stream().filter(l -> l.matches("1932\\d{5} \\|.*")).count();
            rowsPrinted += tableRows;
            if (p > 0 && tableRows > 0) {
                assertEquals(header, lines.get(0), "the header opens page " + (p + 1));
            }
            ImageData image = pages.get(p).image();
            assertEquals(1123, image.width, "A4 landscape at 96 dpi");
            assertEquals(794, image.height);
        }
        assertEquals(90, rowsPrinted, "every row on some page, none twice");
        assertTrue(darkPixels(pages.get(0).image()) > 2_000, "the first page carries the title, the chart and rows");
        Files.createDirectories(SCREENSHOTS);
        for (int p = 0; p < 2; p++) {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {pages.get(p).image()};
            loader.save(SCREENSHOTS.resolve("print-page-" + (p + 1) + "-kk.png").toString(), SWT.IMAGE_PNG);
        }
    }

    private static int darkPixels(ImageData image) {
        int dark = 0;
        for (int y = 0; y < image.height; y += 2) {
            for (int x = 0; x < image.width; x += 2) {
                org.eclipse.swt.graphics.RGB rgb = image.palette.getRGB(image.getPixel(x, y));
                if (rgb.red + rgb.green + rgb.blue < 300) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
