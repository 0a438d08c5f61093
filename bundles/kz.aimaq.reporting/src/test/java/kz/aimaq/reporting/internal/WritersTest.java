package kz.aimaq.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.reporting.api.OutputFormat;
import kz.aimaq.reporting.api.ReportResult;

class WritersTest {


    static byte[] write(ReportResult result, OutputFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Writers.write(result, format, out, ProgressMonitor.UNWATCHED);
        return out.toByteArray();
    }

    @Test
    void pdfHasKazakhNamesTheRightTotalsAnEmbeddedFontAndPageNumbers() throws Exception {
        byte[] pdf = write(SampleResults.sample(Languages.KAZAKH, true), OutputFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Ақжар ауылдық округі"), text);
            assertTrue(text.contains("Шонжы ауылдық округі"));
            assertTrue(text.contains("Барлығы: Қазақстан"), text);
            // 3 000 + 5 000 + 12 000 + 400 000 + 300 000 people; 2 of 5 received = 40,0 %
            assertTrue(text.contains("720 000"), text);
            assertTrue(text.contains("40,0"));
            assertTrue(text.contains("Астана қ.: ауылдық округтер жоқ"));
            assertTrue(text.contains("СИНТЕТИКАЛЫҚ"));
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2);
            assertTrue(text.contains(pages + "-бет, барлығы " + pages), text);
            List<String> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                fonts.add(font.getName());
                assertTrue(font.isEmbedded(), font.getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVuSans")), fonts.toString());
            Path dir = Path.of("target/pdf");
            Files.createDirectories(dir);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < pages; i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 110);
                ImageIO.write(image, "png", new File(dir.toFile(), "sample-page" + (i + 1) + ".png"));
            }
            Files.write(dir.resolve("sample.pdf"), pdf);
        }
    }

    @Test
    void longTablesBreakAcrossPagesWithTheirHeaderRepeated() throws Exception {
        byte[] pdf = write(SampleResults.longTable(120, Languages.KAZAKH), OutputFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 3);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertTrue(text.contains("Халқы, адам"), "page " + page + " repeats the header");
            }
            assertTrue(new PDFTextStripper().getText(document).contains("Әбіш-Қөңіреұүһі ауылдық округі 119"));
        }
    }

    @Test
    void xlsxHasASheetPerSectionRealNumbersAndMatchingTotals() throws Exception {
        byte[] xlsx = write(SampleResults.sample(Languages.RUSSIAN, false), OutputFormat.XLSX);
        Files.createDirectories(Path.of("target/xlsx"));
        Files.write(Path.of("target/xlsx/sample.xlsx"), xlsx);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            assertEquals(List.of("Кесте", "Диаграммалар", "Карта", "Об отчёте"), sheets);
            Sheet table = workbook.getFirstSheet();
            List<org.dhatim.fastexcel.reader.Row> rows = table.read();
            int header = -1;
            for (int i = 0; i < rows.size(); i++) {
                if ("Халқы, адам".equals(rows.get(i).getCellText(2))) {
                    header = i;
                }
            }
            assertTrue(header > 0, "the table's header row is there");
            BigDecimal details = BigDecimal.ZERO;
            BigDecimal total = null;
            for (int i = header + 1; i < rows.size(); i++) {
                var row = rows.get(i);
                var population = row.getCell(2);
                assertEquals(CellType.NUMBER, population.getType(), "row " + i + " population is a number");
                String name = row.getCellText(1);
                if (name.startsWith("Итого")) {
                    total = population.asNumber();
                } else if (row.getCellText(0).length() == 9 && !row.getCellText(0).endsWith("00000")) {
                    details = details.add(population.asNumber());
                }
            }
            // okrugs of Almaty Region; Astana's districts end in 00000 too, so add them by hand
            assertEquals(new BigDecimal("720000"), total);
            assertEquals(new BigDecimal("20000"), details);
            var completeness = rows.get(rows.size() - 1).getCell(5);
            assertEquals(CellType.NUMBER, completeness.getType());
            assertEquals(0, new BigDecimal("0.4").compareTo(completeness.asNumber()));
            assertEquals(CellType.NUMBER, rows.get(rows.size() - 1).getCell(6).getType());
        }
    }

    @Test
    void csvHasABomAndTheSeparatorOfTheLanguage() throws Exception {
        String kk = new String(write(SampleResults.sample(Languages.KAZAKH, true), OutputFormat.CSV), StandardCharsets.UTF_8);
        assertTrue(kk.startsWith("\uFEFF"));
        assertTrue(kk.contains("193233100;Ақжар ауылдық округі;3000;1;1;100,0;1234567,89"), kk);
        assertTrue(kk.contains(";Барлығы: Қазақстан;720000;5;2;40,0;"));
        String en = new String(write(SampleResults.sample(Locale.ENGLISH, false), OutputFormat.CSV), StandardCharsets.UTF_8);
        assertTrue(en.contains("193233100,Акжарский сельский округ,3000,1,1,100.0,1234567.89"), en);
        assertFalse(en.contains("SYNTHETIC"));
    }

    @Test
    void htmlIsOneFileWithTheChartsInline() throws Exception {
        String html = new String(write(SampleResults.sample(Languages.KAZAKH, true), OutputFormat.HTML), StandardCharsets.UTF_8);
        assertTrue(html.contains("Ақжар ауылдық округі"));
        assertEquals(5, html.split("<svg ", -1).length - 1, "four charts and a map");
        assertFalse(html.contains("src=") || html.contains("href=") || html.contains("<script"));
        assertTrue(html.contains("class=\"synthetic\""));
        Files.createDirectories(Path.of("target/html"));
        Files.writeString(Path.of("target/html/sample.html"), html);
    }

    @Test
    void cancellingStopsTheWriting() {
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void begin(int totalWork) {
            }

            @Override
            public void worked(int work) {
            }

            @Override
            public void subTask(String description) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        for (OutputFormat format : OutputFormat.values()) {
            assertThrows(Cancelled.class, () -> Writers.write(SampleResults.sample(Locale.ENGLISH, false), format,
                    new ByteArrayOutputStream(), cancelled), format.name());
        }
    }

    @Test
    void everyStringInEveryLanguage() throws Exception {
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), kz.aimaq.reporting.api.ReportStrings.problems(Labels.class, "reporting"));
    }
}
